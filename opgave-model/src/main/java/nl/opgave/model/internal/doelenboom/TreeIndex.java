package nl.opgave.model.internal.doelenboom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;

/** The structure of a doelenboom as arrays: parents, children, depths and cycles, built in linear time. */
public final class TreeIndex {
  public static final int NONE = -1;
  public static final int DANGLING = -2;
  public static final int DUPLICATE = -3;

  /** The ways a link can fail to fit a tree. */
  public enum LinkIssueKind { UNKNOWN_CHILD, DANGLING_PARENT, TWO_PARENTS, DUPLICATE_LINK }

  /** A link that does not fit a tree; child is the child's node index, or -1 when the child is unknown. */
  public static final class LinkIssue {
    public final LinkIssueKind kind;
    public final int child;
    public final Link link;
    public final String keptParentId;
    public final int linkIndex;

    LinkIssue(LinkIssueKind kind, int child, Link link, String keptParentId, int linkIndex) {
      this.linkIndex = linkIndex;
      this.kind = kind;
      this.child = child;
      this.link = link;
      this.keptParentId = keptParentId;
    }
  }

  public final Doelenboom tree;
  public final Node[] nodes;
  public final int n;
  public final IdIndex ids;
  /** For a node whose id an earlier node already uses, that earlier node's index; else -1. */
  public final int[] duplicateOf;
  public final int[] parent;
  public final int[] childStart;
  public final int[] childList;
  /** Reached nodes in breadth-first order from the roots, then from nodes whose parent is missing. */
  public final int[] order;
  public final int reached;
  /**
   * Depth from the root (a root has depth 1) or from a node whose parent is missing; 0 when not reached: on or
   * below a cycle, or a node whose id an earlier node already uses.
   */
  public final int[] depth;
  public final int[] roots;
  public final int[] danglingTops;
  public final List<LinkIssue> linkIssues = new ArrayList<>();
  /** Each cycle in parent order (a node, its parent, its parent's parent, ...), starting at its lowest index. */
  public final List<int[]> cycles = new ArrayList<>();

