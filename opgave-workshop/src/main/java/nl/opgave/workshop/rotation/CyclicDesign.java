package nl.opgave.workshop.rotation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Searches a 1-rotational resolvable design: points Z_m x {0..L-1} plus F fixed points, and B base rounds whose
 * pairs all lie in different orbits under x -> x + 1 (mod m); developing each base round m times gives B * m
 * rounds without any repeat. Kirkman's 15 schoolgirls (m = 7, L = 2, F = 1), 6-4-7 (7, 3, 3), 8-4-9 (9, 3, 5) and
 * 10-4-10 (10, 4, 0) come out at once (8-4-10 is left to {@link PairedDesign}). Fixed
 * points never move and carry the hosts. The base rounds are found by a small tabu search on orbit collisions.
 */
final class CyclicDesign {
  private final int m;
  private final int levels;
  private final int fixedPoints;
  private final int bases;
  private final int blocks;
  private final int size;
  private final int points;
  private final int[] orbit;
  private final int[] capacity;
  private final int[] block;
  private final int[] members;
  private final int[] count;
  private final int[] slot;
  private final int[] orbitCount;
  private final SplittableRandom random;
  private long cost;

  private CyclicDesign(int m, int levels, int fixedPoints, int bases, int blocks, int size, int[] fixedBlock,
      SplittableRandom random) {
    this.m = m;
    this.levels = levels;
    this.fixedPoints = fixedPoints;
    this.bases = bases;
    this.blocks = blocks;
    this.size = size;
    this.random = random;
    points = m * levels + fixedPoints;
    orbit = new int[points * points];
    int orbits = buildOrbits();
    capacity = new int[orbits + 1];
    Arrays.fill(capacity, 1);
    capacity[orbits] = 0;
    for (int i = 0; i < orbit.length; i++) {
      if (orbit[i] < 0) {
        orbit[i] = orbits;
      }
    }
    orbitCount = new int[orbits + 1];
    block = new int[bases * points];
    members = new int[bases * blocks * size];
    count = new int[bases * blocks];
    slot = new int[bases * points];
    int z = m * levels;
    int[] order = new int[z];
    for (int b = 0; b < bases; b++) {
      for (int i = 0; i < z; i++) {
        order[i] = i;
      }
      for (int i = z - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int v = order[i];
        order[i] = order[j];
        order[j] = v;
      }
      for (int a = 0; a < fixedPoints; a++) {
        place(b, z + a, fixedBlock[a]);
      }
      int next = 0;
      for (int k = 0; k < blocks; k++) {
        while (count[b * blocks + k] < size) {
          place(b, order[next++], k);
        }
      }
    }
  }

  private static boolean excluded(int m, int d, int i, int j) {
    return d == 0 && i == j || m % 2 == 0 && d == m / 2 && i == j;
  }

  private int buildOrbits() {
    int id = 0;
    int[] zOrbit = new int[m * levels * levels];
    Arrays.fill(zOrbit, -2);
    for (int d = 0; d < m; d++) {
      for (int i = 0; i < levels; i++) {
        for (int j = 0; j < levels; j++) {
          int key = (d * levels + i) * levels + j;
          if (zOrbit[key] != -2) {
            continue;
          }
          int value = excluded(m, d, i, j) ? -1 : id++;
          zOrbit[key] = value;
          zOrbit[(((m - d) % m) * levels + j) * levels + i] = value;
        }
      }
    }
    int z = m * levels;
    int infStart = id;
    id += fixedPoints * levels;
    for (int p = 0; p < points; p++) {
      for (int q = 0; q < points; q++) {
        int value;
        if (p == q || p >= z && q >= z) {
          value = -1;
        } else if (p >= z) {
          value = infStart + (p - z) * levels + q / m;
        } else if (q >= z) {
          value = infStart + (q - z) * levels + p / m;
        } else {
          int d = Math.floorMod(q % m - p % m, m);
          value = zOrbit[(d * levels + p / m) * levels + q / m];
        }
        orbit[p * points + q] = value;
      }
    }
    return id;
  }

  static long orbitCount(int m, int levels, int fixed) {
    long total = 0;
    for (int d = 0; d < m; d++) {
      for (int i = 0; i < levels; i++) {
        for (int j = 0; j < levels; j++) {
          if (!excluded(m, d, i, j)) {
            total++;
          }
        }
      }
    }
    return total / 2 + (long) fixed * levels;
  }

  private void place(int b, int p, int k) {
    int bk = b * blocks + k;
    int base = bk * size;
    for (int i = 0; i < count[bk]; i++) {
      add(orbit[p * points + members[base + i]], 1);
    }
    members[base + count[bk]] = p;
    slot[b * points + p] = count[bk]++;
    block[b * points + p] = k;
  }

  private void add(int o, int delta) {
    int before = orbitCount[o];
    int after = before + delta;
    orbitCount[o] = after;
    cost += Math.max(0, after - capacity[o]) - Math.max(0, before - capacity[o]);
  }

