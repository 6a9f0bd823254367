package nl.opgave.workshop.rotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Zero-repeat rounds from one base round and a cyclic group with fixed points: the points are Z_w x {0..c-1}
 * (c classes of w) plus f fixed points, w c + f = t k with f <= t, and the base round, one seating of t tables of k,
 * is developed by adding i in Z_w to every point of a class (fixed points stay), which gives w rounds. No pair meets
 * twice when the fixed points sit at different tables, the tablemates of each fixed point lie in different classes,
 * and for every ordered pair of classes (x, y) the differences b - a (mod w) of the pairs {(a, x), (b, y)} at one
 * table of the base round are all different, where a difference within a class counts as its negative too and w / 2
 * (w even, an orbit of half length) is not allowed. The fixed points keep their tables in every round and carry the
 * hosts. 10-5-9 (w = 9, c = 5, f = 5, the best-known count for 50 people in fives) comes out this way, and so do
 * 11-4-13 (13 * 3 + 5) and 12-4-14 (14 * 3 + 6). The base round is found by tabu search over the pairs in orbits
 * used more than once: every swap of a conflicting point with a point at another table is weighed, a point may not
 * return to a table it just left, and a few random swaps follow 2,000 steps without improvement. It runs on the
 * shapes (w, c, f) with w = rounds (w = rounds + 1 where none fits) that pass the counting conditions, up to 400
 * people; attempts take turns over the shapes with step budgets that double each turn and seeds derived from the
 * sizes only; an attempt a deadline cuts off goes on in the next call for the same sizes, so the design never
 * depends on a request's seed or on where deadlines fell (only whether it turns up in time depends on the machine).
 */
final class FixedPointDesign {
  private static final long BUDGET = 20_000;
  private static final int TENURE = 4;
  private static final int MAX_POINTS = 400;
  private static final int MAX_SHAPES = 4;

  private final int w;
  private final int c;
  private final int f;
  private final int t;
  private final int k;
  private final int z;
  private final int n;
  private final int[] orbit;
  private final int[] orbitCount;
  private final int[] tableOf;
  private final int[] members;
  private final int[] slot;
  private final SplittableRandom random;
  private long cost;
  private long[] tabu;
  private long steps;
  private long best;
  private long since;

