package nl.opgave.workshop.doelenboom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.opgave.model.DutchText;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.doelenboom.CrossLink;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.doelenboom.Refinement;
import nl.opgave.model.internal.doelenboom.TreeIndex;

/**
 * Validates a doelenboom, reporting every violation at once. Runs in linear time without recursion, so a tree of a
 * million nodes or a chain a hundred thousand deep validates without running out of stack.
 */
public final class TreeValidator {
  /** The depth limit {@link #validate(Doelenboom)} applies: ten levels of nodes below and including the root. */
  public static final int DEFAULT_MAX_DEPTH = 10;

  private static final int SMALL_FAMILY = 8;

  private TreeValidator() {}

  /**
   * Validates the tree with the default depth limit of {@value #DEFAULT_MAX_DEPTH}.
   *
   * @throws InvalidValueException if tree is null
   */
  public static ValidationResult validate(Doelenboom tree) {
    return validate(tree, DEFAULT_MAX_DEPTH);
  }

  /**
   * Validates the tree; a node deeper than maxDepth (the root has depth 1) is reported as TOO_DEEP.
   *
   * @throws InvalidValueException if tree is null or maxDepth is less than 1
   */
  public static ValidationResult validate(Doelenboom tree, int maxDepth) {
    if (tree == null) {
      throw InvalidValueException.of(ProblemCode.NULL_VALUE, "#" + ProblemCode.FIELD_TREE.name());
    }
    if (maxDepth < 1) {
      throw InvalidValueException.of(ProblemCode.AT_LEAST_ONE, "#" + ProblemCode.FIELD_MAX_DEPTH.name(), maxDepth);
    }
    TreeIndex x = new TreeIndex(tree);
    List<Violation> out = new ArrayList<>();
    Node[] nodes = x.nodes;
    if (x.roots.length == 0) {
      out.add(new Violation(ViolationCode.ROOT_MISSING, null, x, -1, String.valueOf(x.n)));
    }
    List<Violation> unknownChildren = new ArrayList<>();
    List<Violation> pending = pendingByNode(x, unknownChildren);
    int next = 0;
    int[] duplicateSibling = duplicateSiblings(x);
    for (int i = 0; i < x.n; i++) {
      while (next < pending.size() && pending.get(next).node() == i) {
        out.add(pending.get(next++));
      }
      if (x.duplicateOf[i] >= 0) {
        continue;
      }
      Node node = nodes[i];
      String id = node.id();
      int p = x.parent[i];
      if (p == TreeIndex.NONE) {
        if (x.roots[0] != i) {
          out.add(new Violation(ViolationCode.ROOT_MULTIPLE, id, x, i, id, nodes[x.roots[0]].id()));
        }
        if (node.level() != Level.DROOM) {
          out.add(new Violation(ViolationCode.ROOT_NOT_DROOM, id, x, i, id, node.level().label()));
        }
      } else if (p >= 0 && node.level().compareTo(nodes[p].level()) < 0) {
        out.add(new Violation(ViolationCode.LEVEL_ORDER, id, x, i, node.level().label(), id,
            nodes[p].level().label(), nodes[p].id()));
      }
      int children = x.childCount(i);
      if (children == 0 && node.level() != Level.PROJECT) {
        out.add(new Violation(ViolationCode.LEAF_NOT_PROJECT, id, x, i, node.level().label(), id));
      }
      if (x.depth[i] == maxDepth + 1) {
        out.add(new Violation(ViolationCode.TOO_DEEP, id, x, i, id, String.valueOf(x.depth[i]),
            String.valueOf(maxDepth)));
      }
      if (children == 1 && node.refinement().orElse(null) == Refinement.AND) {
        out.add(new Violation(ViolationCode.AND_SINGLE_CHILD, id, x, i, id));
      }
      if (duplicateSibling[i] >= 0) {
        out.add(new Violation(ViolationCode.DUPLICATE_SIBLING, id, x, i, id, nodes[duplicateSibling[i]].id()));
      }
      if (node.level() == Level.PROJECT && node.target().isEmpty()) {
        out.add(new Violation(ViolationCode.PROJECT_WITHOUT_TARGET, id, x, i, id));
      }
    }
    out.addAll(unknownChildren);
    List<CrossLink> crossLinks = tree.crossLinks();
    for (int k = 0; k < crossLinks.size(); k++) {
      CrossLink link = crossLinks.get(k);
      int from = x.ids.get(link.fromId());
      int to = x.ids.get(link.toId());
      if (from < 0 || to < 0) {
        String missing = from < 0 ? link.fromId() : link.toId();
        out.add(Violation.at("/crossLinks/" + k, ViolationCode.DANGLING_CROSS_LINK, missing, x,
            from >= 0 ? from : to, link.fromId(),
            link.toId(), missing));
      } else if (from == to) {
        out.add(Violation.at("/crossLinks/" + k, ViolationCode.CROSS_LINK_TO_SELF, link.fromId(), x, from,
            link.fromId()));
      }
    }
    return new ValidationResult(x, out, maxDepth);
  }