  private void swap(int b, int p, int q) {
    int a = block[b * points + p];
    int c = block[b * points + q];
    int ba = (b * blocks + a) * size;
    int bc = (b * blocks + c) * size;
    for (int i = 0; i < size; i++) {
      int x = members[ba + i];
      if (x != p) {
        add(orbit[p * points + x], -1);
        add(orbit[q * points + x], 1);
      }
      int y = members[bc + i];
      if (y != q) {
        add(orbit[q * points + y], -1);
        add(orbit[p * points + y], 1);
      }
    }
    int sp = slot[b * points + p];
    int sq = slot[b * points + q];
    members[ba + sp] = q;
    members[bc + sq] = p;
    slot[b * points + p] = sq;
    slot[b * points + q] = sp;
    block[b * points + p] = c;
    block[b * points + q] = a;
  }

  private boolean search(long budget, long deadline) {
    int z = m * levels;
    int[] tabu = new int[bases * points];
    long bestCost = cost;
    long lastImprovement = 0;
    int[] candidates = new int[bases * z];
    for (long it = 1; it <= budget && cost > 0; it++) {
      if ((it & 63) == 0 && Pulse.now() > deadline) {
        return false;
      }
      int found = 0;
      for (int b = 0; b < bases; b++) {
        for (int p = 0; p < z; p++) {
          int base = (b * blocks + block[b * points + p]) * size;
          for (int i = 0; i < size; i++) {
            int x = members[base + i];
            int o = orbit[p * points + x];
            if (x != p && orbitCount[o] > capacity[o]) {
              candidates[found++] = b * points + p;
              break;
            }
          }
        }
      }
      long bestDelta = Long.MAX_VALUE;
      int bb = -1;
      int bp = -1;
      int bq = -1;
      int ties = 0;
      for (int c = 0; c < found; c++) {
        int b = candidates[c] / points;
        int p = candidates[c] % points;
        int bpIndex = b * points;
        for (int q = 0; q < z; q++) {
          if (block[bpIndex + q] == block[bpIndex + p]) {
            continue;
          }
          long before = cost;
          swap(b, p, q);
          long delta = cost - before;
          swap(b, p, q);
          if ((tabu[bpIndex + p] > it || tabu[bpIndex + q] > it) && before + delta >= bestCost) {
            continue;
          }
          if (delta < bestDelta) {
            bestDelta = delta;
            bb = b;
            bp = p;
            bq = q;
            ties = 1;
          } else if (delta == bestDelta && random.nextInt(++ties) == 0) {
            bb = b;
            bp = p;
            bq = q;
          }
        }
      }
      if (bp >= 0) {
        swap(bb, bp, bq);
        tabu[bb * points + bp] = (int) it + 2 + random.nextInt(8);
        tabu[bb * points + bq] = (int) it + 2 + random.nextInt(8);
      }
      if (cost < bestCost) {
        bestCost = cost;
        lastImprovement = it;
      } else if (bp < 0 || it - lastImprovement > 400) {
        for (int s = 0; s < 3; s++) {
          int b = random.nextInt(bases);
          int p = random.nextInt(z);
          int q = random.nextInt(z);
          if (block[b * points + p] != block[b * points + q]) {
            swap(b, p, q);
          }
        }
        Arrays.fill(tabu, 0);
        lastImprovement = it;
      }
    }
    return cost == 0;
  }

  private long nodes;
  private long nodeLimit;
  private int[] order;
  private boolean[] placedPoint;

  /** Exact depth-first search with randomised value order, used for tight shapes where tabu search stalls. */
  private boolean exact(long limit, long deadline) {
    int z = m * levels;
    Arrays.fill(orbitCount, 0);
    for (int b = 0; b < bases; b++) {
      for (int k = 0; k < blocks; k++) {
        int bk = b * blocks + k;
        int kept = 0;
        for (int i = 0; i < count[bk]; i++) {
          int x = members[bk * size + i];
          if (x >= z) {
            members[bk * size + kept++] = x;
          }
        }
        count[bk] = kept;
      }
    }
    order = new int[z];
    for (int i = 0; i < z; i++) {
      order[i] = i;
    }
    for (int i = z - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int v = order[i];
      order[i] = order[j];
      order[j] = v;
    }
    nodes = 0;
    nodeLimit = limit;
    placedPoint = new boolean[bases * z];
    boolean ok = fillBase(0, deadline);
    cost = ok ? 0 : 1;
    return ok;
  }

  private boolean fillBase(int b, long deadline) {
    if (b == bases) {
      return true;
    }
    return fillBlock(b, 0, deadline);
  }

