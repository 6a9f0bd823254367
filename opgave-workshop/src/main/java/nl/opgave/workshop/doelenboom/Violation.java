package nl.opgave.workshop.doelenboom;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.internal.doelenboom.TreeIndex;

/**
 * One defect of a doelenboom: a stable code, the id it concerns, the path of node texts from the root down to the
 * node, and a message in English or Dutch.
 */
public final class Violation {
  private final ViolationCode code;
  private final String nodeId;
  private final List<String> args;
  private final TreeIndex index;
  private final int node;
  private final String pointer;
  private volatile List<String> path;

  Violation(ViolationCode code, String nodeId, TreeIndex index, int node, String... args) {
    this(code, nodeId, index, node, node < 0 ? "" : "/nodes/" + node, List.of(args));
  }

  static Violation at(String pointer, ViolationCode code, String nodeId, TreeIndex index, int node, String... args) {
    return new Violation(code, nodeId, index, node, pointer, List.of(args));
  }

  private Violation(ViolationCode code, String nodeId, TreeIndex index, int node, String pointer, List<String> args) {
    this.pointer = pointer;
    this.code = code;
    this.nodeId = nodeId;
    this.index = index;
    this.node = node;
    this.args = args;
  }

  int node() {
    return node;
  }

  /** Returns the stable code, "CYCLE". */
  public ViolationCode code() {
    return code;
  }

  /** Returns the values the message names, in the order of the code's template. */
  public List<String> arguments() {
    return args;
  }

  /** Returns the code and arguments, to render or place in a document. */
  public ProblemMessage problemMessage() {
    return new ProblemMessage(code.problemCode(), args);
  }

  /**
   * Returns the JSON Pointer of what the violation concerns within the tree's attributes, as the doelenboom
   * document writes them: the node "/nodes/3" (index in {@link Doelenboom#nodes()}), the link "/links/9" or the
   * cross-link "/crossLinks/0"; "" for the whole tree.
   */
  public String pointer() {
    return pointer;
  }

  /** Returns whether the violation makes the tree invalid. */
  public Severity severity() {
    return code.severity();
  }

  /** Returns the id the violation concerns; empty for a tree without root. */
  public Optional<String> nodeId() {
    return Optional.ofNullable(nodeId);
  }

  /**
   * Returns the texts of the nodes from the top of the node's ancestry down to the node. The top is the root, or,
   * where the ancestry breaks off, the node whose parent is missing or the point where a cycle closes. Empty for a
   * violation of the whole tree.
   */
  public List<String> path() {
    List<String> p = path;
    if (p == null) {
      p = node < 0 ? List.of() : index.pathTexts(node);
      path = p;
    }
    return p;
  }

  /** Returns the path as text, "Kinderen worden gezonder &gt; Kinderen bewegen meer in het groen". */
  public String pathText() {
    return String.join(" > ", path());
  }

  /** Returns the message in English. */
  public String message() {
    return message(Locale.ENGLISH);
  }

  /** Returns the message in Dutch for a Dutch locale, else (also for null) in English. */
  public String message(Locale locale) {
    return code.message(args, locale);
  }

  /** Returns "path: CODE: message" in English. */
  @Override
  public String toString() {
    return line(Locale.ENGLISH);
  }

  /** Returns "path: CODE: message" in Dutch for a Dutch locale, else in English; "(tree)"/"(boom)" without path. */
  public String line(Locale locale) {
    boolean dutch = locale != null && "nl".equals(locale.getLanguage());
    String where = path().isEmpty() ? (dutch ? "(boom)" : "(tree)") : pathText();
    return where + ": " + code + ": " + message(locale);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Violation)) {
      return false;
    }
    Violation that = (Violation) other;
    return code == that.code && Objects.equals(nodeId, that.nodeId) && args.equals(that.args)
        && path().equals(that.path());
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, nodeId, args);
  }
}
