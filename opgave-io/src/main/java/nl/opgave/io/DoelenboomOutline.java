package nl.opgave.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.doelenboom.Target;
import nl.opgave.model.internal.doelenboom.TreeIndex;

/**
 * The indented outline a facilitator types: one item per line, "- " before the text, two spaces of indent per
 * level; the depth gives the level (droom, doel, project). Blank lines are skipped, a leading byte order mark is
 * ignored, lines may end in LF or CRLF, and white space around an item's text is not part of it. Items get
 * positional ids: "1", "1.2", "1.2.3". An item may end in its target after white space: "[10 speelbossen]" or
 * "[10 speelbossen uiterlijk 2030-12-31]" (a quantity greater than zero written 10 or 2.5, a unit without
 * brackets, an ISO date); "\[" keeps such a trailing bracket as text.
 *
 * <pre>
 * - Kinderen worden gezonder (minder obesitas)
 *   - Kinderen bewegen meer in het groen
 *     - 10 Speelbossen in en rondom Den Haag [10 speelbossen]
 * </pre>
 */
public final class DoelenboomOutline {
  private static final int LEVELS = 3;
  private static final int MAX_TEXT = 2000;

  private DoelenboomOutline() {}

  /**
   * Reads an outline from UTF-8 bytes.
   *
   * @throws OutlineFormatException naming line and column of every invalid UTF-8 sequence, or of every
   *     problem {@link #parse(String)} finds
   * @throws NullPointerException if utf8 is null
   */
  public static Doelenboom parse(byte[] utf8) {
    if (utf8 == null) {
      throw new NullPointerException("utf8");
    }
    int offset = utf8.length >= 3 && (utf8[0] & 0xff) == 0xef && (utf8[1] & 0xff) == 0xbb
        && (utf8[2] & 0xff) == 0xbf ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(utf8, offset, utf8.length - offset);
    CharBuffer out = CharBuffer.allocate(utf8.length);
    List<OutlineProblem> problems = new ArrayList<>();
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        break;
      }
      int at = in.position();
      problems.add(encodingProblem(utf8, offset, at));
      in.position(at + result.length());
    }
    decoder.flush(out);
    if (!problems.isEmpty()) {
      throw new OutlineFormatException(problems);
    }
    out.flip();
    return parse(out.toString());
  }

  /**
   * Reads an outline from text.
   *
   * @throws OutlineFormatException naming line and column of every problem: a tab, an indent that is not a
   *     multiple of two spaces or that skips a level, a line without the "- " bullet, an empty item, a fourth
   *     level, a control character, an item longer than 2000 characters, a target of zero, with a date that
   *     does not exist or with a unit longer than 200 characters
   * @throws NullPointerException if text is null
   */
  public static Doelenboom parse(String text) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    List<OutlineProblem> problems = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    int[] counters = new int[LEVELS];
    String[] ids = new String[LEVELS];
    int previousDepth = -1;
    int length = text.length();
    int pos = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int lineNumber = 0;
    while (pos <= length) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = length;
      }
      lineNumber++;
      int stop = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
      String line = text.substring(pos, stop);
      pos = end + 1;
      int spaces = 0;
      while (spaces < line.length() && line.charAt(spaces) == ' ') {
        spaces++;
      }
      if (spaces == line.length()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab >= 0) {
        problems.add(problem(lineNumber, line, tab, OutlineError.TAB));
        continue;
      }
      if (spaces % 2 != 0) {
        problems.add(problem(lineNumber, line, spaces, OutlineError.ODD_INDENT, String.valueOf(spaces)));
        continue;
      }
      int depth = spaces / 2;
      OutlineError error = null;
      String[] args = {};
      int errorAt = spaces;
      if (depth >= LEVELS) {
        error = OutlineError.FOURTH_LEVEL;
      } else if (depth > previousDepth + 1) {
        if (previousDepth < 0) {
          error = OutlineError.FIRST_INDENTED;
        } else {
          error = OutlineError.SKIPPED_LEVEL;
          args = new String[] {String.valueOf(depth + 1), String.valueOf(previousDepth + 1)};
        }
      } else if (line.charAt(spaces) != '-') {
        error = OutlineError.MISSING_BULLET;
      } else if (spaces + 1 < line.length() && line.charAt(spaces + 1) != ' ') {
        error = OutlineError.MISSING_SPACE;
        errorAt = spaces + 1;
      }
      String itemText = null;
      Target target = null;
      if (error == null) {
        int start = spaces + 1;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
          start++;
        }
        itemText = line.substring(start).strip();
        errorAt = start;
        if (itemText.isEmpty()) {
          error = OutlineError.EMPTY_ITEM;
        } else if (itemText.length() > MAX_TEXT) {
          error = OutlineError.TOO_LONG;
          args = new String[] {String.valueOf(itemText.length()), String.valueOf(MAX_TEXT)};
        } else {
          for (int k = start; k < start + itemText.length(); k++) {
            char c = line.charAt(k);
            if (Character.isISOControl(c)) {
              error = OutlineError.CONTROL_CHARACTER;
              args = new String[] {String.format("%04X", (int) c)};
              errorAt = k;
              break;
            }
          }
        }
        if (error == null) {
          OutlineTarget split = OutlineTarget.split(itemText);
          if (split.error != null) {
            error = split.error;
            args = split.args;
            errorAt = start + split.errorAt;
          } else {
            itemText = split.text;
            target = split.target;
          }
        }
      }
      if (error != null) {
        problems.add(problem(lineNumber, line, errorAt, error, args));
        if (depth < LEVELS) {
          previousDepth = depth;
        }
        continue;
      }
      counters[depth]++;
      for (int d = depth + 1; d < LEVELS; d++) {
        counters[d] = 0;
      }
      String id = depth == 0 ? Integer.toString(counters[0]) : ids[depth - 1] + "." + counters[depth];
      ids[depth] = id;
      if (problems.isEmpty()) {
        nodes.add(target == null ? Node.of(id, Level.atDepth(depth), itemText)
            : Node.builder().id(id).level(Level.atDepth(depth)).text(itemText).target(target).build());
        if (depth > 0) {
          links.add(Link.of(id, ids[depth - 1]));
        }
      }
      previousDepth = depth;
    }
    if (!problems.isEmpty()) {
      throw new OutlineFormatException(problems);
    }
    return Doelenboom.of(nodes, links);
  }

  /**
   * Writes a tree as an outline: roots in node order, children in link order. The outline carries the text, the
   * targets and the structure: owners, refinements and cross-links are not written.
   *
   * @throws NullPointerException if tree is null
   * @throws InvalidValueException listing every reason the tree has no outline, each naming
   *     the node ids: a cycle, a node with two parents or a missing parent, a link from an unknown child, a
   *     duplicate id, a node deeper than three levels or whose level differs from the level of its depth, a
   *     text with a line break or tab, or a target the outline cannot write (a unit with brackets or with white
   *     space around it, a deadline outside the years 0-9999)
   */
  public static String render(Doelenboom tree) {
    if (tree == null) {
      throw new NullPointerException("tree");
    }
    TreeIndex x = new TreeIndex(tree);
    List<String> problems = new ArrayList<>();
    if (!x.isForest()) {
      structureProblems(x, problems);
    }
    for (int k = 0; k < x.reached && problems.size() < 100; k++) {
      int v = x.order[k];
      Node node = x.nodes[v];
      int depth = x.depth[v];
      if (depth > LEVELS) {
        problems.add("node '" + node.id() + "' lies at depth " + depth + "; an outline has three levels");
      } else if (node.level() != Level.atDepth(depth - 1)) {
        problems.add("node '" + node.id() + "' is a " + node.level().label() + " at depth " + depth
            + ", where an outline has a " + Level.atDepth(depth - 1).label());
      }
      if (node.text().indexOf('\n') >= 0 || node.text().indexOf('\r') >= 0 || node.text().indexOf('\t') >= 0) {
        problems.add("node '" + node.id() + "' has a line break or tab in its text");
      }
      node.target().filter(t -> !OutlineTarget.writable(t)).ifPresent(t -> problems.add("node '" + node.id()
          + "' has a target the outline cannot write: '" + t.label() + "'"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
    StringBuilder out = new StringBuilder(x.n * 40);
    int[] stack = new int[Math.max(16, x.n)];
    int size = 0;
    for (int r = x.roots.length - 1; r >= 0; r--) {
      stack[size++] = x.roots[r];
    }
    while (size > 0) {
      int v = stack[--size];
      for (int d = 1; d < x.depth[v]; d++) {
        out.append("  ");
      }
      out.append("- ").append(OutlineTarget.write(x.nodes[v].text(), x.nodes[v].target())).append('\n');
      for (int k = x.childStart[v + 1] - 1; k >= x.childStart[v]; k--) {
        stack[size++] = x.childList[k];
      }
    }
    return out.toString();
  }

  private static void structureProblems(TreeIndex x, List<String> problems) {
    for (int i = 0; i < x.n; i++) {
      if (x.duplicateOf[i] >= 0) {
        problems.add("id '" + x.nodes[i].id() + "' is used by node " + (x.duplicateOf[i] + 1) + " and again by node "
            + (i + 1));
      }
    }
    for (int[] cycle : x.cycles) {
      StringBuilder chain = new StringBuilder("the parent links form a cycle: ");
      for (int v : cycle) {
        chain.append(x.nodes[v].id()).append(" -> ");
      }
      problems.add(chain.append(x.nodes[cycle[0]].id()).toString());
    }
    for (TreeIndex.LinkIssue issue : x.linkIssues) {
      String child = issue.link.childId();
      String parent = issue.link.parentId();
      switch (issue.kind) {
        case UNKNOWN_CHILD:
          problems.add("a link makes '" + child + "' a child of '" + parent + "', but '" + child + "' is not a node");
          break;
        case DANGLING_PARENT:
          problems.add("node '" + child + "' has parent '" + parent + "', which is not a node");
          break;
        case TWO_PARENTS:
          problems.add("node '" + child + "' has two parents: '" + issue.keptParentId + "' and '" + parent + "'");
          break;
        default:
          break;
      }
    }
  }

  /**
   * Places problems found in a tree read from this outline, such as workshop's doelenboom violations, at the line
   * and column of the item their JSON Pointer names: "/nodes/3" is the fourth item, "/links/2" the link from the
   * third indented item to its parent; the pointer stays. A problem with another pointer keeps its place.
   *
   * @throws NullPointerException if an argument is null
   */
  public static List<OpgaveFormatException.Problem> locate(String text, List<OpgaveFormatException.Problem> problems) {
    Map<String, int[]> places = new HashMap<>();
    int node = 0;
    int link = 0;
    int lineNumber = 0;
    for (String line : text.split("\r?\n", -1)) {
      lineNumber++;
      String item = lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
      int spaces = 0;
      while (spaces < item.length() && item.charAt(spaces) == ' ') {
        spaces++;
      }
      if (spaces == item.length()) {
        continue;
      }
      int start = spaces + 1;
      while (start < item.length() && Character.isWhitespace(item.charAt(start))) {
        start++;
      }
      int[] place = {lineNumber, item.codePointCount(0, Math.min(start, item.length())) + 1};
      places.put("/nodes/" + node++, place);
      if (spaces > 0) {
        places.put("/links/" + link++, place);
      }
    }
    List<OpgaveFormatException.Problem> placed = new ArrayList<>(problems.size());
    for (OpgaveFormatException.Problem problem : problems) {
      int[] place = places.get(problem.pointer());
      placed.add(place == null ? problem : problem.at(place[0], place[1]));
    }
    return placed;
  }

  private static OutlineProblem problem(int line, String text, int index, OutlineError error, String... args) {
    return OutlineProblem.of(line, text.codePointCount(0, Math.min(index, text.length())) + 1, error,
        List.of(args));
  }

  private static OutlineProblem encodingProblem(byte[] bytes, int offset, int at) {
    int line = 1;
    int lineStart = offset;
    for (int k = offset; k < at; k++) {
      if (bytes[k] == '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
    return OutlineProblem.of(line, before.codePointCount(0, before.length()) + 1, OutlineError.INVALID_UTF8,
        List.of(String.format("%02X", bytes[at] & 0xff)));
  }
}
