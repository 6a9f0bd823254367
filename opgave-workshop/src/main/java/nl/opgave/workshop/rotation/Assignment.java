package nl.opgave.workshop.rotation;

import java.util.Arrays;

/** Minimum-cost perfect assignment of rows to columns of a square cost matrix (Hungarian method, O(n^3)). */
final class Assignment {
  private Assignment() {}

  /** Returns column[row] of a cheapest assignment. */
  static int[] minCost(long[][] cost) {
    int n = cost.length;
    long[] u = new long[n + 1];
    long[] v = new long[n + 1];
    int[] rowOf = new int[n + 1];
    int[] way = new int[n + 1];
    long[] min = new long[n + 1];
    boolean[] used = new boolean[n + 1];
    for (int row = 1; row <= n; row++) {
      rowOf[0] = row;
      int col = 0;
      Arrays.fill(min, Long.MAX_VALUE);
      Arrays.fill(used, false);
      do {
        used[col] = true;
        int r = rowOf[col];
        long delta = Long.MAX_VALUE;
        int next = 0;
        for (int c = 1; c <= n; c++) {
          if (!used[c]) {
            long reduced = cost[r - 1][c - 1] - u[r] - v[c];
            if (reduced < min[c]) {
              min[c] = reduced;
              way[c] = col;
            }
            if (min[c] < delta) {
              delta = min[c];
              next = c;
            }
          }
        }
        for (int c = 0; c <= n; c++) {
          if (used[c]) {
            u[rowOf[c]] += delta;
            v[c] -= delta;
          } else {
            min[c] -= delta;
          }
        }
        col = next;
      } while (rowOf[col] != 0);
      do {
        int previous = way[col];
        rowOf[col] = rowOf[previous];
        col = previous;
      } while (col != 0);
    }
    int[] columnOf = new int[n];
    for (int c = 1; c <= n; c++) {
      columnOf[rowOf[c] - 1] = c - 1;
    }
    return columnOf;
  }
}
