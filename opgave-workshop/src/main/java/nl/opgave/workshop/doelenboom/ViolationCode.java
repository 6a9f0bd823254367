package nl.opgave.workshop.doelenboom;

import java.util.List;
import java.util.Locale;
import nl.opgave.model.ProblemCode;

/** The stable codes of doelenboom violations, each with its severity; the messages are {@link ProblemCode}'s. */
public enum ViolationCode {
  /** No node is without a parent (or there are no nodes). */
  ROOT_MISSING(Severity.ERROR),
  /** A second node without a parent. */
  ROOT_MULTIPLE(Severity.ERROR),
  /** The root is not a droom. */
  ROOT_NOT_DROOM(Severity.ERROR),
  /** Parent links that lead back to where they started. */
  CYCLE(Severity.ERROR),
  /** A parent link to an id no node has. */
  DANGLING_PARENT(Severity.ERROR),
  /** A parent link from an id no node has. */
  UNKNOWN_CHILD(Severity.ERROR),
  /** A node with more than one parent; the first link counts, the others are reported. */
  TWO_PARENTS(Severity.ERROR),
  /** Two nodes with the same id; the first one counts. */
  DUPLICATE_ID(Severity.ERROR),
  /** A child sits on a higher level than its parent: a doel below a project, a droom below a doel. */
  LEVEL_ORDER(Severity.ERROR),
  /** A leaf that is a droom or a doel. */
  LEAF_NOT_PROJECT(Severity.ERROR),
  /** A node deeper than the depth limit; reported at the first such node of each branch. */
  TOO_DEEP(Severity.ERROR),
  /** A "draagt ook bij aan" link with an end that is not a node. */
  DANGLING_CROSS_LINK(Severity.ERROR),
  /** A "draagt ook bij aan" link from a node to itself. */
  CROSS_LINK_TO_SELF(Severity.ERROR),
  /** The same parent link given twice. */
  DUPLICATE_LINK(Severity.WARNING),
  /** An AND refinement with one child. */
  AND_SINGLE_CHILD(Severity.WARNING),
  /** Two children of one parent with the same text, ignoring case, spacing and accents. */
  DUPLICATE_SIBLING(Severity.WARNING),
  /** A project without a measurable target. */
  PROJECT_WITHOUT_TARGET(Severity.WARNING);

  private final Severity severity;

  ViolationCode(Severity severity) {
    this.severity = severity;
  }

  /** Returns whether a violation with this code makes the tree invalid. */
  public Severity severity() {
    return severity;
  }

  /** Returns the library-wide code with the same name, whose table holds the messages. */
  public ProblemCode problemCode() {
    return ProblemCode.valueOf(name());
  }

  String message(List<String> args, Locale locale) {
    return problemCode().message(args, locale);
  }
}
