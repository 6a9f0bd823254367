package nl.opgave.workshop.rotation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Zero-repeat rounds for 2m people in tables of k, everyone meeting everyone but one partner: a resolvable group
 * divisible design of type 2^m. People come in m pairs; a resolvable design on the pairs and a relabelled copy of it
 * that shares no three pairs at one table make every two pairs sit together twice; each table of pairs splits into
 * two tables by signs that solve a linear system over GF(2), so that two pairs meet once on equal signs and once
 * across. 8-4-10 comes out of two affine planes of order 4, 6-3-8 of two of order 3. With an odd table size the
 * signs exist only when the number of pairs of pairs is even (each table's signs add up to zero), so 10-3-14 is
 * left to the other constructions.
 */
final class PairedDesign {
  private static final int ATTEMPTS = 64;
  private static final int STEPS = 20_000;
  private static final long TIME_SHARE = 2_000_000_000L;

  private final int pairs;
  private final int k;
  private final int blocks;
  private final int baseRounds;
  private final int[][] first;
  private final int[] blockOf;

  private PairedDesign(int pairs, int k, int[][] base, int baseRounds) {
    this.pairs = pairs;
    this.k = k;
    this.blocks = pairs / k;
    this.baseRounds = baseRounds;
    this.first = members(base, baseRounds, blocks, k);
    blockOf = new int[pairs * pairs];
    for (int b = 0; b < first.length; b++) {
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          blockOf[first[b][i] * pairs + first[b][j]] = b;
        }
      }
    }
  }

  /**
   * Returns table[round][person] for t tables of k, followed by a row of -1 (nobody stays), or null when the sizes
   * do not fit or no signing was found within the budget.
   */
  static int[][] find(int t, int k, int rounds, long seed, long deadline) {
    int n = t * k;
    if (k < 2 || n % 2 != 0 || t % 2 != 0 || (n / 2 - 1) % (k - 1) != 0) {
      return null;
    }
    int pairs = n / 2;
    int baseRounds = (pairs - 1) / (k - 1);
    if (rounds <= baseRounds || rounds > 2 * baseRounds
        || k % 2 == 1 && (long) pairs * (pairs - 1) / 2 % 2 == 1) {
      return null;
    }
    long now = Pulse.now();
    long until = now + Math.min(TIME_SHARE, Math.max(0, deadline - now) / 4);
    int[][] base = Constructions.design(t / 2, k, baseRounds, false);
    if (base == null) {
      base = CyclicDesign.find(t / 2, k, baseRounds, new int[0], seed, 20_000, until);
    }
    if (base == null || !complete(base, t / 2, k, baseRounds)) {
      return null;
    }
    PairedDesign design = new PairedDesign(pairs, k, base, baseRounds);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int attempt = 0; attempt < ATTEMPTS && Pulse.now() < until; attempt++) {
      int[] relabel = design.relabelling(random, until);
      if (relabel == null) {
        continue;
      }
      int[][] second = new int[design.first.length][];
      for (int b = 0; b < second.length; b++) {
        second[b] = new int[k];
        for (int i = 0; i < k; i++) {
          second[b][i] = relabel[design.first[b][i]];
        }
      }
      int[] signs = design.signs(second);
      if (signs != null) {
        return design.develop(second, signs, rounds);
      }
    }
    return null;
  }

  private static boolean complete(int[][] base, int t, int k, int rounds) {
    for (int r = 0; r < rounds; r++) {
      int[] count = new int[t];
      for (int cell = 0; cell < t * k; cell++) {
        if (base[r][cell] < 0 || ++count[base[r][cell]] > k) {
          return false;
        }
      }
    }
    return true;
  }

  private static int[][] members(int[][] base, int rounds, int t, int k) {
    int points = t * k;
    int[][] members = new int[rounds * t][k];
    int[] count = new int[rounds * t];
    for (int r = 0; r < rounds; r++) {
      for (int cell = 0; cell < points; cell++) {
        int b = r * t + base[r][cell];
        members[b][count[b]++] = cell;
      }
    }
    return members;
  }

  private int[] relabelling(SplittableRandom random, long deadline) {
    int[] relabel = new int[pairs];
    for (int i = 0; i < pairs; i++) {
      relabel[i] = i;
    }
    for (int i = pairs - 1; i > 0; i--) {
      swap(relabel, i, random.nextInt(i + 1));
    }
    if (k < 3) {
      return relabel;
    }
    int cost = sharedTriples(relabel);
    for (int step = 0; step < STEPS && cost > 0; step++) {
      if ((step & 255) == 0 && Pulse.now() > deadline) {
        return null;
      }
      int i = random.nextInt(pairs);
      int j = random.nextInt(pairs);
      swap(relabel, i, j);
      int next = sharedTriples(relabel);
      if (next <= cost || random.nextInt(20) == 0) {
        cost = next;
      } else {
        swap(relabel, i, j);
      }
    }
    return cost == 0 ? relabel : null;
  }

  private int sharedTriples(int[] relabel) {
    int cost = 0;
    int[] seen = new int[k * k];
    for (int[] block : first) {
      int distinct = 0;
      for (int i = 0; i < k; i++) {
        for (int j = i + 1; j < k; j++) {
          int other = blockOf[relabel[block[i]] * pairs + relabel[block[j]]];
          int at = 0;
          while (at < distinct && seen[2 * at] != other) {
            at++;
          }
          if (at == distinct) {
            seen[2 * at] = other;
            seen[2 * at + 1] = 0;
            distinct++;
          }
          if (++seen[2 * at + 1] == 3) {
            cost++;
          }
        }
      }
    }
    return cost;
  }

  private int[] signs(int[][] second) {
    int variables = 2 * first.length * k;
    int words = (variables + 1 + 63) / 64;
    int[] firstSlot = new int[pairs * pairs];
    int[] secondSlot = new int[pairs * pairs];
    slots(first, 0, firstSlot);
    slots(second, first.length * k, secondSlot);
    long[][] pivots = new long[variables][];
    for (int g = 0; g < pairs; g++) {
      for (int h = g + 1; h < pairs; h++) {
        long[] row = new long[words];
        flip(row, firstSlot[g * pairs + h]);
        flip(row, firstSlot[h * pairs + g]);
        flip(row, secondSlot[g * pairs + h]);
        flip(row, secondSlot[h * pairs + g]);
        flip(row, variables);
        if (!reduce(row, pivots, variables)) {
          return null;
        }
      }
    }
    int[] value = new int[variables];
    for (int v = variables - 1; v >= 0; v--) {
      long[] row = pivots[v];
      if (row == null) {
        continue;
      }
      int x = bit(row, variables);
      for (int u = v + 1; u < variables; u++) {
        if (bit(row, u) == 1) {
          x ^= value[u];
        }
      }
      value[v] = x;
    }
    return value;
  }

  private void slots(int[][] design, int offset, int[] slot) {
    for (int b = 0; b < design.length; b++) {
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          if (i != j) {
            slot[design[b][i] * pairs + design[b][j]] = offset + b * k + i;
          }
        }
      }
    }
  }

  private static boolean reduce(long[] row, long[][] pivots, int variables) {
    for (int v = 0; v < variables; v++) {
      if (bit(row, v) == 0) {
        continue;
      }
      if (pivots[v] == null) {
        pivots[v] = row;
        return true;
      }
      for (int w = 0; w < row.length; w++) {
        row[w] ^= pivots[v][w];
      }
    }
    return bit(row, variables) == 0;
  }

  private static void flip(long[] row, int v) {
    row[v >>> 6] ^= 1L << (v & 63);
  }

  private static int bit(long[] row, int v) {
    return (int) (row[v >>> 6] >>> (v & 63)) & 1;
  }

  private static void swap(int[] values, int i, int j) {
    int v = values[i];
    values[i] = values[j];
    values[j] = v;
  }

  private int[][] develop(int[][] second, int[] signs, int rounds) {
    int[][] design = new int[rounds + 1][2 * pairs];
    for (int r = 0; r < rounds; r++) {
      boolean copy = r >= baseRounds;
      int[][] source = copy ? second : first;
      int offset = copy ? first.length * k : 0;
      int round = copy ? r - baseRounds : r;
      for (int b = 0; b < blocks; b++) {
        int block = round * blocks + b;
        for (int i = 0; i < k; i++) {
          int pair = source[block][i];
          int sign = signs[offset + block * k + i];
          design[r][2 * pair] = 2 * b + sign;
          design[r][2 * pair + 1] = 2 * b + 1 - sign;
        }
      }
    }
    Arrays.fill(design[rounds], -1);
    return design;
  }
}
