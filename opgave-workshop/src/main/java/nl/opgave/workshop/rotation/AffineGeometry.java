package nl.opgave.workshop.rotation;

/**
 * The lines of the affine geometry AG(n, q) for a prime power q and n >= 2: q^n points (vectors over GF(q)), tables
 * of q, and one round per direction, (q^n - 1) / (q - 1) rounds in which every pair meets exactly once. n = 2 gives
 * the affine planes, q = 3 the Kirkman triple systems on 3^n points.
 */
final class AffineGeometry {
  private AffineGeometry() {}

  /** Whether v = q^n with n >= 2 and q = k a prime power. */
  static boolean covers(int v, int k) {
    return dimension(v, k) >= 2 && Field.of(k) != null;
  }

  private static int dimension(int v, int k) {
    if (k < 2) {
      return 0;
    }
    int n = 0;
    long power = 1;
    while (power < v) {
      power *= k;
      n++;
    }
    return power == v ? n : 0;
  }

  /** Returns AG(n, k) on v = k^n points, or null when v is not such a power or k is not a prime power. */
  static Resolvable lines(int v, int k) {
    if (!covers(v, k)) {
      return null;
    }
    int n = dimension(v, k);
    Field field = Field.of(k);
    int rounds = (v - 1) / (k - 1);
    int[][] table = new int[rounds][v];
    int[] direction = new int[n];
    int[] point = new int[n];
    int r = 0;
    for (int lead = n - 1; lead >= 0; lead--) {
      int free = 1;
      for (int i = 0; i < lead; i++) {
        free *= k;
      }
      for (int code = 0; code < free; code++) {
        decode(code, k, direction, lead);
        direction[lead] = 1;
        for (int i = lead + 1; i < n; i++) {
          direction[i] = 0;
        }
        for (int p = 0; p < v; p++) {
          decode(p, k, point, n);
          int shift = field.negate(point[lead]);
          int index = 0;
          for (int i = n - 1; i >= 0; i--) {
            if (i != lead) {
              index = index * k + field.add(point[i], field.multiply(shift, direction[i]));
            }
          }
          table[r][p] = index;
        }
        r++;
      }
    }
    return new Resolvable(k, v, table);
  }

  private static void decode(int code, int k, int[] digits, int length) {
    for (int i = 0; i < length; i++) {
      digits[i] = code % k;
      code /= k;
    }
  }
}