  private static List<Violation> pendingByNode(TreeIndex x, List<Violation> unknown) {
    List<Violation> pending = new ArrayList<>();
    Node[] nodes = x.nodes;
    for (int i = 0; i < x.n; i++) {
      int first = x.duplicateOf[i];
      if (first >= 0) {
        pending.add(new Violation(ViolationCode.DUPLICATE_ID, nodes[i].id(), x, i, nodes[i].id(),
            String.valueOf(first + 1), String.valueOf(i + 1)));
      }
    }
    for (int[] cycle : x.cycles) {
      StringBuilder chain = new StringBuilder();
      for (int v : cycle) {
        chain.append(nodes[v].id()).append(" -> ");
      }
      chain.append(nodes[cycle[0]].id());
      pending.add(new Violation(ViolationCode.CYCLE, nodes[cycle[0]].id(), x, cycle[0], chain.toString()));
    }
    for (TreeIndex.LinkIssue issue : x.linkIssues) {
      String child = issue.link.childId();
      String parentId = issue.link.parentId();
      String at = "/links/" + issue.linkIndex;
      switch (issue.kind) {
        case UNKNOWN_CHILD:
          unknown.add(Violation.at(at, ViolationCode.UNKNOWN_CHILD, child, x, x.ids.get(parentId), child, parentId));
          break;
        case DANGLING_PARENT:
          pending.add(Violation.at(at, ViolationCode.DANGLING_PARENT, child, x, issue.child, child, parentId));
          break;
        case TWO_PARENTS:
          pending.add(Violation.at(at, ViolationCode.TWO_PARENTS, child, x, issue.child, child, issue.keptParentId,
              parentId));
          break;
        case DUPLICATE_LINK:
          pending.add(Violation.at(at, ViolationCode.DUPLICATE_LINK, child, x, issue.child, child, parentId));
          break;
        default:
          throw new AssertionError(issue.kind);
      }
    }
    if (pending.size() > 1) {
      pending.sort(Comparator.comparingInt(Violation::node));
    }
    return pending;
  }

  private static int[] duplicateSiblings(TreeIndex x) {
    int[] duplicate = new int[x.n];
    Arrays.fill(duplicate, -1);
    long[] hash = new long[x.n];
    int[] table = new int[0];
    for (int p = 0; p < x.n; p++) {
      int start = x.childStart[p];
      int end = x.childStart[p + 1];
      int size = end - start;
      if (size < 2) {
        continue;
      }
      for (int k = start; k < end; k++) {
        hash[x.childList[k]] = foldHash(x.nodes[x.childList[k]].text());
      }
      if (size <= SMALL_FAMILY) {
        for (int k = start + 1; k < end; k++) {
          int c = x.childList[k];
          for (int m = start; m < k; m++) {
            int s = x.childList[m];
            if (hash[s] == hash[c] && sameFold(x.nodes[s].text(), x.nodes[c].text())) {
              duplicate[c] = s;
              break;
            }
          }
        }
        continue;
      }
      int capacity = Integer.highestOneBit(size * 2 - 1) << 1;
      if (table.length < capacity) {
        table = new int[capacity];
      } else {
        Arrays.fill(table, 0, capacity, 0);
      }
      int mask = capacity - 1;
      for (int k = start; k < end; k++) {
        int c = x.childList[k];
        int slot = (int) (hash[c] ^ (hash[c] >>> 32)) * 0x9E3779B9 & mask;
        int s;
        while ((s = table[slot] - 1) >= 0) {
          if (hash[s] == hash[c] && sameFold(x.nodes[s].text(), x.nodes[c].text())) {
            duplicate[c] = s;
            break;
          }
          slot = (slot + 1) & mask;
        }
        if (s < 0) {
          table[slot] = c + 1;
        }
      }
    }
    return duplicate;
  }

  private static boolean sameFold(String a, String b) {
    return fold(a).equals(fold(b));
  }

  static long foldHash(String text) {
    long h = 1125899906842597L;
    char previous = ' ';
    int length = text.length();
    for (int k = 0; k < length; k++) {
      char c = text.charAt(k);
      if (c > 0x7e || c < 0x20 || (c == ' ' && (previous == ' ' || k == length - 1))) {
        return hashOfFolded(DutchText.fold(text));
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
      previous = c;
    }
    return h;
  }

  private static long hashOfFolded(String folded) {
    long h = 1125899906842597L;
    for (int k = 0; k < folded.length(); k++) {
      h = 31 * h + folded.charAt(k);
    }
    return h;
  }

  static String fold(String text) {
    int length = text.length();
    if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
      return DutchText.fold(text);
    }
    char previous = 'x';
    for (int k = 0; k < length; k++) {
      char c = text.charAt(k);
      if (c < 0x20 || c > 0x7e || (c == ' ' && previous == ' ')) {
        return DutchText.fold(text);
      }
      previous = c;
    }
    return text.toLowerCase(Locale.ROOT);
  }
}
