package nl.opgave.workshop.rotation;

/**
 * Direct 1-rotational designs over GF(q), points GF(q) x levels plus a fixed point, whose base round's q translates
 * are all rounds (w a primitive element):
 * <ul>
 *   <li>{@link #kirkman}: Ray-Chaudhuri and Wilson's Kirkman triple systems on v = 2q + 1 points for every prime
 *       power q = 1 (mod 6) (15, 27, 39, 51, 63, 75, 87, 99, ...), t = (q - 1) / 6 and w^m = (w^t + 1) / 2: the base
 *       round holds {fixed, (0, 1), (0, 2)}, w^i {(1, 1), (w^t, 1), (w^m, 2)} for i in [0, t), [2t, 3t) and
 *       [4t, 5t), and w^(m+t+i) {(1, 2), (w^2t, 2), (w^4t, 2)} for i in [0, t);
 *   <li>{@link #quadruples}: resolvable (v, 4, 1) designs on v = 3q + 1 points for every prime power q = 1 (mod 4)
 *       (16, 28, 40, 52, 76, 88, ...), n = (q - 1) / 4 and e = w^n: the base round holds the fixed point with the
 *       zeros of the three levels and {(w^i, j), (-w^i, j), (e w^i, j + 1), (-e w^i, j + 1)} for i in [0, n) and
 *       every level j (Beth, Jungnickel and Lenz, Design Theory, VII.7.5).
 * </ul>
 */
final class FieldRotational {
  private FieldRotational() {}

  /** Returns q when k = 3 and v = 2q + 1 with q a prime power, q = 1 (mod 6), else 0. */
  static int kirkmanOrder(int v, int k) {
    return k == 3 && v % 2 == 1 && (v - 1) / 2 % 6 == 1 && Field.of((v - 1) / 2) != null ? (v - 1) / 2 : 0;
  }

  /** Returns q when k = 4 and v = 3q + 1 with q a prime power, q = 1 (mod 4), else 0. */
  static int quadruplesOrder(int v, int k) {
    return k == 4 && v % 3 == 1 && (v - 1) / 3 % 4 == 1 && Field.of((v - 1) / 3) != null ? (v - 1) / 3 : 0;
  }

  /** Whether one of the two families covers v. */
  static boolean covers(int v, int k) {
    return kirkmanOrder(v, k) > 0 || quadruplesOrder(v, k) > 0;
  }

  /** Returns the design of either family on v points, or null when v is in neither. */
  static Resolvable of(int v, int k) {
    return kirkmanOrder(v, k) > 0 ? kirkman(v) : quadruplesOrder(v, k) > 0 ? quadruples(v) : null;
  }

  /** Returns the Kirkman triple system on v = 2q + 1 points. */
  static Resolvable kirkman(int v) {
    int q = (v - 1) / 2;
    Field field = Field.of(q);
    int[] power = field.powers();
    int order = q - 1;
    int t = order / 6;
    int half = field.multiply(field.add(power[t], 1), inverse(field, power, 2));
    int m = 0;
    while (power[m] != half) {
      m++;
    }
    int[] base = new int[v];
    int tables = 1;
    for (int i = 0; i < order; i++) {
      if (i / t % 2 == 0) {
        base[power[i]] = tables;
        base[power[(t + i) % order]] = tables;
        base[q + power[(m + i) % order]] = tables;
        tables++;
      }
    }
    for (int i = 0; i < t; i++, tables++) {
      for (int c = 0; c < 3; c++) {
        base[q + power[(m + t + i + 2 * t * c) % order]] = tables;
      }
    }
    return develop(field, base, 2, 3);
  }

  /** Returns the resolvable (v, 4, 1) design on v = 3q + 1 points. */
  static Resolvable quadruples(int v) {
    int q = (v - 1) / 3;
    Field field = Field.of(q);
    int[] power = field.powers();
    int n = (q - 1) / 4;
    int e = power[n];
    int[] base = new int[v];
    int tables = 1;
    for (int i = 0; i < n; i++) {
      int x = power[i];
      int ex = field.multiply(e, x);
      for (int j = 0; j < 3; j++, tables++) {
        int next = (j + 1) % 3;
        base[j * q + x] = tables;
        base[j * q + field.negate(x)] = tables;
        base[next * q + ex] = tables;
        base[next * q + field.negate(ex)] = tables;
      }
    }
    return develop(field, base, 3, 4);
  }

  private static int inverse(Field field, int[] power, int x) {
    for (int y : power) {
      if (field.multiply(x, y) == 1) {
        return y;
      }
    }
    throw new IllegalArgumentException(x + " has no inverse");
  }

  /** The q translates of the base round; the last point is the fixed one. */
  private static Resolvable develop(Field field, int[] base, int levels, int k) {
    int q = field.order;
    int v = levels * q + 1;
    int[][] table = new int[q][v];
    for (int s = 0; s < q; s++) {
      for (int level = 0; level < levels; level++) {
        for (int x = 0; x < q; x++) {
          table[s][level * q + field.add(x, s)] = base[level * q + x];
        }
      }
    }
    return new Resolvable(k, v, table);
  }
}
