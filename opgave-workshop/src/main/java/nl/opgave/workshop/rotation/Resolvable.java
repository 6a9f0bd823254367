package nl.opgave.workshop.rotation;

import java.util.Arrays;

/**
 * A resolvable design in which every pair meets at most once: rounds of tables of k on a fixed set of points, given
 * as table[round][point]. {@link #of} builds a complete one, (v - 1) / (k - 1) rounds in which every pair meets
 * exactly once, from these families, tried in this order:
 * <ul>
 *   <li>one table (v = k);
 *   <li>the affine geometry AG(n, q): v = q^n, k = q a prime power ({@link AffineGeometry});
 *   <li>the product of two such designs on u and w points when an affine plane of order k exists: v = u * w
 *       (with u = k this is the tripling v to 3v of Kirkman triple systems, and v to 4v, 5v for k = 4, 5);
 *   <li>Ray-Chaudhuri and Wilson's Kirkman triple systems on v = 3q points, q = 1 (mod 6) a prime power
 *       ({@link KirkmanColumns});
 *   <li>direct 1-rotational designs over GF(q) ({@link FieldRotational}): Kirkman triple systems on v = 2q + 1
 *       points, q = 1 (mod 6), and resolvable (v, 4, 1) designs on v = 3q + 1 points, q = 1 (mod 4), q prime powers;
 *   <li>1-rotational designs over GF(q): v = (k - 1) q + 1 for an odd prime power q with k dividing (k - 1)(q - 1),
 *       found by a seeded search for the base round ({@link DifferenceFamily#rotational}); after the direct ones
 *       above, this is k >= 5;
 *   <li>3-pyramidal Kirkman triple systems over GF(3^e): v = 2 * 3^e + 3 ({@link DifferenceFamily#pyramidal});
 *   <li>1-rotational designs over Z_(v-1) or Z_a x Z_b with a base round fixed by a subgroup of order k - 1,
 *       searched for every v with (v - 1) / (k - 1) = 1 (mod k) ({@link DifferenceFamily#cyclic}).
 * </ul>
 * Where v also factors, the searches get half the time and products of searched designs the rest. The searches
 * use fixed seeds and take turns, in this order, in budgets of search nodes that grow fourfold from 20,000, so a
 * design depends on its sizes only (the deadline decides only whether it is found), never on a request's seed or
 * the machine's load.
 */
final class Resolvable {
  private static final long SLICE = 20_000;
  private static final long MAX_SLICE = 1L << 40;

  final int k;
  final int points;
  final int[][] table;

  Resolvable(int k, int points, int[][] table) {
    this.k = k;
    this.points = points;
    this.table = table;
  }

  int rounds() {
    return table.length;
  }

  /** Returns a complete resolvable (v, k, 1) design from the families above, or null (also on the deadline). */
  static Resolvable of(int v, int k, long deadline) {
    return of(v, k, deadline, new long[1]);
  }

  /** The same, adding the search nodes it spent to work[0]. */
  static Resolvable of(int v, int k, long deadline, long[] work) {
    if (k < 2 || v < k || v % k != 0 || (v - 1) % (k - 1) != 0) {
      return null;
    }
    if (v == k) {
      return new Resolvable(k, v, new int[1][v]);
    }
    Resolvable affine = AffineGeometry.lines(v, k);
    if (affine != null) {
      return affine;
    }
    if (Field.of(k) != null) {
      for (int u = k; (long) u * u <= v; u++) {
        if (v % u == 0 && (u - 1) % (k - 1) == 0 && (v / u - 1) % (k - 1) == 0 && direct(u, k) && direct(v / u, k)) {
          Resolvable left = of(u, k, deadline, work);
          Resolvable right = left == null ? null : of(v / u, k, deadline, work);
          if (right != null) {
            return product(left, right);
          }
        }
      }
    }
    Resolvable direct = KirkmanColumns.of(v, k);
    direct = direct != null ? direct : FieldRotational.of(v, k);
    if (direct != null) {
      return direct;
    }
    boolean searchable = DifferenceFamily.rotationalOrder(v, k) > 0 || DifferenceFamily.pyramidalOrder(v, k) > 0
        || DifferenceFamily.cyclicOrder(v, k) > 0;
    long[][] progress = new long[3][2];
    long now = Pulse.now();
    long searchUntil = factors(v, k) ? now + Math.max(0, deadline - now) / 2 : deadline;
    try {
      for (long slice = SLICE; searchable && Pulse.now() < searchUntil; slice = Math.min(slice * 4, MAX_SLICE)) {
        Resolvable found = DifferenceFamily.rotational(v, k, slice, searchUntil, progress[0]);
        found = found != null ? found : DifferenceFamily.pyramidal(v, k, slice, searchUntil, progress[1]);
        found = found != null ? found : DifferenceFamily.cyclic(v, k, slice, searchUntil, progress[2]);
        if (found != null) {
          return found;
        }
      }
    } finally {
      work[0] += progress[0][1] + progress[1][1] + progress[2][1];
    }
    if (Field.of(k) == null) {
      return null;
    }
    for (int u = k; (long) u * u <= v; u++) {
      if (v % u == 0 && (u - 1) % (k - 1) == 0 && (v / u - 1) % (k - 1) == 0 && !(direct(u, k) && direct(v / u, k))) {
        Resolvable left = of(u, k, deadline, work);
        Resolvable right = left == null ? null : of(v / u, k, deadline, work);
        if (right != null) {
          return product(left, right);
        }
      }
    }
    return null;
  }

