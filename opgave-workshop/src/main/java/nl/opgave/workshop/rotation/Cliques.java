package nl.opgave.workshop.rotation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Finds a largest clique of keep-apart pairs (Bron-Kerbosch with pivoting, bounded effort). */
final class Cliques {
  private static final int MAX_CALLS = 200_000;

  private final BitSet[] neighbours;
  private final int limit;
  private List<Integer> best = new ArrayList<>();
  private int calls;

  private Cliques(int[][] adjacency, int[] group, int g, int limit) {
    this.limit = limit;
    neighbours = new BitSet[adjacency.length];
    for (int i = 0; i < adjacency.length; i++) {
      neighbours[i] = new BitSet();
      if (group[i] == g) {
        for (int j : adjacency[i]) {
          if (group[j] == g) {
            neighbours[i].set(j);
          }
        }
      }
    }
  }

  static List<Integer> largest(int[][] adjacency, int[] group, int g, int limit) {
    Cliques c = new Cliques(adjacency, group, g, limit);
    BitSet candidates = new BitSet();
    for (int i = 0; i < adjacency.length; i++) {
      if (group[i] == g && c.neighbours[i].cardinality() >= Math.max(1, limit - 1)) {
        candidates.set(i);
      }
    }
    c.expand(new ArrayList<>(), candidates, new BitSet());
    return c.best;
  }

  private void expand(List<Integer> clique, BitSet candidates, BitSet excluded) {
    if (best.size() >= limit || ++calls > MAX_CALLS) {
      return;
    }
    if (candidates.isEmpty()) {
      if (clique.size() > best.size()) {
        best = new ArrayList<>(clique);
      }
      return;
    }
    if (clique.size() + candidates.cardinality() <= best.size()) {
      return;
    }
    BitSet union = (BitSet) candidates.clone();
    union.or(excluded);
    int pivot = union.nextSetBit(0);
    int most = -1;
    for (int u = union.nextSetBit(0); u >= 0; u = union.nextSetBit(u + 1)) {
      BitSet b = (BitSet) candidates.clone();
      b.and(neighbours[u]);
      if (b.cardinality() > most) {
        most = b.cardinality();
        pivot = u;
      }
    }
    BitSet todo = (BitSet) candidates.clone();
    todo.andNot(neighbours[pivot]);
    for (int v = todo.nextSetBit(0); v >= 0; v = todo.nextSetBit(v + 1)) {
      clique.add(v);
      BitSet nc = (BitSet) candidates.clone();
      nc.and(neighbours[v]);
      BitSet ne = (BitSet) excluded.clone();
      ne.and(neighbours[v]);
      expand(clique, nc, ne);
      clique.remove(clique.size() - 1);
      candidates.clear(v);
      excluded.set(v);
    }
    if (clique.size() > best.size()) {
      best = new ArrayList<>(clique);
    }
  }
}