  private FixedPointDesign(int w, int c, int f, int t, int k, SplittableRandom random) {
    this.w = w;
    this.c = c;
    this.f = f;
    this.t = t;
    this.k = k;
    this.random = random;
    z = w * c;
    n = z + f;
    orbit = new int[n * n];
    int internal = 1;
    int mixed = internal + c * (w / 2);
    int fixed = mixed + c * c * w;
    orbitCount = new int[fixed + f * c];
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < n; q++) {
        int id;
        if (p >= z && q >= z) {
          id = 0;
        } else if (p >= z || q >= z) {
          id = fixed + (Math.max(p, q) - z) * c + Math.min(p, q) / w;
        } else if (p / w == q / w) {
          int d = Math.floorMod(q - p, w);
          int e = Math.min(d, w - d);
          id = d == 0 || 2 * e == w ? 0 : internal + p / w * (w / 2) + e - 1;
        } else {
          int x = Math.min(p, q);
          int y = Math.max(p, q);
          id = mixed + (x / w * c + y / w) * w + Math.floorMod(y - x, w);
        }
        orbit[p * n + q] = id;
      }
    }
    tableOf = new int[n];
    members = new int[t * k];
    slot = new int[n];
    int[] count = new int[t];
    for (int j = 0; j < f; j++) {
      place(z + j, j, count);
    }
    int[] order = new int[z];
    for (int i = 0; i < z; i++) {
      order[i] = i;
    }
    for (int i = z - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int v = order[i];
      order[i] = order[j];
      order[j] = v;
    }
    int next = 0;
    for (int b = 0; b < t; b++) {
      while (count[b] < k) {
        place(order[next++], b, count);
      }
    }
  }

  private void place(int p, int b, int[] count) {
    for (int i = 0; i < count[b]; i++) {
      add(orbit[p * n + members[b * k + i]], 1);
    }
    members[b * k + count[b]] = p;
    slot[p] = count[b]++;
    tableOf[p] = b;
  }

  private void add(int o, int delta) {
    int before = orbitCount[o];
    int after = before + delta;
    orbitCount[o] = after;
    int capacity = o == 0 ? 0 : 1;
    cost += Math.max(0, after - capacity) - Math.max(0, before - capacity);
  }

  private void swap(int p, int q) {
    exchange(p, q, 1);
    int a = tableOf[p];
    int b = tableOf[q];
    int sp = slot[p];
    int sq = slot[q];
    members[a * k + sp] = q;
    members[b * k + sq] = p;
    slot[p] = sq;
    slot[q] = sp;
    tableOf[p] = b;
    tableOf[q] = a;
  }

  private long delta(int p, int q) {
    long before = cost;
    exchange(p, q, 1);
    long delta = cost - before;
    exchange(p, q, -1);
    return delta;
  }

  private void exchange(int p, int q, int sign) {
    int a = tableOf[p] * k;
    int b = tableOf[q] * k;
    for (int i = 0; i < k; i++) {
      int x = members[a + i];
      if (x != p) {
        add(orbit[p * n + x], -sign);
        add(orbit[q * n + x], sign);
      }
      int y = members[b + i];
      if (y != q) {
        add(orbit[q * n + y], -sign);
        add(orbit[p * n + y], sign);
      }
    }
  }

  private boolean conflicted(int p) {
    int b = tableOf[p];
    for (int i = 0; i < k; i++) {
      int x = members[b * k + i];
      if (x != p) {
        int o = orbit[p * n + x];
        if (o == 0 || orbitCount[o] > 1) {
          return true;
        }
      }
    }
    return false;
  }

  /** Goes on with the tabu search where a deadline stopped it; returns whether the base round is found. */
  private boolean search(long budget, int tenure, long deadline) {
    if (tabu == null) {
      tabu = new long[z * t];
      best = cost;
    }
    int[] candidates = new int[z];
    while (steps < budget && cost > 0) {
      if (Pulse.now() - deadline > 0) {
        return false;
      }
      long it = ++steps;
      int found = 0;
      for (int p = 0; p < z; p++) {
        if (conflicted(p)) {
          candidates[found++] = p;
        }
      }
      long bestDelta = Long.MAX_VALUE;
      int mp = -1;
      int mq = -1;
      int ties = 0;
      for (int ci = 0; ci < found; ci++) {
        int p = candidates[ci];
        for (int q = 0; q < z; q++) {
          if (tableOf[q] == tableOf[p]) {
            continue;
          }
          long before = cost;
          long delta = delta(p, q);
          if ((tabu[p * t + tableOf[q]] > it || tabu[q * t + tableOf[p]] > it) && before + delta >= best) {
            continue;
          }
          if (delta < bestDelta) {
            bestDelta = delta;
            mp = p;
            mq = q;
            ties = 1;
          } else if (delta == bestDelta && random.nextInt(++ties) == 0) {
            mp = p;
            mq = q;
          }
        }
      }
      if (mp >= 0) {
        tabu[mp * t + tableOf[mp]] = it + tenure / 2 + random.nextInt(tenure);
        tabu[mq * t + tableOf[mq]] = it + tenure / 2 + random.nextInt(tenure);
        swap(mp, mq);
      }
      if (cost < best) {
        best = cost;
        since = it;
      } else if (it - since > 2000) {
        for (int s = 0; s < 3; s++) {
          int a = random.nextInt(z);
          int b = random.nextInt(z);
          if (tableOf[a] != tableOf[b]) {
            swap(a, b);
          }
        }
        best = cost;
        since = it;
      }
    }
    return cost == 0;
  }

  private int[][] develop(int rounds, int[] label) {
    int[][] design = new int[rounds + 1][n];
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < z; p++) {
        design[r][p / w * w + (p % w + r) % w] = label[tableOf[p]];
      }
      for (int j = 0; j < f; j++) {
        design[r][z + j] = label[j];
      }
    }
    Arrays.fill(design[rounds], -1);
    for (int j = 0; j < f; j++) {
      design[rounds][z + j] = label[j];
    }
    return design;
  }

  /**
   * The shapes {w, c, f} for t tables of k and the rounds asked that pass the counting conditions: f <= t fixed
   * points, at least as many as hosts, c >= k - 1 classes when f > 0, and enough orbits for the pairs of one round.
   */
  static List<int[]> shapes(int t, int k, int rounds, int hosts) {
    int n = t * k;
    List<int[]> shapes = new ArrayList<>();
    if (k < 2 || rounds < 2 || n > MAX_POINTS || (long) rounds * (k - 1) > n - 1) {
      return shapes;
    }
    for (int w = rounds; shapes.isEmpty() && w <= rounds + 1 && (long) w * (k - 1) <= n - 1; w++) {
      for (int c = n / w; c >= 1 && shapes.size() < MAX_SHAPES; c--) {
        int f = n - w * c;
        if (f > t) {
          break;
        }
        if (f < hosts || f > 0 && c < k - 1) {
          continue;
        }
        long orbits = (long) c * ((w - 1) / 2) + (long) c * (c - 1) / 2 * w + (long) f * c;
        if (orbits >= (long) t * k * (k - 1) / 2) {
          shapes.add(new int[] {w, c, f});
        }
      }
    }
    return shapes;
  }

  /** The attempts {@link #find} made for one set of sizes, and the one under way when a deadline stopped it. */
  static final class Progress {
    private int[] sizes;
    private int attempts;
    private FixedPointDesign current;
  }

  private static int[] sizes(int t, int k, int rounds, int[] hostTables) {
    int[] sizes = Arrays.copyOf(hostTables, hostTables.length + 3);
    sizes[hostTables.length] = t;
    sizes[hostTables.length + 1] = k;
    sizes[hostTables.length + 2] = rounds;
    return sizes;
  }

  /**
   * Returns table[round][point] for rounds 0..rounds-1, followed by a row with the table of every fixed point (-1
   * for points that move), or null when the sizes have no shape or no base round turned up before the deadline.
   *
   * @param hostTables the tables whose hosts must be fixed points, all different
   * @param progress where an earlier call for the same sizes stopped, the attempt cut off by its deadline included;
   *     this call goes on from there, so the design found does not depend on where deadlines fell
   */
  static int[][] find(int t, int k, int rounds, int[] hostTables, long deadline, Progress progress) {
    boolean[] hosted = new boolean[t];
    for (int table : hostTables) {
      if (hosted[table]) {
        return null;
      }
      hosted[table] = true;
    }
    int[] label = new int[t];
    int next = hostTables.length;
    for (int b = 0; b < t; b++) {
      if (b < hostTables.length) {
        label[b] = hostTables[b];
      }
      if (!hosted[b]) {
        label[next++] = b;
      }
    }
    List<int[]> shapes = shapes(t, k, rounds, hostTables.length);
    int[] sizes = sizes(t, k, rounds, hostTables);
    if (!Arrays.equals(progress.sizes, sizes)) {
      progress.sizes = sizes;
      progress.attempts = 0;
      progress.current = null;
    }
    for (; !shapes.isEmpty() && Pulse.now() - deadline < 0; progress.attempts++) {
      int attempt = progress.attempts;
      int[] shape = shapes.get(attempt % shapes.size());
      int turn = attempt / shapes.size();
      long seed = ((t * 131L + k) * 131L + shape[0]) * 131L + shape[2] + 0x9E3779B97F4A7C15L * (turn + 1);
      FixedPointDesign design = progress.current != null ? progress.current
          : new FixedPointDesign(shape[0], shape[1], shape[2], t, k, new SplittableRandom(seed));
      progress.current = design;
      if (design.search(BUDGET << Math.min(turn, 10), TENURE, deadline)) {
        progress.current = null;
        return design.develop(rounds, label);
      }
      if (Pulse.now() - deadline >= 0) {
        return null;
      }
      progress.current = null;
    }
    return null;
  }
}
