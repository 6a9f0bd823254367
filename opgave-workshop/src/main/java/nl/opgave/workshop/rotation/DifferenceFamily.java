package nl.opgave.workshop.rotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Resolvable designs from a base round whose pairs cover every difference of a group once, developed by the group's
 * translations: points are the group's elements on L levels plus fixed points.
 * <ul>
 *   <li>{@link #rotational}: 1-rotational (v, k, 1) designs, v = (k - 1) q + 1, L = k - 1, for an odd prime power q
 *       with k dividing (k - 1)(q - 1): the fixed point sits with the zeros of all levels, the other tables of the
 *       base round are orbits of a multiplier group H of odd order (Buratti's radical families when H is large),
 *       times the cyclic shift of the levels where k divides (q - 1) / |H|.
 *       Kirkman triple systems for q = 1 (mod 6) (15, 27, 39, 51, 63, ...), resolvable (v, 4, 1) designs for
 *       q = 1 (mod 4) (16, 28, 40, 52, 76, ...); {@link Resolvable#of} builds these two directly
 *       ({@link FieldRotational}) and searches for k >= 5 (v = 4q + 1, q = 1 (mod 5): 45, 165, 245, ...).
 *   <li>{@link #pyramidal}: 3-pyramidal Kirkman triple systems, v = 2q + 3, q = 3^e: three fixed points, each with one
 *       point of each level in the base round, and one extra round that the translations fix: the fixed points
 *       together and the cosets of a subgroup of order 3 on each level (21, 57, 165, ...).
 *   <li>{@link #cyclic}: 1-rotational (v, k, 1) designs over Z_(v-1) or another abelian group of order v - 1 for
 *       every v with (v - 1) / (k - 1) = 1 (mod k), which is every admissible size for k = 3, 4, 5 (the search is
 *       what may fail: 45 in fives is an open case; Kirkman systems with v = 15, 21 (mod 24) have no 1-rotational
 *       form at all: a group of order v - 1 with one involution has a subgroup of index 2, the differences outside
 *       it and outside S number 2 (mod 4), and every triple has 0 or 4 of them).
 * </ul>
 * The base round is found by depth-first search with randomised order, restarted with node limits cycling from 2,000
 * to 128,000 and fixed seeds (alternating over the multiplier groups) until it succeeds, the call's budget of nodes
 * is spent or the deadline passes; the caller's work counter (attempts, nodes) lets a later call go on where an
 * earlier one stopped, and since only the deadline cuts an attempt short, the result does not depend on the clock.
 */
final class DifferenceFamily {
  private static final long NODES = 2_000;
  private static final int MAX_ORDER = 1_024;

  private final int q;
  private final int levels;
  private final int k;
  private final int[] add;
  private final int[] negative;
  private final int[] multiplier;
  private final int[] factor;
  private final int[] pointOf;
  private final int[] levelOf;
  private final int shifts;
  private final int[] product;
  private final boolean[] used;
  private final int[] itemLevel;
  private final int[] itemBase;
  private final boolean[] itemUsed;
  private final boolean[] shortBlock;
  private final int[] blockLevel;
  private final int[] blockPoint;
  private int blockCount;
  private final SplittableRandom random;
  private int[] order;
  private long nodes;
  private long nodeLimit;
  private long deadline;
  private boolean timedOut;
  private final int[] marked;
  private int markedCount;

  private DifferenceFamily(Field field, int levels, int k, int[] multiplier, int shifts, int[] itemLevel,
      int[] itemBase, SplittableRandom random) {
    this(field.order, levels, k, multiplier, multiplier, shifts, itemLevel, itemBase, random);
    for (int x = 0; x < q; x++) {
      negative[x] = field.negate(x);
      for (int y = 0; y < q; y++) {
        add[x * q + y] = field.add(x, y);
        product[x * q + y] = field.multiply(x, y);
      }
    }
    fillPoints(true);
  }

  private DifferenceFamily(int q, int levels, int k, int[] multiplier, int[] factor, int shifts, int[] itemLevel,
      int[] itemBase, SplittableRandom random) {
    this.q = q;
    this.shifts = shifts;
    this.levels = levels;
    this.k = k;
    this.multiplier = multiplier;
    this.factor = factor;
    this.itemLevel = itemLevel;
    this.itemBase = itemBase;
    this.random = random;
    add = new int[q * q];
    negative = new int[q];
    product = new int[q * q];
    pointOf = new int[itemLevel.length * multiplier.length * shifts];
    levelOf = new int[pointOf.length];
    used = new boolean[(levels + levels * levels) * q];
    itemUsed = new boolean[itemLevel.length];
    shortBlock = new boolean[itemLevel.length + 1];
    blockLevel = new int[(itemLevel.length + 1) * k];
    blockPoint = new int[(itemLevel.length + 1) * k];
    marked = new int[itemLevel.length * k * 2 * multiplier.length * shifts + 64];
  }

  private void fillPoints(boolean multiply) {
    int h = multiplier.length;
    for (int item = 0; item < itemLevel.length; item++) {
      for (int j = 0; j < h * shifts; j++) {
        int base = itemBase[item];
        int m = multiplier[j % h];
        pointOf[item * h * shifts + j] = multiply ? product[base * q + m] : add[base * q + m];
        levelOf[item * h * shifts + j] = (itemLevel[item] + j / h) % levels;
      }
    }
  }

  /** Returns q when v = (k - 1) q + 1 with q an odd prime power and k dividing (k - 1)(q - 1), else 0. */
  static int rotationalOrder(int v, int k) {
    if (k < 3 || (v - 1) % (k - 1) != 0) {
      return 0;
    }
    int q = (v - 1) / (k - 1);
    Field field = q <= MAX_ORDER ? Field.of(q) : null;
    return field != null && q % 2 == 1 && (long) (k - 1) * (q - 1) % k == 0 ? q : 0;
  }

  /** Returns q when k = 3 and v = 2q + 3 with q a power of 3, else 0. */
  static int pyramidalOrder(int v, int k) {
    if (k != 3 || v < 9 || (v - 3) % 2 != 0) {
      return 0;
    }
    int q = (v - 3) / 2;
    Field field = q <= MAX_ORDER ? Field.of(q) : null;
    return field != null && field.characteristic() == 3 ? q : 0;
  }

  /** Returns a 1-rotational resolvable (v, k, 1) design over GF(q), v = (k - 1) q + 1, or null. */
  static Resolvable rotational(int v, int k, long budget, long deadline, long[] work) {
    int q = rotationalOrder(v, k);
    if (q == 0) {
      return null;
    }
    Field field = Field.of(q);
    int[] power = field.powers();
    int levels = k - 1;
    int[][] groups = groups(q, levels, k);
    for (long stop = work[1] + budget; work[1] < stop && Pulse.now() < deadline; work[0]++) {
      int attempt = (int) work[0];
      int h = groups[attempt % groups.length][0];
      int shifts = groups[attempt % groups.length][1];
      int cosets = (q - 1) / h;
      int[] multiplier = new int[h];
      for (int j = 0; j < h; j++) {
        multiplier[j] = power[j * cosets];
      }
      int spread = shifts == 1 ? levels : 1;
      int[] itemLevel = new int[spread * cosets];
      int[] itemBase = new int[spread * cosets];
      for (int i = 0; i < spread; i++) {
        for (int c = 0; c < cosets; c++) {
          itemLevel[i * cosets + c] = i;
          itemBase[i * cosets + c] = power[c];
        }
      }
      DifferenceFamily search = new DifferenceFamily(field, levels, k, multiplier, shifts, itemLevel, itemBase,
          new SplittableRandom(0x9E3779B97F4A7C15L * (attempt + 1) + v * 31L + k));
      for (int a = 0; a < levels; a++) {
        for (int b = a + 1; b < levels; b++) {
          search.used[search.mixed(a, b) * q] = true;
        }
      }
      boolean found = search.run(NODES << 2 * (attempt / groups.length % 4), deadline);
      work[1] += 1 + search.nodes;
      if (found) {
        return search.developRotational();
      }
    }
    return null;
  }

  /**
   * The automorphism groups to search under, as {h, shifts}: first H x Z_L, H of odd order h times the cyclic shift
   * of the L levels, when (q - 1) / h is a multiple of k; then H alone from {@link #multiplierOrders}.
   */
  private static int[][] groups(int q, int levels, int k) {
    int[] orders = multiplierOrders(q, levels, k);
    int[][] groups = new int[2 * orders.length + 1][];
    int count = 0;
    for (int h = q - 1; h >= 1; h--) {
      if (h % 2 == 1 && (q - 1) % h == 0 && (q - 1) / h % k == 0) {
        groups[count++] = new int[] {h, levels};
      }
      if (count == orders.length) {
        break;
      }
    }
    for (int h : orders) {
      groups[count++] = new int[] {h, 1};
    }
    return Arrays.copyOf(groups, count);
  }

  /**
   * Odd orders h of multiplier groups that divide q - 1 and give whole base tables (or h = k, when a table may be a
   * whole coset of H), largest first, ending in 1.
   */
  private static int[] multiplierOrders(int q, int levels, int k) {
    int[] found = new int[32];
    int count = 0;
    for (int h = q - 1; h >= 1 && count < found.length; h--) {
      if (h % 2 == 1 && (q - 1) % h == 0 && ((long) levels * ((q - 1) / h) % k == 0 || h == k)) {
        found[count++] = h;
      }
    }
    return Arrays.copyOf(found, count);
  }

  /** Returns a 3-pyramidal Kirkman triple system on v = 2 * 3^e + 3 points, or null. */
  static Resolvable pyramidal(int v, int k, long budget, long deadline, long[] work) {
    int q = pyramidalOrder(v, k);
    if (q == 0) {
      return null;
    }
    Field field = Field.of(q);
    int[] itemLevel = new int[2 * q];
    int[] itemBase = new int[2 * q];
    for (int i = 0; i < 2; i++) {
      for (int x = 0; x < q; x++) {
        itemLevel[i * q + x] = i;
        itemBase[i * q + x] = x;
      }
    }
    for (long stop = work[1] + budget; work[1] < stop && Pulse.now() < deadline; work[0]++) {
      int attempt = (int) work[0];
      DifferenceFamily search = new DifferenceFamily(field, 2, 3, new int[] {1}, 1, itemLevel, itemBase,
          new SplittableRandom(0xC2B2AE3D27D4EB4FL * (attempt + 1) + v));
      int[] step = {1, 1 + search.random.nextInt(q - 1)};
      for (int i = 0; i < 2; i++) {
        search.used[i * q + step[i]] = true;
        search.used[i * q + search.negative[step[i]]] = true;
      }
      int[] fixedWith = search.fixedTables();
      boolean found = fixedWith != null && search.run(NODES << 2 * (attempt % 4), deadline);
      work[1] += 1 + search.nodes;
      if (found) {
        return search.developPyramidal(step, fixedWith);
      }
    }
    return null;
  }

  /**
   * Returns v - 1 when k >= 3 and (v - 1) / (k - 1) - 1 is a positive multiple of k, else 0; also 0 for Kirkman
   * systems with v = 15, 21 (mod 24), which have no 1-rotational form.
   */
  static int cyclicOrder(int v, int k) {
    int n = v - 1;
    boolean noRotationalForm = k == 3 && (v % 24 == 15 || v % 24 == 21);
    return k >= 3 && n <= MAX_ORDER && !noRotationalForm && n % (k - 1) == 0 && n / (k - 1) > 1
        && (n / (k - 1) - 1) % k == 0 ? n : 0;
  }

  /**
   * Returns a 1-rotational resolvable (v, k, 1) design over a group G of order v - 1 whose base round a central
   * subgroup S of order k - 1 fixes, or null: the fixed point sits with S, every other table of the base round comes
   * with its k - 2 shifts by S, and the shifts by one element of each coset of S give the rounds. G takes turns over
   * the abelian candidates of {@link Group#candidates}: Z_(v-1) first, then Z_a x Z_b (65 in fives comes from
   * these).
   */
  static Resolvable cyclic(int v, int k, long budget, long deadline, long[] work) {
    int n = cyclicOrder(v, k);
    if (n == 0) {
      return null;
    }
    Group[] groups = Group.candidates(n, k);
    for (long stop = work[1] + budget; work[1] < stop && Pulse.now() < deadline; work[0]++) {
      Group group = groups[(int) (work[0] % groups.length)];
      int attempt = (int) (work[0] / groups.length);
      int[] items = group.cosets;
      int[] itemLevel = new int[items.length - 1];
      int[] itemBase = Arrays.copyOfRange(items, 1, items.length);
      long seed = 0xD1B54A32D192ED03L * (attempt + 1) + v * 31L + k + group.salt;
      DifferenceFamily search = new DifferenceFamily(n, 1, k, group.subgroup, new int[] {1}, 1, itemLevel, itemBase,
          new SplittableRandom(seed));
      System.arraycopy(group.times, 0, search.add, 0, n * n);
      System.arraycopy(group.inverse, 0, search.negative, 0, n);
      for (int x = 0; x < n; x++) {
        search.product[x * n + 1] = x;
      }
      search.fillPoints(false);
      for (int s : group.subgroup) {
        search.used[s] = true;
        search.used[search.negative[s]] = true;
      }
      boolean found = search.run(NODES << 2 * (attempt % 4), deadline);
      work[1] += 1 + search.nodes;
      if (found) {
        int[] base = new int[v];
        int tables = 1;
        for (int b = 0; b < search.blockCount; b += k) {
          for (int s : group.subgroup) {
            for (int i = b; i < b + k; i++) {
              base[group.times[search.blockPoint[i] * n + s]] = tables;
            }
            tables++;
          }
        }
        int[][] table = new int[items.length][v];
        for (int t = 0; t < items.length; t++) {
          for (int x = 0; x < n; x++) {
            table[t][group.times[x * n + items[t]]] = base[x];
          }
        }
        return new Resolvable(k, v, table);
      }
    }
    return null;
  }

  /**
   * A group of order n given by its multiplication table (elements 0..n-1, 0 the identity) and a central subgroup of
   * order k - 1 that holds every involution, which a 1-rotational design needs: a difference x = x^-1 outside it
   * would be covered twice by a full orbit.
   */
  static final class Group {
    final int n;
    final int[] times;
    final int[] inverse;
    final int[] subgroup;
    final int[] cosets;
    final long salt;

    private Group(int n, int[] times, int[] subgroup, long salt) {
      this.n = n;
      this.times = times;
      this.subgroup = subgroup;
      this.salt = salt;
      inverse = new int[n];
      for (int x = 0; x < n; x++) {
        for (int y = 0; y < n; y++) {
          if (times[x * n + y] == 0) {
            inverse[x] = y;
          }
        }
      }
      cosets = cosets();
    }

    /**
     * The groups to search under for order n and tables of k: Z_n with S = <n / (k - 1)> first, then every
     * Z_a x Z_b (1 < a, a divides b) with S = <(0, b / (k - 1))> or, for k - 1 = 4, S = the involutions and 0; a
     * candidate is kept when S has order k - 1 and holds every involution.
     */
    static Group[] candidates(int n, int k) {
      List<Group> found = new ArrayList<>();
      add(found, product(1, n, k, false), k);
      for (int a = 2; a * a <= n; a++) {
        if (n % a == 0 && n / a % a == 0) {
          add(found, product(a, n / a, k, false), k);
          if (k == 5) {
            add(found, product(a, n / a, k, true), k);
          }
        }
      }
      return found.toArray(new Group[0]);
    }

    private static void add(List<Group> found, Group group, int k) {
      if (group == null || group.subgroup.length != k - 1) {
        return;
      }
      boolean[] in = new boolean[group.n];
      for (int s : group.subgroup) {
        in[s] = true;
      }
      for (int s : group.subgroup) {
        for (int t : group.subgroup) {
          if (!in[group.times[s * group.n + t]] || group.times[s * group.n + t] != group.times[t * group.n + s]) {
            return;
          }
        }
        for (int x = 0; x < group.n; x++) {
          if (group.times[s * group.n + x] != group.times[x * group.n + s]) {
            return;
          }
        }
      }
      for (int x = 1; x < group.n; x++) {
        if (group.inverse[x] == x && !in[x]) {
          return;
        }
      }
      found.add(group);
    }

    /** Z_a x Z_b, (i, j) as i b + j; S generated by (0, b / (k - 1)), or the involutions and 0. */
    static Group product(int a, int b, int k, boolean involutions) {
      int n = a * b;
      int[] times = new int[n * n];
      for (int x = 0; x < n; x++) {
        for (int y = 0; y < n; y++) {
          times[x * n + y] = (x / b + y / b) % a * b + (x + y) % b;
        }
      }
      int[] subgroup;
      if (involutions) {
        if (a % 2 != 0 || b % 2 != 0) {
          return null;
        }
        subgroup = new int[] {0, a / 2 * b, b / 2, a / 2 * b + b / 2};
      } else {
        if (b % (k - 1) != 0) {
          return null;
        }
        subgroup = new int[k - 1];
        for (int j = 0; j < k - 1; j++) {
          subgroup[j] = j * (b / (k - 1));
        }
      }
      return new Group(n, times, subgroup, a == 1 ? 0 : 0x632BE59BD9B4E019L * a + (involutions ? 1 : 0));
    }

    /** One element of each coset of S, the identity first, in increasing order. */
    private int[] cosets() {
      boolean[] covered = new boolean[n];
      int[] found = new int[n / subgroup.length];
      int count = 0;
      for (int x = 0; x < n; x++) {
        if (!covered[x]) {
          found[count++] = x;
          for (int s : subgroup) {
            covered[times[x * n + s]] = true;
          }
        }
      }
      return found;
    }
  }

  /** Returns q when v = (k - 1)(q + 1) with q an odd prime power and k dividing v, else 0. */
  static int groupDivisibleOrder(int v, int k) {
    if (k < 3 || v % k != 0 || v % (k - 1) != 0 || v / (k - 1) - 1 < 3) {
      return 0;
    }
    int q = v / (k - 1) - 1;
    Field field = q <= MAX_ORDER ? Field.of(q) : null;
    return field != null && q % 2 == 1 ? q : 0;
  }

  /**
   * Returns a resolvable group divisible design on v = (k - 1)(q + 1) points with q rounds, or null: the groups of
   * k - 1 are the points with one element of GF(q) on all k - 1 levels, and the k - 1 fixed points; nobody meets
   * their group, everyone else exactly once (6-4-7, 8-3-11, 9-4-11, 12-3-17, 15-4-19, 16-3-23, ...). Each fixed
   * point sits with one point of every level in the base round; where k divides q - (k - 1), every other attempt
   * also uses the shift of the levels.
   */
  static Resolvable groupDivisible(int v, int k, long deadline, int[] attempts) {
    int q = groupDivisibleOrder(v, k);
    if (q == 0) {
      return null;
    }
    Field field = Field.of(q);
    int levels = k - 1;
    int[] itemLevel = new int[levels * q];
    int[] itemBase = new int[levels * q];
    for (int i = 0; i < levels; i++) {
      for (int x = 0; x < q; x++) {
        itemLevel[i * q + x] = i;
        itemBase[i * q + x] = x;
      }
    }
    boolean shifting = (q - levels) % k == 0;
    int[] shiftLevel = new int[q];
    int[] shiftBase = new int[q];
    for (int x = 0; x < q; x++) {
      shiftBase[x] = x;
    }
    for (; Pulse.now() < deadline; attempts[0]++) {
      int attempt = attempts[0];
      if (shifting && attempt % 2 == 0) {
        Resolvable shifted = shiftedGroupDivisible(field, v, k, shiftLevel, shiftBase, attempt, deadline);
        if (shifted != null) {
          return shifted;
        }
        continue;
      }
      DifferenceFamily search = new DifferenceFamily(field, levels, k, new int[] {1}, 1, itemLevel, itemBase,
          new SplittableRandom(0x94D049BB133111EBL * (attempt + 1) + v * 31L + k));
      for (int a = 0; a < levels; a++) {
        for (int b = a + 1; b < levels; b++) {
          search.used[search.mixed(a, b) * q] = true;
        }
      }
      int[] with = search.fixedWithEveryLevel();
      if (with != null && search.run(NODES << 2 * (attempt % 4), deadline)) {
        int[] base = new int[v];
        for (int j = 0; j < levels; j++) {
          base[levels * q + j] = j;
          for (int i = 0; i < levels; i++) {
            base[i * q + with[j * levels + i]] = j;
          }
        }
        int tables = levels;
        for (int b = 0; b < search.blockCount; b += k) {
          for (int i = b; i < b + k; i++) {
            base[search.blockLevel[i] * q + search.blockPoint[i]] = tables;
          }
          tables++;
        }
        return search.develop(base, v, q);
      }
    }
    return null;
  }

  /**
   * The same design with the cyclic shift of the levels (and of the fixed points) as a further automorphism: the
   * fixed points' tables form one orbit, every other table of the base round comes with its L - 1 shifts; needs k
   * to divide q - L (9-4-11).
   */
  private static Resolvable shiftedGroupDivisible(Field field, int v, int k, int[] itemLevel, int[] itemBase,
      int attempt, long deadline) {
    int q = field.order;
    int levels = k - 1;
    DifferenceFamily search = new DifferenceFamily(field, levels, k, new int[] {1}, levels, itemLevel, itemBase,
        new SplittableRandom(0x2545F4914F6CDD1DL * (attempt + 1) + v * 31L + k));
    for (int a = 0; a < levels; a++) {
      for (int b = a + 1; b < levels; b++) {
        search.used[search.mixed(a, b) * q] = true;
      }
    }
    int[] with = new int[levels];
    for (int i = 0; i < levels; i++) {
      int x = i == 0 ? 0 : search.random.nextInt(q);
      if (search.itemUsed[x] || !search.markPairs(i, x, i)) {
        return null;
      }
      search.itemUsed[x] = true;
      search.blockLevel[search.blockCount] = i;
      search.blockPoint[search.blockCount++] = x;
      with[i] = x;
    }
    search.blockCount = 0;
    if (!search.run(NODES << 2 * (attempt / 2 % 4), deadline)) {
      return null;
    }
    int[] base = new int[v];
    for (int s = 0; s < levels; s++) {
      base[levels * q + s] = s;
      for (int i = 0; i < levels; i++) {
        base[(i + s) % levels * q + with[i]] = s;
      }
    }
    int tables = levels;
    for (int b = 0; b < search.blockCount; b += k) {
      for (int s = 0; s < levels; s++) {
        for (int i = b; i < b + k; i++) {
          base[(search.blockLevel[i] + s) % levels * q + search.blockPoint[i]] = tables;
        }
        tables++;
      }
    }
    return search.develop(base, v, q);
  }

  /** Seats each of L fixed points with a random point of every level, all differences new; null on a clash. */
  private int[] fixedWithEveryLevel() {
    int[] with = new int[levels * levels];
    for (int j = 0; j < levels; j++) {
      for (int i = 0; i < levels; i++) {
        int x = j == 0 && i == 0 ? 0 : random.nextInt(q);
        if (itemUsed[i * q + x]) {
          return null;
        }
        for (int a = 0; a < i; a++) {
          int d = add[x * q + negative[with[j * levels + a]]];
          if (!mark(mixed(a, i) * q + d)) {
            return null;
          }
        }
        itemUsed[i * q + x] = true;
        with[j * levels + i] = x;
      }
    }
    return with;
  }

  /** Seats each of the three fixed points with a random point of level 0 and of level 1, all differences new. */
  private int[] fixedTables() {
    int[] with = new int[6];
    for (int j = 0; j < 3; j++) {
      int a = j == 0 ? 0 : random.nextInt(q);
      int b = random.nextInt(q);
      int d = add[b * q + negative[a]];
      int cell = mixed(0, 1) * q + d;
      if (itemUsed[a] || itemUsed[q + b] || used[cell]) {
        return null;
      }
      used[cell] = true;
      itemUsed[a] = true;
      itemUsed[q + b] = true;
      with[2 * j] = a;
      with[2 * j + 1] = b;
    }
    return with;
  }

  private int mixed(int a, int b) {
    return levels + a * levels + b;
  }

  private boolean run(long limit, long until) {
    order = new int[itemLevel.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int v = order[i];
      order[i] = order[j];
      order[j] = v;
    }
    nodes = 0;
    nodeLimit = limit;
    deadline = until;
    timedOut = false;
    blockCount = 0;
    return fill(0);
  }

  private boolean fill(int from) {
    int first = from;
    while (first < order.length && itemUsed[order[first]]) {
      first++;
    }
    if (first == order.length) {
      return true;
    }
    int item = order[first];
    itemUsed[item] = true;
    boolean coset = factor.length == k && shifts == 1 && random.nextBoolean();
    for (int round = 0; round < 2; round++, coset = !coset) {
      if (coset && factor.length == k && shifts == 1) {
        int mark = markedCount;
        if (markCoset(itemLevel[item], itemBase[item])) {
          shortBlock[blockCount / k] = true;
          for (int m : multiplier) {
            blockLevel[blockCount] = itemLevel[item];
            blockPoint[blockCount++] = product[itemBase[item] * q + m];
          }
          if (fill(first + 1)) {
            return true;
          }
          blockCount -= k;
          shortBlock[blockCount / k] = false;
        }
        unmark(mark);
      } else if (!coset) {
        blockLevel[blockCount] = itemLevel[item];
        blockPoint[blockCount] = pointOf[item * multiplier.length * shifts];
        blockCount++;
        if (extend(first, 1, first + 1)) {
          return true;
        }
        blockCount--;
      }
      if (timedOut) {
        break;
      }
    }
    itemUsed[item] = false;
    return false;
  }

  private boolean markCoset(int level, int base) {
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        int d = add[product[base * q + multiplier[b]] * q + negative[product[base * q + multiplier[a]]]];
        if (!mark(level * q + d) || !mark(level * q + negative[d])) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean extend(int first, int size, int from) {
    if (size == k) {
      return fill(first + 1);
    }
    if (++nodes > nodeLimit || (nodes & 1023) == 0 && Pulse.now() > deadline) {
      timedOut = true;
      return false;
    }
    int h = multiplier.length * shifts;
    for (int pos = from; pos < order.length && !timedOut; pos++) {
      int item = order[pos];
      if (itemUsed[item]) {
        continue;
      }
      int start = random.nextInt(h);
      for (int s = 0; s < h && !timedOut; s++) {
        int point = pointOf[item * h + (start + s) % h];
        int level = levelOf[item * h + (start + s) % h];
        int mark = markedCount;
        if (markPairs(level, point, size)) {
          itemUsed[item] = true;
          blockLevel[blockCount] = level;
          blockPoint[blockCount] = point;
          blockCount++;
          if (extend(first, size + 1, pos + 1)) {
            return true;
          }
          blockCount--;
          itemUsed[item] = false;
        }
        unmark(mark);
      }
    }
    return false;
  }

  private boolean markPairs(int level, int point, int size) {
    for (int i = blockCount - size; i < blockCount; i++) {
      for (int shift = 0; shift < shifts; shift++) {
        int a = (blockLevel[i] + shift) % levels;
        int b = (level + shift) % levels;
        int d = add[point * q + negative[blockPoint[i]]];
        if (a > b) {
          d = negative[d];
        }
        int type = a == b ? a : a < b ? mixed(a, b) : mixed(b, a);
        for (int m : factor) {
          int md = product[d * q + m];
          if (!mark(type * q + md) || a == b && !mark(type * q + negative[md])) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private boolean mark(int cell) {
    if (used[cell]) {
      return false;
    }
    used[cell] = true;
    marked[markedCount++] = cell;
    return true;
  }

  private void unmark(int mark) {
    while (markedCount > mark) {
      used[marked[--markedCount]] = false;
    }
  }

  private Resolvable developRotational() {
    int v = levels * q + 1;
    int h = multiplier.length;
    int[] base = new int[v];
    base[v - 1] = 0;
    int tables = 1;
    for (int b = 0; b < blockCount; b += k) {
      for (int j = 0; j < (shortBlock[b / k] ? 1 : h * shifts); j++) {
        for (int i = b; i < b + k; i++) {
          base[(blockLevel[i] + j / h) % levels * q + product[blockPoint[i] * q + multiplier[j % h]]] = tables;
        }
        tables++;
      }
    }
    if (tables != v / k) {
      throw new IllegalStateException("base round has " + tables + " tables, not " + v / k);
    }
    return develop(base, v, q);
  }

  private Resolvable developPyramidal(int[] step, int[] fixedWith) {
    int v = 2 * q + 3;
    int[] base = new int[v];
    for (int j = 0; j < 3; j++) {
      base[2 * q + j] = j;
      base[fixedWith[2 * j]] = j;
      base[q + fixedWith[2 * j + 1]] = j;
    }
    int tables = 3;
    for (int b = 0; b < blockCount; b += 3) {
      for (int i = b; i < b + 3; i++) {
        base[blockLevel[i] * q + blockPoint[i]] = tables;
      }
      tables++;
    }
    Resolvable developed = develop(base, v, q + 1);
    int[] extra = developed.table[q];
    int[] coset = new int[q];
    Arrays.fill(extra, -1);
    extra[2 * q] = 0;
    extra[2 * q + 1] = 0;
    extra[2 * q + 2] = 0;
    tables = 1;
    for (int i = 0; i < 2; i++) {
      Arrays.fill(coset, -1);
      for (int x = 0; x < q; x++) {
        if (coset[x] < 0) {
          int y = add[x * q + step[i]];
          int z = add[y * q + step[i]];
          coset[x] = tables;
          coset[y] = tables;
          coset[z] = tables;
          tables++;
        }
        extra[i * q + x] = coset[x];
      }
    }
    return developed;
  }

  private Resolvable develop(int[] base, int v, int rounds) {
    int[][] table = new int[rounds][v];
    for (int t = 0; t < q; t++) {
      for (int p = 0; p < v; p++) {
        int level = p / q;
        int shifted = level < levels ? level * q + add[(p % q) * q + t] : p;
        table[t][shifted] = base[p];
      }
    }
    return new Resolvable(k, v, table);
  }
}