  /** Whether v = u * w with u, w >= k both admissible sizes and an affine plane of order k. */
  private static boolean factors(int v, int k) {
    for (int u = k; Field.of(k) != null && (long) u * u <= v; u++) {
      if (v % u == 0 && (u - 1) % (k - 1) == 0 && (v / u - 1) % (k - 1) == 0 && v / u % k == 0 && u % k == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a family other than the product covers v: one table, an affine geometry, or a difference family. */
  private static boolean direct(int v, int k) {
    return v == k || AffineGeometry.covers(v, k) || DifferenceFamily.rotationalOrder(v, k) > 0
        || DifferenceFamily.pyramidalOrder(v, k) > 0 || KirkmanColumns.order(v, k) > 0
        || FieldRotational.covers(v, k);
  }

  /**
   * The product on U x W: each round of U times every point of W; for each round of W its tables times every point
   * of U; and for each round of W, round of U and nonzero slope s of GF(k), the lines of slope s through the k x k
   * grids of a table of U times a table of W.
   */
  static Resolvable product(Resolvable left, Resolvable right) {
    int k = left.k;
    Field field = Field.of(k);
    int u = left.points;
    int w = right.points;
    int rightTables = w / k;
    int rounds = left.rounds() + right.rounds() * u;
    int[][] table = new int[rounds][u * w];
    int[][] leftPosition = positions(left);
    int[][] rightPosition = positions(right);
    int r = 0;
    for (int i = 0; i < left.rounds(); i++, r++) {
      for (int a = 0; a < u; a++) {
        for (int b = 0; b < w; b++) {
          table[r][a * w + b] = left.table[i][a] * w + b;
        }
      }
    }
    for (int j = 0; j < right.rounds(); j++) {
      for (int a = 0; a < u; a++) {
        for (int b = 0; b < w; b++) {
          table[r][a * w + b] = a * rightTables + right.table[j][b];
        }
      }
      r++;
      for (int i = 0; i < left.rounds(); i++) {
        for (int s = 1; s < k; s++, r++) {
          for (int a = 0; a < u; a++) {
            int x = leftPosition[i][a];
            int sx = field.multiply(s, x);
            for (int b = 0; b < w; b++) {
              int intercept = field.add(rightPosition[j][b], field.negate(sx));
              table[r][a * w + b] = (left.table[i][a] * rightTables + right.table[j][b]) * k + intercept;
            }
          }
        }
      }
    }
    return new Resolvable(k, u * w, table);
  }

  private static int[][] positions(Resolvable design) {
    int[][] position = new int[design.rounds()][design.points];
    int[] filled = new int[design.points / design.k];
    for (int r = 0; r < design.rounds(); r++) {
      Arrays.fill(filled, 0);
      for (int p = 0; p < design.points; p++) {
        position[r][p] = filled[design.table[r][p]]++;
      }
    }
    return position;
  }

  /**
   * Returns the first rounds of this design in {@link Constructions#design}'s form (a last row with the table of
   * every point that never moves, -1 for the others), with tables renumbered per round so that one point per
   * host table stays at that table; null when there are fewer rounds or the hosts would meet.
   *
   * @param hostTables the tables whose hosts must stay
   */
  int[][] seating(int rounds, int[] hostTables) {
    if (rounds > rounds()) {
      return null;
    }
    int[] stay = staying(rounds, hostTables.length);
    if (stay == null) {
      return null;
    }
    int tables = points / k;
    int[][] design = new int[rounds + 1][];
    int[] label = new int[tables];
    boolean[] taken = new boolean[tables];
    for (int r = 0; r < rounds; r++) {
      Arrays.fill(label, -1);
      Arrays.fill(taken, false);
      for (int h = 0; h < stay.length; h++) {
        label[table[r][stay[h]]] = hostTables[h];
        taken[hostTables[h]] = true;
      }
      int next = 0;
      for (int b = 0; b < tables; b++) {
        if (label[b] < 0) {
          while (taken[next]) {
            next++;
          }
          label[b] = next++;
        }
      }
      design[r] = new int[points];
      for (int p = 0; p < points; p++) {
        design[r][p] = label[table[r][p]];
      }
    }
    design[rounds] = new int[points];
    Arrays.fill(design[rounds], -1);
    for (int h = 0; h < stay.length; h++) {
      design[rounds][stay[h]] = hostTables[h];
    }
    return design;
  }

  /** Picks count points that never meet in the first rounds, last points first (a rotational design's fixed ones). */
  private int[] staying(int rounds, int count) {
    int[] chosen = new int[count];
    int found = 0;
    for (int p = points - 1; p >= 0 && found < count; p--) {
      boolean apart = true;
      for (int i = 0; i < found && apart; i++) {
        for (int r = 0; r < rounds && apart; r++) {
          apart = table[r][p] != table[r][chosen[i]];
        }
      }
      if (apart) {
        chosen[found++] = p;
      }
    }
    return found == count ? chosen : null;
  }
}