  private boolean fillBlock(int b, int k, long deadline) {
    if (k == blocks) {
      return fillBase(b + 1, deadline);
    }
    int bk = b * blocks + k;
    if (count[bk] == size) {
      return fillBlock(b, k + 1, deadline);
    }
    if (++nodes > nodeLimit || (nodes & 1023) == 0 && Pulse.now() > deadline) {
      return false;
    }
    int z = m * levels;
    boolean symmetric = count[bk] == 0;
    int lastFree = -1;
    for (int i = 0; i < count[bk]; i++) {
      if (members[bk * size + i] < z) {
        lastFree = Math.max(lastFree, position(members[bk * size + i]));
      }
    }
    for (int pos = lastFree + 1; pos < z; pos++) {
      int p = order[pos];
      if (placedPoint[b * z + p]) {
        continue;
      }
      boolean ok = true;
      int base = bk * size;
      for (int i = 0; i < count[bk] && ok; i++) {
        int o = orbit[p * points + members[base + i]];
        ok = orbitCount[o] < capacity[o];
      }
      if (ok) {
        for (int i = 0; i < count[bk]; i++) {
          orbitCount[orbit[p * points + members[base + i]]]++;
        }
        for (int i = 0; i < count[bk]; i++) {
          int o = orbit[p * points + members[base + i]];
          if (orbitCount[o] > capacity[o]) {
            ok = false;
          }
        }
        if (ok) {
          members[base + count[bk]] = p;
          slot[b * points + p] = count[bk]++;
          block[b * points + p] = k;
          placedPoint[b * z + p] = true;
          if (fillBlock(b, k, deadline)) {
            return true;
          }
          placedPoint[b * z + p] = false;
          count[bk]--;
        }
        for (int i = 0; i < count[bk]; i++) {
          orbitCount[orbit[p * points + members[base + i]]]--;
        }
      }
      if (symmetric) {
        break;
      }
      if (nodes > nodeLimit) {
        return false;
      }
    }
    return false;
  }

  private int position(int p) {
    for (int i = 0; i < order.length; i++) {
      if (order[i] == p) {
        return i;
      }
    }
    return -1;
  }

  private int[][] develop(int rounds) {
    int[][] design = new int[rounds + 1][points];
    int z = m * levels;
    for (int round = 0; round < rounds; round++) {
      int b = round / m;
      int r = round % m;
      for (int p = 0; p < points; p++) {
        int shifted = p >= z ? p : (p / m) * m + (p % m + r) % m;
        design[round][shifted] = block[b * points + p];
      }
    }
    Arrays.fill(design[rounds], -1);
    for (int a = 0; a < fixedPoints; a++) {
      design[rounds][z + a] = block[z + a];
    }
    return design;
  }

  /**
   * Returns table[round][point] for rounds 0..rounds-1, followed by a row with the table of every fixed point
   * (-1 for points that move), or null when no 1-rotational design was found within the budget.
   *
   * @param hostTables the tables whose hosts must be fixed points
   */
  static int[][] find(int tables, int size, int rounds, int[] hostTables, long seed, long budget, long deadline) {
    int n = tables * size;
    java.util.List<int[]> shapes = new java.util.ArrayList<>();
    for (int bases = 1; bases <= 4; bases++) {
      int from = (rounds + bases - 1) / bases;
      int to = bases == 1 ? n : (rounds + bases - 2) / (bases - 1) - 1;
      for (int m = Math.max(from, 2); m <= Math.min(to, n); m++) {
        for (int fixed = hostTables.length; fixed <= tables && fixed < n; fixed++) {
          if ((n - fixed) % m != 0) {
            continue;
          }
          int levels = (n - fixed) / m;
          if (fixed > 0 && size - 1 > levels || m * levels < size) {
            continue;
          }
          long needed = (long) bases * tables * size * (size - 1) / 2;
          if (needed <= orbitCount(m, levels, fixed)) {
            shapes.add(new int[] {m, levels, fixed, bases});
          }
        }
      }
    }
    long spent = 0;
    for (long share = 1_000; spent < budget && !shapes.isEmpty(); share *= 4) {
      for (int[] shape : shapes) {
        if (spent >= budget || Pulse.now() > deadline) {
          return null;
        }
        int m = shape[0];
        int levels = shape[1];
        int fixed = shape[2];
        int bases = shape[3];
        for (int attempt = 0; attempt < 2; attempt++) {
          CyclicDesign design = new CyclicDesign(m, levels, fixed, bases, tables, size,
              fixedBlocks(tables, fixed, hostTables),
              new SplittableRandom(seed * 31 + m * 7L + fixed * 3L + share + attempt));
          long used = Math.min(share, budget - spent);
          boolean ok = attempt == 0 ? design.search(used, deadline) : design.exact(used * 50, deadline);
          spent += used;
          if (ok) {
            return design.develop(rounds);
          }
        }
      }
    }
    return null;
  }

  private static int[] fixedBlocks(int tables, int fixed, int[] hostTables) {
    int[] fixedBlock = new int[fixed];
    boolean[] used = new boolean[tables];
    for (int a = 0; a < hostTables.length; a++) {
      fixedBlock[a] = hostTables[a];
      used[hostTables[a]] = true;
    }
    int next = 0;
    for (int a = hostTables.length; a < fixed; a++) {
      while (used[next]) {
        next++;
      }
      fixedBlock[a] = next;
      used[next] = true;
    }
    return fixedBlock;
  }
}
