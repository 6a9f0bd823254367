package nl.opgave.workshop.rotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starting seatings without any repeat where the sizes fit, tried in this order: round robin for tables of two; the
 * linear designs table = b + a*m over GF(q) or Z_T, else the squares of {@link Mols} (resolvable transversal designs
 * from mutually orthogonal Latin squares, affine planes; fewer rows than tables drop groups), whose row a = 0 never
 * moves and so carries the hosts; the complete resolvable designs of {@link Resolvable} (affine geometries,
 * Kirkman triple systems, resolvable (v, 4, 1) designs, products), truncated to the rounds asked, with one host at
 * most; then, only where zero repeats are within reach, the resolvable group divisible designs of
 * {@link DifferenceFamily#groupDivisible}, {@link PairedDesign}, {@link FixedPointDesign} and {@link CyclicDesign}'s
 * searches. Where the people fill t tables of k all but d of them, each design on k * t points is tried with d
 * points deleted ({@link Truncation}).
 */
final class Constructions {
  private static final int SEARCH_LIMIT = 200_000;
  private static final long CYCLIC_BUDGET = 20_000;
  private static final int RELABEL_LIMIT = 200;
  private static final long DESIGN_CELLS = 4_000_000;
  private static final long DESIGN_TIME = 3_000_000_000L;
  private static final long RESIZED = 1L << 40;
  private static final long FIXED_POINT_TIME = 2_000_000_000L;
  private static final long SPREAD_WORK = 20_000_000L;
  private static final int REPAIRS = 4;
  private static final long PERSON_MASK = (1L << 21) - 1;

  private Constructions() {}

  /**
   * Returns seats (round * n + person, -1 where nothing was built), or null when no group has a design; searches
   * 1-rotational designs only when asked (they only pay off where zero repeats are possible); deleting points from a
   * design looks at most at about steps placements per try.
   */
  static int[] build(Problem pb, long deadline, boolean search, long steps) {
    return build(pb, deadline, search, steps, new FixedPointDesign.Progress());
  }

  /** {@link #build(Problem, long, boolean, long)}, going on with the fixed-point search where an earlier call left. */
  static int[] build(Problem pb, long deadline, boolean search, long steps, FixedPointDesign.Progress progress) {
    if (pb.reference != null) {
      return null;
    }
    int[][] seats = new int[1][];
    boolean any = false;
    for (int g = 0; g < pb.groups; g++) {
      any |= fill(pb, g, seats, deadline, search, steps, progress);
    }
    return any ? seats[0] : null;
  }

  /** Seats group g by a design where one fits; seats[0], everyone absent, is made when the first group is seated. */
  private static boolean fill(Problem pb, int g, int[][] seats, long deadline, boolean search, long steps,
      FixedPointDesign.Progress progress) {
    int[] tables = pb.groupTables[g];
    int t = tables.length;
    int members = movableMembers(pb, g);
    if (members < 0) {
      return false;
    }
    int k = (members + t - 1) / t;
    int cut = k * t - members;
    if (k < 2 || !Truncation.sized(pb, tables, k, cut)) {
      return false;
    }
    List<Integer> hosts = new ArrayList<>();
    int[] others = new int[members];
    int otherCount = 0;
    for (int p = 0; p < pb.n; p++) {
      if (pb.personGroup[p] == g) {
        if (pb.hostTable[p] >= 0) {
          hosts.add(p);
        } else {
          others[otherCount++] = p;
        }
      }
    }
    int[] localOf = new int[pb.tableCount];
    Fill.fill(localOf, -1);
    for (int j = 0; j < t; j++) {
      localOf[tables[j]] = j;
    }
    int[] hostTables = new int[hosts.size()];
    for (int i = 0; i < hosts.size(); i++) {
      hostTables[i] = local(localOf, pb.hostTable[hosts.get(i)]);
    }
    int rounds = pb.rounds;
    long begin = Pulse.now();
    long latinDeadline = begin + Math.min(DESIGN_TIME, Math.max(0, deadline - begin));
    int whole = cut > 0 && hosts.isEmpty() ? Integer.MAX_VALUE : rounds;
    int[][] design = Truncation.trim(pb, tables, design(t, k, rounds, !hosts.isEmpty(), latinDeadline, search), rounds,
        cut, hostTables, deadline, steps);
    int v = k * t;
    int full = (v - 1) / Math.max(1, k - 1);
    if (design == null && rounds <= full && (hosts.size() <= 1 || rounds < full) && (long) v * full <= DESIGN_CELLS) {
      long now = Pulse.now();
      long share = search ? Math.min(DESIGN_TIME, Math.max(0, deadline - now)) : 0;
      Resolvable resolvable = Resolvable.of(v, k, now + share);
      design = resolvable == null ? null : Truncation.trim(pb, tables,
          resolvable.seating(Math.min(whole, resolvable.rounds()), hostTables), rounds, cut, hostTables, deadline,
          steps);
    }
    int groupRounds = DifferenceFamily.groupDivisibleOrder(v, k);
    if (design == null && search && rounds <= groupRounds && (hosts.size() <= 1 || rounds < groupRounds)) {
      long now = Pulse.now();
      Resolvable divisible = DifferenceFamily.groupDivisible(v, k, now + Math.min(DESIGN_TIME,
          Math.max(0, deadline - now)), new int[1]);
      design = divisible == null ? null : Truncation.trim(pb, tables,
          divisible.seating(Math.min(whole, divisible.rounds()), hostTables), rounds, cut, hostTables, deadline,
          steps);
    }
    if (design == null && search) {
      design = Truncation.trim(pb, tables, fixedPoint(t, k, rounds, hostTables, deadline, FIXED_POINT_TIME / 16, 4,
          progress), rounds, cut, hostTables, deadline, steps);
    }
    if (design == null && search && hosts.isEmpty()) {
      design = Truncation.trim(pb, tables, PairedDesign.find(t, k, rounds, pb.seed, deadline), rounds, cut,
          hostTables, deadline, steps);
    }
    if (design == null && search) {
      design = Truncation.trim(pb, tables, fixedPoint(t, k, rounds, hostTables, deadline, FIXED_POINT_TIME, 2,
          progress), rounds, cut, hostTables, deadline, steps);
    }
    if (design == null && search) {
      int[] found = {rounds};
      design = cyclic(pb, t, k, found, hostTables, deadline);
      rounds = found[0];
      design = Truncation.trim(pb, tables, design, rounds, cut, hostTables, deadline, steps);
    }
    if (design == null) {
      return false;
    }
    int cap = spreadCap(pb, tables, !hosts.isEmpty(), rounds);
    if (cap > 0 && cut == 0) {
      spreadVraagstukken(pb, tables, k, rounds, cap, design);
    }
    int points = k * t;
    int[] personOf = new int[points];
    Arrays.fill(personOf, -1);
    int[] firstPoint = new int[t + 1];
    for (int c = 0; c < points; c++) {
      if (design[rounds][c] >= 0) {
        firstPoint[design[rounds][c] + 1]++;
      }
    }
    for (int j = 0; j < t; j++) {
      firstPoint[j + 1] += firstPoint[j];
    }
    int[] pointsAt = new int[firstPoint[t]];
    int[] taken = Arrays.copyOf(firstPoint, t + 1);
    for (int c = 0; c < points; c++) {
      if (design[rounds][c] >= 0) {
        pointsAt[taken[design[rounds][c]]++] = c;
      }
    }
    System.arraycopy(firstPoint, 0, taken, 0, t + 1);
    for (int i = 0; i < hosts.size(); i++) {
      int j = hostTables[i];
      if (taken[j] == firstPoint[j + 1]) {
        return false;
      }
      personOf[pointsAt[taken[j]++]] = hosts.get(i);
    }
    if (otherCount < others.length) {
      others = Arrays.copyOf(others, otherCount);
    }
    if (pb.orgCount > 0) {
      sortByOrganisation(pb.org, orgSizes(pb, g), others, otherCount);
    }
    int next = 0;
    for (int c = 0; c < points; c++) {
      if (personOf[c] < 0 && design[rounds][c] != Truncation.GONE) {
        personOf[c] = others[next++];
      }
    }
    if (seats[0] == null) {
      seats[0] = new int[pb.rounds * pb.n];
      Fill.fill(seats[0], -1);
    }
    for (int r = 0; r < rounds; r++) {
      place(seats[0], r * pb.n, design[r], personOf, tables, points);
    }
    return true;
  }

  /**
   * Returns the people of group g, or -1 when one of them does not attend every round or has a seat fixed other than
   * a host's.
   */
  private static int movableMembers(Problem pb, int g) {
    int[] group = pb.personGroup;
    int[] start = pb.start;
    int[] end = pb.end;
    int n = pb.n;
    int rounds = pb.rounds;
    int members = 0;
    for (int p = 0; p < n; p++) {
      if (group[p] != g) {
        continue;
      }
      if (start[p] != 0 || end[p] != rounds) {
        return -1;
      }
      for (int r = 0; r < rounds && !pb.pinless && pb.hostTable[p] < 0; r++) {
        if (pb.fixed[r * n + p] >= 0) {
          return -1;
        }
      }
      members++;
    }
    return members;
  }

  /** Seats the person of each cell (where there is one) at the table of its cell in one round. */
  private static void place(int[] seats, int base, int[] cells, int[] personOf, int[] tables, int points) {
    for (int c = 0; c < points; c++) {
      int p = personOf[c];
      if (p >= 0) {
        seats[base + p] = tables[cells[c]];
      }
    }
  }

  /** Goes on with the search of {@link FixedPointDesign} for at most the given time and a part of what is left. */
  private static int[][] fixedPoint(int t, int k, int rounds, int[] hostTables, long deadline, long most, int part,
      FixedPointDesign.Progress progress) {
    long now = Pulse.now();
    return FixedPointDesign.find(t, k, rounds, hostTables, now + Math.min(most, Math.max(0, deadline - now) / part),
        progress);
  }

  /**
   * Restarts the search for a 1-rotational design with seeds derived from the request's until a design for all
   * rounds turns up, half the time to the deadline has passed or a quarter of the iteration limit is spent; then
   * tries one or two rounds fewer once (a start for the local search).
   */
  private static int[][] cyclic(Problem pb, int t, int k, int[] rounds, int[] hostTables, long deadline) {
    long start = Pulse.now();
    long until = start + Math.max(0, deadline - start) / 2;
    long budget = Math.min(CYCLIC_BUDGET, pb.iterationLimit);
    long spent = 0;
    for (int attempt = 0; spent <= pb.iterationLimit / 4 && Pulse.now() < until; attempt++) {
      long seed = attempt == 0 ? pb.seed : pb.seed * 0x9E3779B97F4A7C15L + attempt;
      int[][] design = CyclicDesign.find(t, k, rounds[0], hostTables, seed, budget, until);
      spent += budget;
      if (design != null) {
        return design;
      }
    }
    for (int fewer = rounds[0] - 1; fewer >= Math.max(1, rounds[0] - 2); fewer--) {
      int[][] design = CyclicDesign.find(t, k, fewer, hostTables, pb.seed, budget / 4, deadline);
      if (design != null) {
        rounds[0] = fewer;
        return design;
      }
    }
    return null;
  }

  /** Returns the vraagstuk cap of a group's travellers where its tables are renumbered to spread them, else 0. */
  static int spreadCap(Problem pb, int[] tables, boolean hosts, int rounds) {
    int g = pb.tableGroup[tables[0]];
    for (int p = 0; p < pb.n && !hosts && tables.length <= RELABEL_LIMIT; p++) {
      if (pb.personGroup[p] == g) {
        return pb.vraagstukCap[p] < rounds ? pb.vraagstukCap[p] : 0;
      }
    }
    return 0;
  }

  /**
   * Renumbers the tables of every round (a design's tables are interchangeable within a round, between tables that
   * seat as many) so that each cell meets every vraagstuk at most cap times where it can: round by round a cheapest
   * assignment given the rounds before, then while visits beyond cap remain, up to four sweeps that
   * reassign each round given all others; where that leaves visits beyond cap and the work allows, the same from
   * round 1, 2, ... on. Keeps the first renumbering with the fewest visits beyond cap and returns them.
   */
  static long spreadVraagstukken(Problem pb, int[] tables, int k, int rounds, int cap, int[][] design) {
    int t = tables.length;
    long work = (long) rounds * t * t * t * (1 + REPAIRS);
    long starts = Math.max(1, Math.min(rounds, SPREAD_WORK / Math.max(1, work)));
    int[][] best = null;
    long fewest = Long.MAX_VALUE;
    for (int start = 0; start < starts && fewest > 0; start++) {
      int[][] copy = new int[design.length][];
      for (int r = 0; r < design.length; r++) {
        copy[r] = design[r].clone();
      }
      long excess = spreadFrom(pb, tables, k, rounds, cap, copy, start, work <= SPREAD_WORK ? REPAIRS : 0);
      if (excess < fewest) {
        fewest = excess;
        best = copy;
      }
    }
    for (int r = 0; r < design.length; r++) {
      design[r] = best[r];
    }
    return fewest;
  }

  private static long spreadFrom(Problem pb, int[] tables, int k, int rounds, int cap, int[][] design, int start,
      int repairs) {
    int t = tables.length;
    int[] visits = new int[k * t * pb.vraagstukCount];
    long[][] cost = new long[t][t];
    int[][] members = new int[t][k];
    for (int step = 0; step < rounds; step++) {
      assign(pb, tables, rounds, cap, design, (start + step) % rounds, visits, cost, members);
    }
    long excess = excess(visits, cap);
    for (int sweep = 0; sweep < repairs && excess > 0; sweep++) {
      for (int r = 0; r < rounds; r++) {
        visit(pb, tables, rounds, design, r, visits, -1);
        assign(pb, tables, rounds, cap, design, r, visits, cost, members);
      }
      long now = excess(visits, cap);
      if (now >= excess) {
        break;
      }
      excess = now;
    }
    return excess;
  }

  /** Renumbers the tables of round r by a cheapest assignment given the visits so far, then adds its visits. */
  private static void assign(Problem pb, int[] tables, int rounds, int cap, int[][] design, int r, int[] visits,
      long[][] cost, int[][] members) {
    int t = tables.length;
    int cells = design[r].length;
    int questions = pb.vraagstukCount;
    int[] count = new int[t];
    for (int c = 0; c < cells; c++) {
      if (design[rounds][c] != Truncation.GONE) {
        int b = design[r][c];
        members[b][count[b]++] = c;
      }
    }
    for (int b = 0; b < t; b++) {
      for (int j = 0; j < t; j++) {
        int v = pb.vraagstuk[tables[j]];
        long total = count[b] == pb.target[r * pb.tableCount + tables[j]] ? 0 : RESIZED;
        if (v >= 0) {
          for (int i = 0; i < count[b]; i++) {
            int seen = visits[members[b][i] * questions + v];
            total += seen >= cap ? 1_000L * (seen - cap + 1) : seen;
          }
        }
        cost[b][j] = total;
      }
    }
    int[] tableOf = Assignment.minCost(cost);
    for (int c = 0; c < cells; c++) {
      design[r][c] = tableOf[design[r][c]];
    }
    visit(pb, tables, rounds, design, r, visits, 1);
  }

  private static void visit(Problem pb, int[] tables, int rounds, int[][] design, int r, int[] visits, int sign) {
    for (int c = 0; c < design[r].length; c++) {
      int v = pb.vraagstuk[tables[design[r][c]]];
      if (v >= 0 && design[rounds][c] != Truncation.GONE) {
        visits[c * pb.vraagstukCount + v] += sign;
      }
    }
  }

  private static long excess(int[] visits, int cap) {
    long excess = 0;
    for (int seen : visits) {
      excess += Math.max(0, seen - cap);
    }
    return excess;
  }

  private static int local(int[] localOf, int table) {
    if (localOf[table] < 0) {
      throw new IllegalStateException("table " + table + " is not in its group");
    }
    return localOf[table];
  }

  /**
   * Sorts people (numbers below 2^21) by the size of their organisation (org[p], -1 for none, sizes below 2^21),
   * largest first and people without one last, then by organisation number, then by number.
   */
  static void sortByOrganisation(int[] org, int[] orgSize, int[] people, int length) {
    long[] keys = new long[length];
    for (int i = 0; i < length; i++) {
      int p = people[i];
      int o = org[p];
      long size = o < 0 ? 0 : orgSize[o];
      keys[i] = (PERSON_MASK - size) << 42 | (long) (o + 1) << 21 | p;
    }
    Arrays.sort(keys);
    for (int i = 0; i < length; i++) {
      people[i] = (int) (keys[i] & PERSON_MASK);
    }
  }

  /** Returns the people of each organisation in group g. */
  private static int[] orgSizes(Problem pb, int g) {
    int[] sizes = new int[Math.max(1, pb.orgCount)];
    for (int x = 0; x < pb.n; x++) {
      if (pb.org[x] >= 0 && pb.personGroup[x] == g) {
        sizes[pb.org[x]]++;
      }
    }
    return sizes;
  }

  /** {@link #design(int, int, int, boolean, long, boolean)} without any search for Latin squares. */
  static int[][] design(int t, int k, int rounds, boolean hosts) {
    return design(t, k, rounds, hosts, Pulse.now(), false);
  }

  /**
   * Returns table[round][cell] for cells a * t + b (a < k, b < t) without any pair meeting twice, followed by a row
   * with the table of every cell that never moves (row a = 0, the hosts' cells) or -1; null when no algebraic design
   * fits these sizes. Round m of the linear part seats cell a * t + b at b + a*m over GF(t) or Z_t, else at b (m = 0)
   * or at square m of {@link Mols} (row a, column b), which searches until the deadline for two squares, for more
   * only when asked to search.
   */
  static int[][] design(int t, int k, int rounds, boolean hosts, long deadline, boolean search) {
    if (k == 2 && t * 2 - 1 >= rounds && !hosts) {
      return roundRobin(t, rounds);
    }
    boolean rowsRound = k == t && !hosts;
    int linear = rowsRound ? rounds - 1 : rounds;
    if (linear <= 0) {
      return rowsOnly(t, k);
    }
    Field field = Field.of(t);
    int[][] design = new int[rounds + 1][k * t];
    Arrays.fill(design[rounds], -1);
    if (!rowsRound) {
      for (int b = 0; b < t; b++) {
        design[rounds][b] = b;
      }
    }
    int first = 0;
    if (rowsRound) {
      for (int cell = 0; cell < k * t; cell++) {
        design[0][cell] = cell / t;
      }
      first = 1;
    }
    if (field != null && k <= t && linear <= t) {
      for (int m = 0; m < linear; m++) {
        for (int a = 0; a < k; a++) {
          int am = field.multiply(a, m);
          for (int b = 0; b < t; b++) {
            design[first + m][a * t + b] = field.add(b, am);
          }
        }
      }
      return design;
    }
    int[][] sets = cyclicSets(t, k, linear);
    if (sets == null) {
      long until = linear <= 3 || search ? deadline : Pulse.now();
      int[][] latin = k <= t && linear <= t ? latin(design, first, t, k, linear, until) : null;
      return latin != null || hosts || k >= t || rounds < 3 || rounds - 2 >= t ? latin
          : withoutTransversals(t, k, rounds, rounds <= 4 || search ? deadline : Pulse.now());
    }
    for (int m = 0; m < linear; m++) {
      int[] row = design[first + m];
      for (int a = 0; a < k; a++) {
        int am = (int) ((long) sets[0][a] * sets[1][m] % t);
        shifted(row, a * t, t, am);
      }
    }
    return design;
  }

  /** Sets row[from + b] to (b + shift) mod t for b below t (shift below t). */
  static void shifted(int[] row, int from, int t, int shift) {
    int split = t - shift;
    for (int b = 0; b < split; b++) {
      row[from + b] = b + shift;
    }
    for (int b = split; b < t; b++) {
      row[from + b] = b - split;
    }
  }

  private static int[][] latin(int[][] design, int first, int t, int k, int linear, long deadline) {
    int[][][] squares = Mols.of(t, linear - 1, deadline);
    if (squares == null) {
      return null;
    }
    for (int m = 0; m < linear; m++) {
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < t; b++) {
          design[first + m][a * t + b] = m == 0 ? b : squares[m - 1][a][b];
        }
      }
    }
    return design;
  }

  /**
   * Seats rows, columns and rounds - 2 orthogonal Latin squares of order t on the cells left after deleting t - k
   * disjoint common transversals of the squares, so that every table loses t - k cells in every round.
   */
  private static int[][] withoutTransversals(int t, int k, int rounds, long deadline) {
    int[][][] squares = Mols.of(t, rounds - 2, true, deadline);
    int[][] deleted = squares == null ? null : Mols.transversals(squares, t - k, deadline);
    if (deleted == null) {
      return null;
    }
    boolean[][] gone = new boolean[t][t];
    for (int[] columns : deleted) {
      for (int a = 0; a < t; a++) {
        gone[a][columns[a]] = true;
      }
    }
    int[][] design = new int[rounds + 1][k * t];
    Arrays.fill(design[rounds], -1);
    int cell = 0;
    for (int a = 0; a < t; a++) {
      for (int b = 0; b < t; b++) {
        if (gone[a][b]) {
          continue;
        }
        design[0][cell] = a;
        design[1][cell] = b;
        for (int m = 2; m < rounds; m++) {
          design[m][cell] = squares[m - 2][a][b];
        }
        cell++;
      }
    }
    return design;
  }

  private static int[][] rowsOnly(int t, int k) {
    int[][] design = new int[2][k * t];
    for (int cell = 0; cell < k * t; cell++) {
      design[0][cell] = cell % t;
      design[1][cell] = -1;
    }
    return design;
  }

  private static int[][] roundRobin(int t, int rounds) {
    int n = 2 * t;
    int[][] design = new int[rounds + 1][n];
    Arrays.fill(design[rounds], -1);
    for (int r = 0; r < rounds; r++) {
      int[] pairOf = new int[n];
      pairOf[n - 1] = 0;
      pairOf[r % (n - 1)] = 0;
      for (int i = 1; i < t; i++) {
        pairOf[(r + i) % (n - 1)] = i;
        pairOf[Math.floorMod(r - i, n - 1)] = i;
      }
      for (int cell = 0; cell < n; cell++) {
        design[r][cell] = pairOf[cell];
      }
    }
    return design;
  }

  /** Finds A (k elements with 0) and M (rounds elements) of Z_t with (a - a')(m - m') never 0 mod t. */
  static int[][] cyclicSets(int t, int k, int rounds) {
    if (k > t || rounds > t) {
      return null;
    }
    int[] a = new int[k];
    int[] m = new int[rounds];
    for (int i = 0; i < k; i++) {
      a[i] = i;
    }
    for (int i = 0; i < rounds; i++) {
      m[i] = i;
    }
    if (compatible(a, k, m, rounds, t)) {
      return new int[][] {a, m};
    }
    if (t > 64) {
      return null;
    }
    int[] budget = {SEARCH_LIMIT};
    m[0] = 0;
    return searchM(t, k, rounds, m, 1, a, budget) ? new int[][] {a, m} : null;
  }

  private static boolean searchM(int t, int k, int rounds, int[] m, int size, int[] a, int[] budget) {
    if (--budget[0] < 0) {
      return false;
    }
    if (size == rounds) {
      boolean[] forbidden = new boolean[t];
      for (int d = 1; d < t; d++) {
        for (int i = 0; i < rounds && !forbidden[d]; i++) {
          for (int j = 0; j < rounds; j++) {
            if (i != j && (long) d * Math.floorMod(m[i] - m[j], t) % t == 0) {
              forbidden[d] = true;
              break;
            }
          }
        }
      }
      a[0] = 0;
      return searchA(t, k, a, 1, forbidden, budget);
    }
    for (int x = m[size - 1] + 1; x < t; x++) {
      m[size] = x;
      if (searchM(t, k, rounds, m, size + 1, a, budget)) {
        return true;
      }
    }
    return false;
  }

  private static boolean searchA(int t, int k, int[] a, int size, boolean[] forbidden, int[] budget) {
    if (size == k) {
      return true;
    }
    if (--budget[0] < 0) {
      return false;
    }
    for (int x = a[size - 1] + 1; x <= t - (k - size); x++) {
      boolean ok = true;
      for (int i = 0; i < size && ok; i++) {
        ok = !forbidden[Math.floorMod(x - a[i], t)];
      }
      if (ok) {
        a[size] = x;
        if (searchA(t, k, a, size + 1, forbidden, budget)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean compatible(int[] a, int k, int[] m, int rounds, int t) {
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        long d = a[j] - a[i];
        for (int x = 0; x < rounds; x++) {
          for (int y = x + 1; y < rounds; y++) {
            if (d * (m[y] - m[x]) % t == 0) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }
}
