package nl.opgave.workshop.rotation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fits a design on k * t points to fewer people, n = k * t - d with 0 < d < t: deletes d points that never share a
 * table in the rounds kept (where the design has more rounds than asked, the rounds in which they meet are the ones
 * dropped), so every table keeps k or k - 1 people, and renumbers the tables of every round so that the tables that
 * lost a point are the ones the request sizes k - 1. A host never moves, so with hosts the host tables are renumbered
 * once for all rounds: each host table of the design goes to a host table that is small in exactly the rounds in
 * which it lost a point, and the rounds are the first ones. Where tables carry vraagstukken, several deletions are
 * spread and the one leaving fewest vraagstuk repeats is kept.
 */
final class Truncation {
  /** Marks a deleted point in the last row of a design. */
  static final int GONE = -2;
  static final long BUDGET = 20_000_000L;
  private static final int ATTEMPTS = 8;
  private static final int SPREAD_ATTEMPTS = 16;
  private static final long SPREAD_WORK = 200_000_000L;

  private Truncation() {}

  /** Whether every table of the group is sized k in every round, or k - 1 where the people do not fill them. */
  static boolean sized(Problem pb, int[] tables, int k, int cut) {
    for (int r = 0; r < pb.rounds; r++) {
      for (int table : tables) {
        int size = pb.target[r * pb.tableCount + table];
        if (size != k && (cut == 0 || size != k - 1)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Returns the design (rows of tables per round, then the row of points that never move) cut to rounds rounds and
   * to cut points fewer, with the deleted points marked {@link #GONE} in the last row; the design itself when nothing
   * is cut; null when no deletion fits.
   */
  static int[][] trim(Problem pb, int[] tables, int[][] design, int rounds, int cut, int[] hostTables, long deadline,
      long steps) {
    if (design == null || cut == 0) {
      return design;
    }
    int t = tables.length;
    int available = design.length - 1;
    int points = design[0].length;
    if (available < rounds || hostTables.length > 0 && available != rounds) {
      return null;
    }
    boolean[][] small = new boolean[rounds][t];
    int[] target = pb.target;
    for (int r = 0; r < rounds; r++) {
      int base = r * pb.tableCount;
      int k = 0;
      for (int table : tables) {
        k = Math.max(k, target[base + table]);
      }
      boolean[] row = small[r];
      for (int j = 0; j < t; j++) {
        row[j] = target[base + tables[j]] < k;
      }
    }
    boolean[] host = new boolean[t];
    for (int h : hostTables) {
      host[h] = true;
    }
    boolean[] allowed = new boolean[points];
    for (int c = 0; c < points; c++) {
      int fixed = design[available][c];
      allowed[c] = fixed < 0 || !host[fixed];
    }
    boolean[] hosted = hostTables.length == 0 ? null : host;
    int cap = Constructions.spreadCap(pb, tables, hostTables.length > 0, rounds);
    int[][] best = null;
    long fewest = Long.MAX_VALUE;
    long work = (long) rounds * t * t * t;
    long attempts = cap > 0 ? Math.max(1, Math.min(SPREAD_ATTEMPTS, SPREAD_WORK / work)) : 1;
    for (int attempt = 0; attempt < attempts && fewest > 0; attempt++) {
      int[][] found = find(design, available, rounds, cut, t, allowed, hosted, small, pb.seed + attempt, deadline,
          steps);
      if (found == null) {
        break;
      }
      int[][] result = relabel(tables, design, rounds, found, small, host);
      long excess = cap > 0 ? Constructions.spreadVraagstukken(pb, tables, design[0].length / t, rounds, cap, result)
          : 0;
      if (excess < fewest) {
        best = result;
        fewest = excess;
      }
      if (Pulse.now() >= deadline) {
        break;
      }
    }
    return best;
  }

  private static int[][] relabel(int[] tables, int[][] design, int rounds, int[][] found, boolean[][] small,
      boolean[] host) {
    int t = tables.length;
    int available = design.length - 1;
    int points = design[0].length;
    int[] kept = found[0];
    int[] moved = hostLabels(design, kept, found[1], small, host);
    int[][] result = new int[rounds + 1][];
    result[rounds] = new int[points];
    for (int c = 0; c < points; c++) {
      int fixed = design[available][c];
      result[rounds][c] = fixed >= 0 && host[fixed] ? moved[fixed] : -1;
    }
    for (int c : found[1]) {
      result[rounds][c] = GONE;
    }
    boolean[] lost = new boolean[t];
    int[] label = new int[t];
    for (int r = 0; r < rounds; r++) {
      int[] row = design[kept[r]];
      Arrays.fill(lost, false);
      for (int c : found[1]) {
        lost[row[c]] = true;
      }
      int nextSmall = 0;
      int nextLarge = 0;
      for (int b = 0; b < t; b++) {
        if (host[b]) {
          label[b] = moved[b];
          continue;
        }
        if (lost[b]) {
          while (host[nextSmall] || !small[r][nextSmall]) {
            nextSmall++;
          }
          label[b] = nextSmall++;
        } else {
          while (host[nextLarge] || small[r][nextLarge]) {
            nextLarge++;
          }
          label[b] = nextLarge++;
        }
      }
      result[r] = new int[points];
      for (int c = 0; c < points; c++) {
        result[r][c] = label[row[c]];
      }
    }
    return result;
  }

  /**
   * Returns, for each host table of the design, the host table with the same pattern: small in exactly the rounds
   * in which the design's table lost a point; null where the patterns differ.
   */
  static int[] hostLabels(int[][] table, int[] kept, int[] deleted, boolean[][] small, boolean[] host) {
    int t = host.length;
    Map<String, Deque<Integer>> bySmall = new HashMap<>();
    for (int j = 0; j < t; j++) {
      if (host[j]) {
        bySmall.computeIfAbsent(pattern(small, j, null, null, null), key -> new ArrayDeque<>()).add(j);
      }
    }
    int[] moved = new int[t];
    for (int b = 0; b < t; b++) {
      if (host[b]) {
        Deque<Integer> same = bySmall.get(pattern(null, b, table, kept, deleted));
        if (same == null || same.isEmpty()) {
          return null;
        }
        moved[b] = same.poll();
      }
    }
    return moved;
  }

  private static String pattern(boolean[][] small, int b, int[][] table, int[] kept, int[] deleted) {
    int rounds = small != null ? small.length : kept.length;
    char[] bits = new char[rounds];
    for (int r = 0; r < rounds; r++) {
      boolean lost = small != null && small[r][b];
      for (int i = 0; small == null && i < deleted.length && !lost; i++) {
        lost = table[kept[r]][deleted[i]] == b;
      }
      bits[r] = lost ? '1' : '0';
    }
    return new String(bits);
  }

  /**
   * Returns {kept rounds, deleted points}: cut allowed points of which no two share a table in the rounds kept, the
   * first rounds of table[0..available) in which none of them meet, or null. With host (null: no condition) all
   * rounds are kept and the host tables that lose a point must match the ones small[round] marks, up to one
   * renumbering of the host tables for all rounds ({@link #hostLabels}).
   * A depth-first search over the points in seeded order, restarted with new orders while the budget lasts; the
   * first attempt alone is exhaustive when it ends within its budget.
   */
  static int[][] find(int[][] table, int available, int rounds, int cut, int tables, boolean[] allowed,
      boolean[] host, boolean[][] small, long seed, long deadline, long steps) {
    int points = allowed.length;
    int[] order = new int[points];
    int size = 0;
    for (int c = 0; c < points; c++) {
      if (allowed[c]) {
        order[size++] = c;
      }
    }
    if (size < cut) {
      return null;
    }
    order = Arrays.copyOf(order, size);
    Walk walk = new Walk(table, available, available - rounds, cut, tables, host, small, deadline);
    SplittableRandom random = new SplittableRandom(seed);
    for (int attempt = 0; attempt < ATTEMPTS && Pulse.now() < deadline; attempt++) {
      for (int i = size - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      walk.order = order;
      walk.budget = steps / ATTEMPTS / Math.max(1, available);
      if (walk.search(0, 0)) {
        int[] kept = new int[rounds];
        int count = 0;
        for (int r = 0; r < available && count < rounds; r++) {
          if (walk.met[r] == 0) {
            kept[count++] = r;
          }
        }
        return new int[][] {kept, walk.chosen.clone()};
      }
      if (walk.budget >= 0) {
        return null;
      }
    }
    return null;
  }

  private static final class Walk {
    final int[][] table;
    final int available;
    final int slack;
    final int[] chosen;
    final int[][] seated;
    final int[] met;
    final boolean[] host;
    final boolean[][] small;
    final int[] all;
    final long deadline;
    int[] order;
    long budget;
    int dropped;

    Walk(int[][] table, int available, int slack, int cut, int tables, boolean[] host, boolean[][] small,
        long deadline) {
      this.table = table;
      this.available = available;
      this.slack = slack;
      this.chosen = new int[cut];
      this.seated = new int[available][tables];
      this.met = new int[available];
      this.host = host;
      this.small = small;
      this.all = new int[available];
      for (int r = 0; r < available; r++) {
        all[r] = r;
      }
      this.deadline = deadline;
    }

    boolean search(int depth, int from) {
      if (depth == chosen.length) {
        budget -= host == null ? 0 : (long) host.length * available;
        if (budget < 0 || Pulse.now() >= deadline) {
          budget = -1;
          return false;
        }
        return covered();
      }
      for (int i = from; i <= order.length - (chosen.length - depth); i++) {
        if (--budget < 0 || (budget & 0xFFF) == 0 && Pulse.now() >= deadline) {
          budget = -1;
          return false;
        }
        int c = order[i];
        int added = 0;
        for (int r = 0; r < available; r++) {
          if (seated[r][table[r][c]] > 0 && met[r] == 0) {
            added++;
          }
        }
        if (dropped + added > slack) {
          continue;
        }
        place(c, 1);
        dropped += added;
        chosen[depth] = c;
        if (search(depth + 1, i + 1)) {
          return true;
        }
        dropped -= added;
        place(c, -1);
        if (budget < 0) {
          return false;
        }
      }
      return false;
    }

    private void place(int c, int sign) {
      for (int r = 0; r < available; r++) {
        int b = table[r][c];
        if (sign < 0) {
          seated[r][b]--;
        }
        if (seated[r][b] > 0) {
          met[r] += sign;
        }
        if (sign > 0) {
          seated[r][b]++;
        }
      }
    }

    private boolean covered() {
      return host == null || hostLabels(table, all, chosen, small, host) != null;
    }
  }
}
