package nl.opgave.workshop.rotation;

/**
 * Ray-Chaudhuri and Wilson's Kirkman triple systems on v = 3q points for every prime power q = 1 (mod 6) (21, 39,
 * 57, 75, 93, 111, 129, 147, ...): points GF(q) x Z_3, w a primitive element, t = (q - 1) / 6 and C the cube roots
 * of unity. The base round holds the column {(0, 0), (0, 1), (0, 2)}, the cosets w^i C on every level (i < t) and
 * the transversals w^i (1, w^2t, w^4t) for i in [t, 2t), [3t, 4t) and [5t, 6t); its q translates are q rounds. Each
 * of the other 3t transversals w^i (1, w^2t, w^4t) gives one more round: its q translates.
 */
final class KirkmanColumns {
  private KirkmanColumns() {}

  /** Returns q when k = 3 and v = 3q with q a prime power, q = 1 (mod 6), else 0. */
  static int order(int v, int k) {
    if (k != 3 || v % 3 != 0 || v / 3 % 6 != 1) {
      return 0;
    }
    return Field.of(v / 3) != null ? v / 3 : 0;
  }

  /** Returns the Kirkman triple system on v = 3q points, or null when v is not of that form. */
  static Resolvable of(int v, int k) {
    int q = order(v, k);
    if (q == 0) {
      return null;
    }
    Field field = Field.of(q);
    int[] power = field.powers();
    int t = (q - 1) / 6;
    int[] base = new int[v];
    int tables = 1;
    for (int level = 0; level < 3; level++) {
      for (int i = 0; i < t; i++, tables++) {
        for (int c = 0; c < 3; c++) {
          base[level * q + power[i + 2 * t * c]] = tables;
        }
      }
    }
    int[][] table = new int[q + 3 * t][v];
    int extra = q;
    for (int i = 0; i < 6 * t; i++) {
      if (i / t % 2 == 1) {
        for (int level = 0; level < 3; level++) {
          base[level * q + power[(i + 2 * t * level) % (6 * t)]] = tables;
        }
        tables++;
      } else {
        for (int level = 0; level < 3; level++) {
          int x = power[(i + 2 * t * level) % (6 * t)];
          for (int y = 0; y < q; y++) {
            table[extra][level * q + y] = field.add(y, field.negate(x));
          }
        }
        extra++;
      }
    }
    for (int s = 0; s < q; s++) {
      for (int level = 0; level < 3; level++) {
        for (int x = 0; x < q; x++) {
          table[s][level * q + field.add(x, s)] = base[level * q + x];
        }
      }
    }
    return new Resolvable(3, v, table);
  }
}