  public TreeIndex(Doelenboom tree) {
    this.tree = tree;
    this.nodes = tree.nodes().toArray(new Node[0]);
    this.n = nodes.length;
    this.ids = new IdIndex(nodes);
    this.duplicateOf = new int[n];
    this.parent = new int[n];
    for (int i = 0; i < n; i++) {
      int first = ids.putIfAbsent(i);
      duplicateOf[i] = first;
      parent[i] = first >= 0 ? DUPLICATE : NONE;
    }
    List<Link> links = tree.links();
    int linkCount = links.size();
    int[] linkChild = new int[linkCount];
    int[] childCount = new int[n + 1];
    Map<Integer, String> danglingParentIds = new HashMap<>();
    int previousChild = -1;
    String previousParentId = null;
    int previousParent = -1;
    for (int j = 0; j < linkCount; j++) {
      Link link = links.get(j);
      linkChild[j] = -1;
      String childId = link.childId();
      int c = -1;
      for (int guess = previousChild + 1, end = Math.min(n, previousChild + 3); guess < end; guess++) {
        if (nodes[guess].id() == childId) {
          c = duplicateOf[guess] >= 0 ? duplicateOf[guess] : guess;
          break;
        }
      }
      if (c < 0) {
        c = ids.get(childId);
      }
      if (c < 0) {
        linkIssues.add(new LinkIssue(LinkIssueKind.UNKNOWN_CHILD, -1, link, null, j));
        continue;
      }
      previousChild = c;
      String parentId = link.parentId();
      int p;
      if (parentId == previousParentId) {
        p = previousParent;
      } else {
        p = ids.get(parentId);
        previousParentId = parentId;
        previousParent = p;
      }
      int current = parent[c];
      if (current == NONE) {
        if (p < 0) {
          parent[c] = DANGLING;
          danglingParentIds.put(c, link.parentId());
          linkIssues.add(new LinkIssue(LinkIssueKind.DANGLING_PARENT, c, link, null, j));
        } else {
          parent[c] = p;
          childCount[p]++;
          linkChild[j] = c;
          continue;
        }
      } else if (current >= 0 && current == p) {
        linkIssues.add(new LinkIssue(LinkIssueKind.DUPLICATE_LINK, c, link, link.parentId(), j));
      } else {
        String keptParent = current >= 0 ? nodes[current].id() : danglingParentIds.get(c);
        if (p < 0 && !link.parentId().equals(keptParent)) {
          linkIssues.add(new LinkIssue(LinkIssueKind.DANGLING_PARENT, c, link, keptParent, j));
        }
        if (link.parentId().equals(keptParent)) {
          linkIssues.add(new LinkIssue(LinkIssueKind.DUPLICATE_LINK, c, link, keptParent, j));
        } else {
          linkIssues.add(new LinkIssue(LinkIssueKind.TWO_PARENTS, c, link, keptParent, j));
        }
      }
    }
    this.childStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      childStart[i + 1] = childStart[i] + childCount[i];
    }
    this.childList = new int[childStart[n]];
    System.arraycopy(childStart, 0, childCount, 0, n);
    for (int j = 0; j < linkCount; j++) {
      int c = linkChild[j];
      if (c >= 0) {
        childList[childCount[parent[c]]++] = c;
      }
    }
    int rootCount = 0;
    int danglingCount = 0;
    for (int i = 0; i < n; i++) {
      if (parent[i] == NONE) {
        rootCount++;
      } else if (parent[i] == DANGLING) {
        danglingCount++;
      }
    }
    this.roots = new int[rootCount];
    this.danglingTops = new int[danglingCount];
    rootCount = 0;
    danglingCount = 0;
    for (int i = 0; i < n; i++) {
      if (parent[i] == NONE) {
        roots[rootCount++] = i;
      } else if (parent[i] == DANGLING) {
        danglingTops[danglingCount++] = i;
      }
    }
    this.order = new int[n];
    this.depth = new int[n];
    int tail = 0;
    for (int r : roots) {
      order[tail++] = r;
      depth[r] = 1;
    }
    for (int r : danglingTops) {
      order[tail++] = r;
      depth[r] = 1;
    }
    for (int head = 0; head < tail; head++) {
      int v = order[head];
      int d = depth[v] + 1;
      for (int k = childStart[v], end = childStart[v + 1]; k < end; k++) {
        int c = childList[k];
        depth[c] = d;
        order[tail++] = c;
      }
    }
    this.reached = tail;
    if (reached < n) {
      findCycles();
    }
  }

  private void findCycles() {
    int[] walk = new int[n];
    Arrays.fill(walk, -1);
    int[] stack = new int[16];
    for (int start = 0; start < n; start++) {
      if (depth[start] != 0 || walk[start] != -1 || parent[start] == DUPLICATE) {
        continue;
      }
      int size = 0;
      int v = start;
      while (v >= 0 && depth[v] == 0 && walk[v] == -1) {
        walk[v] = start;
        if (size == stack.length) {
          stack = Arrays.copyOf(stack, size * 2);
        }
        stack[size++] = v;
        v = parent[v];
      }
      if (v >= 0 && walk[v] == start) {
        int from = 0;
        while (stack[from] != v) {
          from++;
        }
        int[] cycle = Arrays.copyOfRange(stack, from, size);
        int lowest = 0;
        for (int k = 1; k < cycle.length; k++) {
          if (cycle[k] < cycle[lowest]) {
            lowest = k;
          }
        }
        int[] rotated = new int[cycle.length];
        for (int k = 0; k < cycle.length; k++) {
          rotated[k] = cycle[(lowest + k) % cycle.length];
        }
        cycles.add(rotated);
      }
    }
  }

  public int childCount(int v) {
    return childStart[v + 1] - childStart[v];
  }

  public boolean isForest() {
    return reached == n && danglingTops.length == 0 && linkIssues.isEmpty() && noDuplicateIds();
  }

  public boolean noDuplicateIds() {
    for (int d : duplicateOf) {
      if (d >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Returns the node indices from the top of the node's ancestry down to the node itself. */
  public int[] pathIndices(int v) {
    if (depth[v] > 0) {
      int[] path = new int[depth[v]];
      int u = v;
      for (int k = path.length - 1; k >= 0; k--) {
        path[k] = u;
        u = parent[u];
      }
      return path;
    }
    List<Integer> up = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    int u = v;
    while (u >= 0 && seen.add(u)) {
      up.add(u);
      u = parent[u];
    }
    int[] path = new int[up.size()];
    for (int k = 0; k < path.length; k++) {
      path[k] = up.get(path.length - 1 - k);
    }
    return path;
  }

  public List<String> pathTexts(int v) {
    int[] path = pathIndices(v);
    String[] texts = new String[path.length];
    for (int k = 0; k < path.length; k++) {
      texts[k] = nodes[path[k]].text();
    }
    return List.of(texts);
  }
}
