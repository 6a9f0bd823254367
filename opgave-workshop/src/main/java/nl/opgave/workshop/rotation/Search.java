package nl.opgave.workshop.rotation;

import java.util.Arrays;
import java.util.SplittableRandom;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.cafe.StopReason;

/**
 * The planner's engine: a seating in int arrays with a meetings matrix, a greedy start in the spirit of Triska and
 * Musliu's freedom heuristic, and a conflict-driven tabu search over swaps of two people in one round (Dotu and
 * Van Hentenryck) with O(table size) move evaluation; after a short stall it restarts from a fresh greedy start, as
 * theirs does (a repair restarts from its best seating, perturbed), and it keeps the best seating seen.
 */
final class Search {
  static final int APART = 0;
  static final int MOVED = 1;
  static final int VRAAG = 2;
  static final int REPEAT = 3;
  static final int SPREAD = 4;
  static final int CONTACT = 5;
  static final int COLLEAGUE = 6;
  static final int TOGETHER = 7;
  static final int TIERS = 8;

  private static final int FREEDOM_LIMIT = 300;
  private static final int MAX_CANDIDATES = 48;
  private static final int MAX_PARTNERS = 512;
  private static final int PATIENCE = 60;
  private static final int REPAIR_PATIENCE = 8;
  private static final int WIDE_LIMIT = 2_000;
  private static final long WIDE_WORK = 1L << 24;
  private static final long TICK_NANOS = 250_000_000L;
  private static final int SPREAD_PATIENCE = 1_000;
  private static final int CONTACT_PATIENCE = 100;
  private static final int STALL_MIN = 100;
  private static final int STALL_PER_PERSON = 3;
  private static final int SAMPLED_TABLES = 32;
  /** Pair meetings beyond which a hashed meetings table is not built: it would take hundreds of megabytes. */
  static final long PAIR_LIMIT = 1L << 22;
  static final long START_PAIRS = 250_000;
  static final long START_PAIRS_PER_MS = 5_000;

  private final Problem pb;
  private final int n;
  private final int tables;
  private final int rounds;
  private final int width;
  private final int partnerLimit;
  private final int floor;
  private final int candidateLimit;
  private long greedyDeadline = Long.MAX_VALUE;
  private final int[] seat;
  private final int[] members;
  private final int[] count;
  private final int[] slot;
  private final int[] visits;
  private final int[] distinct;
  private final int[] want;
  private boolean contactTier;
  private boolean contacts;
  private boolean squared;
  private final int questions;
  private final long[] cost = new long[TIERS];
  private final long[] bound;
  private final long[] weight = new long[TIERS];
  private final int[] scratch = new int[TIERS];
  private final int[] bestTiers = new int[TIERS];
  private final int[][][] pool;
  private final SplittableRandom random;
  private Meetings meetings;
  private byte[] dense;

  private int[] bestSeat;
  private final long[] bestCost = new long[TIERS];
  private long iterations;
  private long seats;
  private long seatLimit = Long.MAX_VALUE;
  private StopReason stopReason;

  Search(Problem pb, long[] bound) {
    this(pb, bound, 2, 0);
  }

  /**
   * Prepares a search; meetings of a pair beyond floor (at least 2) cost in the tier after repeats, so that among
   * plans with the fewest repeats the search prefers those whose pairs meet at most floor times; in the next tier
   * each person's shortfall of distinct contacts below the ceiling (capped by the rounds they attend) costs its
   * square, so that the fewest contacts anyone has rises first. That tier wakes once the best seating has every tier
   * before it at its bound but the spread, so that it never steers the search for fewer repeats.
   */
  Search(Problem pb, long[] bound, int floor, int ceiling) {
    this.pb = pb;
    this.floor = Math.max(2, floor);
    this.bound = bound.clone();
    n = pb.n;
    tables = pb.tableCount;
    rounds = pb.rounds;
    width = pb.maxSize;
    partnerLimit = Math.max(16, Math.min(MAX_PARTNERS, (1 << 14) / width));
    candidateLimit = Math.max(4, Math.min(MAX_CANDIDATES, (1 << 20) / (partnerLimit * 2 * width)));
    seat = new int[rounds * n];
    members = new int[rounds * tables * width];
    count = new int[rounds * tables];
    slot = new int[rounds * n];
    questions = Math.max(1, pb.vraagstukCount);
    visits = new int[n * questions];
    distinct = new int[n];
    want = targets(pb, ceiling);
    random = new SplittableRandom(pb.seed);
    pool = new int[rounds][pb.groups][];
    for (int r = 0; r < rounds; r++) {
      int[] sizes = new int[pb.groups];
      for (int p = 0; p < n; p++) {
        if (pb.movable(r, p)) {
          sizes[pb.personGroup[p]]++;
        }
      }
      for (int g = 0; g < pb.groups; g++) {
        pool[r][g] = new int[sizes[g]];
        sizes[g] = 0;
      }
      for (int p = 0; p < n; p++) {
        if (pb.movable(r, p)) {
          int g = pb.personGroup[p];
          pool[r][g][sizes[g]++] = p;
        }
      }
    }
    computeWeights();
  }

  /** Ends the search, as an iteration limit does, once its greedy starts and moves have looked at this many seats. */
  void limitSeats(long limit) {
    seatLimit = limit;
  }

  long seatsLooked() {
    return seats;
  }

  long iterations() {
    return iterations;
  }

  /**
   * Returns each person's target of distinct contacts: the ceiling, or what the rounds they attend allow beside the
   * partners they are to sit with, whose meetings the search does not count.
   */
  static int[] targets(Problem pb, int ceiling) {
    int[] want = new int[pb.n];
    if (ceiling <= 0) {
      return want;
    }
    for (int p = 0; p < pb.n; p++) {
      long most = (long) (pb.end[p] - pb.start[p]) * Math.max(0, pb.maxSize - 1 - pb.together[p].length);
      want[p] = (int) Math.min(ceiling, most);
    }
    return want;
  }

  StopReason stopReason() {
    return stopReason;
  }

  /** Counts contacts from now on, starting again from the best seating; for tests of the incremental evaluation. */
  void wake() {
    contacts = contactTier;
    load(bestSeat == null ? seat.clone() : bestSeat);
    bestSeat = seat.clone();
    System.arraycopy(cost, 0, bestCost, 0, TIERS);
  }

  long[] bestCost() {
    return bestCost.clone();
  }

  int[] bestSeat() {
    return bestSeat.clone();
  }

  private void computeWeights() {
    int maxApart = 0;
    int maxTogether = 0;
    for (int p = 0; p < n; p++) {
      maxApart = Math.max(maxApart, pb.apart[p].length);
      maxTogether = Math.max(maxTogether, pb.together[p].length);
    }
    long[] span = new long[TIERS];
    span[APART] = 4L * maxApart + 1;
    span[VRAAG] = 9;
    span[MOVED] = 5;
    span[REPEAT] = 8L * width + 1;
    span[SPREAD] = 8L * width + 1;
    span[COLLEAGUE] = 8L * width + 1;
    span[TOGETHER] = 4L * maxTogether + 1;
    long most = 0;
    for (int w : want) {
      most = Math.max(most, w);
    }
    contactTier = most > 0;
    span[CONTACT] = 2 * (12 * width * most + 8L * width * width + 2L * width) + 1;
    squared = contactTier && span[CONTACT] < Integer.MAX_VALUE && fits(span);
    if (!squared) {
      span[CONTACT] = 12L * width + 1;
      if (!contactTier || !fits(span)) {
        span[CONTACT] = 1;
        contactTier = false;
        Arrays.fill(want, 0);
      }
    }
    try {
      weight[TOGETHER] = 1;
      for (int t = TOGETHER - 1; t >= 0; t--) {
        weight[t] = Math.multiplyExact(weight[t + 1], span[t + 1]);
      }
      Math.multiplyExact(weight[APART], span[APART]);
    } catch (ArithmeticException e) {
      throw InvalidValueException.of(ProblemCode.ROTATION_TOO_LARGE_TO_PLAN, width, Math.max(maxApart, maxTogether));
    }
  }

  private static boolean fits(long[] span) {
    long product = 1;
    try {
      for (long x : span) {
        product = Math.multiplyExact(product, x);
      }
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private long shortfall(int p, int met) {
    long d = want[p] - met;
    return d <= 0 ? 0 : squared ? d * d : d;
  }

  private boolean tracked(int p, int x) {
    return pb.together[p].length == 0 || !wanted(p, x);
  }

  // ---------------------------------------------------------------- state

  private int meet(int p, int q) {
    return dense != null ? dense[p * n + q] : meetings.get(p, q);
  }

  /** Returns whether p and x asked to sit together: their meetings are wanted and never count as repeats. */
  private boolean wanted(int p, int x) {
    int[] partners = pb.together[p];
    for (int z : partners) {
      if (z == x) {
        return true;
      }
    }
    return false;
  }

  /** Returns the meetings a plan of the request has, summed over rounds and tables. */
  static long meetings(Problem pb) {
    long pairs = 0;
    for (int s : pb.target) {
      pairs += (long) s * (s - 1) / 2;
    }
    return pairs;
  }

  /** Returns whether the search can keep its meetings table: dense for few people, hashed for few meetings. */
  static boolean fits(Problem pb) {
    return pb.n <= Meetings.DENSE_LIMIT || meetings(pb) <= PAIR_LIMIT;
  }

  /**
   * Returns whether the search {@link #fits} and can build its start, which places every meeting once, in the time
   * limit: at most {@link #START_PAIRS_PER_MS} meetings per millisecond beyond {@link #START_PAIRS}. Requests that
   * keep people apart or together are searched whatever the limit, as the spreading rule keeps neither.
   */
  static boolean affordable(Problem pb) {
    long meetings = meetings(pb);
    return fits(pb) && (pb.timeLimitNanos == Long.MAX_VALUE || meetings <= START_PAIRS
        || meetings <= START_PAIRS_PER_MS * (pb.timeLimitNanos / 1_000_000L)
        || !pb.request.keepApart().isEmpty() || !pb.request.keepTogether().isEmpty());
  }

  private void resetState() {
    if (meetings == null) {
      meetings = Meetings.of(n, meetings(pb));
      dense = meetings instanceof Meetings.Dense ? denseArray((Meetings.Dense) meetings) : null;
    } else {
      meetings.clear();
    }
    Arrays.fill(seat, -1);
    Arrays.fill(count, 0);
    Arrays.fill(visits, 0);
    Arrays.fill(distinct, 0);
    Arrays.fill(cost, 0);
  }

  private static byte[] denseArray(Meetings.Dense d) {
    return d.counts();
  }

  private void placeRaw(int r, int p, int t) {
    int rt = r * tables + t;
    int base = rt * width;
    int c = count[rt];
    int op = pb.org[p];
    for (int i = 0; i < c; i++) {
      int x = members[base + i];
      if (!wanted(p, x)) {
        int before = meetings.increment(p, x);
        if (before == 0) {
          distinct[p]++;
          distinct[x]++;
        }
        if (before >= 1) {
          cost[REPEAT]++;
        }
        if (before >= floor) {
          cost[SPREAD]++;
        }
      }
      if (op >= 0 && pb.org[x] == op) {
        cost[COLLEAGUE]++;
      }
    }
    for (int z : pb.apart[p]) {
      if (seat[r * n + z] == t) {
        cost[APART]++;
      }
    }
    int v = pb.vraagstuk[t];
    if (v >= 0) {
      int after = ++visits[p * questions + v];
      if (after > pb.vraagstukCap[p]) {
        cost[VRAAG]++;
      }
    }
    members[base + c] = p;
    slot[r * n + p] = c;
    count[rt] = c + 1;
    seat[r * n + p] = t;
  }

  private void finishCosts() {
    cost[TOGETHER] = 0;
    cost[MOVED] = 0;
    cost[CONTACT] = 0;
    for (int p = 0; p < n && contacts; p++) {
      cost[CONTACT] += shortfall(p, distinct[p]);
    }
    for (int r = 0; r < rounds; r++) {
      int base = r * n;
      for (int p = 0; p < n; p++) {
        int s = seat[base + p];
        if (s < 0) {
          continue;
        }
        for (int z : pb.together[p]) {
          if (z > p && seat[base + z] >= 0 && seat[base + z] != s) {
            cost[TOGETHER]++;
          }
        }
        if (pb.reference != null && r >= pb.frozenRounds && pb.reference[base + p] >= 0
            && pb.reference[base + p] != s) {
          cost[MOVED]++;
        }
      }
    }
  }

  void load(int[] seats) {
    resetState();
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < n; p++) {
        int t = seats[r * n + p];
        if (t >= 0) {
          placeRaw(r, p, t);
        }
      }
    }
    finishCosts();
  }

  long[] cost() {
    return cost.clone();
  }

  int[] seats() {
    return seat.clone();
  }

  /** Makes random swaps in the rounds that may change; for tests of the incremental evaluation. */
  void shake(int swaps) {
    int first = pb.reference != null ? pb.frozenRounds : 0;
    if (first < rounds) {
      perturb(first, rounds - first, swaps);
    }
  }

  // ---------------------------------------------------------------- start

  /** Builds the start: constructions where they fit, fixed seats, then the greedy for everyone else. */
  void start(int[] constructed) {
    start(constructed, Long.MAX_VALUE);
  }

  /** Builds the start; after the deadline the greedy stops weighing tables and fills them in order. */
  void start(int[] constructed, long deadline) {
    greedyDeadline = deadline;
    resetState();
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < n; p++) {
        int t = constructed != null && constructed[r * n + p] >= 0 ? constructed[r * n + p] : pb.fixed[r * n + p];
        if (t >= 0 && pb.present[r * n + p]) {
          placeRaw(r, p, t);
        }
      }
    }
    for (int r = 0; r < rounds; r++) {
      for (int g = 0; g < pb.groups; g++) {
        greedy(r, g);
      }
    }
    finishCosts();
  }

  private void greedy(int r, int g) {
    int[] people = pool[r][g];
    int[] open = new int[people.length];
    int m = 0;
    for (int p : people) {
      if (seat[r * n + p] < 0) {
        open[m++] = p;
      }
    }
    if (m == 0) {
      return;
    }
    shuffle(open, m);
    if (m <= FREEDOM_LIMIT && seats < seatLimit && Pulse.now() - greedyDeadline <= 0) {
      m = freedomGreedy(r, g, open, m);
    }
    if (m > 0) {
      int[] openTables = new int[pb.groupTables[g].length];
      int openCount = 0;
      boolean late = false;
      for (int t : pb.groupTables[g]) {
        if (count[r * tables + t] < pb.target[r * tables + t]) {
          openTables[openCount++] = t;
        }
      }
      for (int i = 0; i < m; i++) {
        int p = open[i];
        long best = Long.MAX_VALUE;
        int choice = -1;
        int ties = 0;
        for (int z : pb.together[p]) {
          int t = seat[r * n + z];
          if (t >= 0 && pb.tableGroup[t] == g && count[r * tables + t] < pb.target[r * tables + t]
              && insertion(r, p, t) < weight[COLLEAGUE]) {
            choice = t;
            best = Long.MIN_VALUE;
          }
        }
        if ((i & 255) == 0) {
          late |= Pulse.now() - greedyDeadline > 0;
        }
        int tries = late ? 1 : Math.min(openCount, Math.max(2, SAMPLED_TABLES * 16 / width));
        seats += (long) tries * width;
        if (tries == 1 && best != Long.MIN_VALUE) {
          choice = openTables[openCount == 1 ? 0 : random.nextInt(openCount)];
          best = Long.MIN_VALUE;
        }
        for (int k = 0; k < tries && best != Long.MIN_VALUE; k++) {
          int t = openTables[tries == openCount ? k : random.nextInt(openCount)];
          long d = insertion(r, p, t);
          if (d < best) {
            best = d;
            choice = t;
            ties = 1;
          } else if (d == best && random.nextInt(++ties) == 0) {
            choice = t;
          }
        }
        placeRaw(r, p, choice);
        if (count[r * tables + choice] >= pb.target[r * tables + choice]) {
          for (int k = 0; k < openCount; k++) {
            if (openTables[k] == choice) {
              openTables[k] = openTables[--openCount];
              break;
            }
          }
        }
      }
    }
  }

  /**
   * Fills the group's tables one by one, each time with whoever leaves the most others free to join; returns how many
   * people are left open (first in open) when the greedy deadline passes or the seat limit is reached, else 0.
   */
  private int freedomGreedy(int r, int g, int[] open, int m) {
    int[] order = pb.groupTables[g].clone();
    shuffle(order, order.length);
    boolean[] compatible = new boolean[n];
    for (int t : order) {
      int rt = r * tables + t;
      for (int i = 0; i < m; i++) {
        int y = open[i];
        boolean ok = true;
        for (int j = 0; j < count[rt] && ok; j++) {
          ok = meet(y, members[rt * width + j]) == 0;
        }
        compatible[y] = ok;
      }
      while (count[rt] < pb.target[rt]) {
        if (seats >= seatLimit || Pulse.now() - greedyDeadline > 0) {
          return m;
        }
        seats += (long) m * (m + width);
        long best = Long.MAX_VALUE;
        int bestFreedom = -1;
        int pick = -1;
        int ties = 0;
        for (int i = 0; i < m; i++) {
          int x = open[i];
          long d = insertion(r, x, t);
          if (d > best) {
            continue;
          }
          int freedom = 0;
          for (int j = 0; j < m; j++) {
            int y = open[j];
            if (y != x && compatible[y] && meet(x, y) == 0) {
              freedom++;
            }
          }
          if (d < best || freedom > bestFreedom) {
            best = d;
            bestFreedom = freedom;
            pick = i;
            ties = 1;
          } else if (freedom == bestFreedom && random.nextInt(++ties) == 0) {
            pick = i;
          }
        }
        int x = open[pick];
        placeRaw(r, x, t);
        open[pick] = open[--m];
        for (int j = 0; j < m; j++) {
          int y = open[j];
          if (compatible[y] && meet(x, y) != 0) {
            compatible[y] = false;
          }
        }
        for (int z : pb.together[x]) {
          for (int j = 0; j < m && count[rt] < pb.target[rt]; j++) {
            if (open[j] == z && insertion(r, z, t) < weight[COLLEAGUE]) {
              placeRaw(r, z, t);
              open[j] = open[--m];
              break;
            }
          }
        }
      }
    }
    return 0;
  }

  private long insertion(int r, int p, int t) {
    int rt = r * tables + t;
    int base = rt * width;
    int c = count[rt];
    int op = pb.org[p];
    long rep = 0;
    long sp = 0;
    long col = 0;
    for (int i = 0; i < c; i++) {
      int x = members[base + i];
      int m = meet(p, x);
      if (m >= 1) {
        rep++;
      }
      if (m >= floor) {
        sp++;
      }
      if (op >= 0 && pb.org[x] == op) {
        col++;
      }
    }
    long apart = 0;
    for (int z : pb.apart[p]) {
      if (seat[r * n + z] == t) {
        apart++;
      }
    }
    long together = 0;
    for (int z : pb.together[p]) {
      if (seat[r * n + z] == t) {
        together--;
      }
    }
    int v = pb.vraagstuk[t];
    long vraag = v >= 0 && visits[p * questions + v] >= pb.vraagstukCap[p] ? 1 : 0;
    long moved = pb.reference != null && r >= pb.frozenRounds && pb.reference[r * n + p] >= 0
        && pb.reference[r * n + p] != t ? 1 : 0;
    return apart * weight[APART] + vraag * weight[VRAAG] + moved * weight[MOVED] + rep * weight[REPEAT]
        + sp * weight[SPREAD] + col * weight[COLLEAGUE] + together * weight[TOGETHER];
  }

  private void shuffle(int[] values, int length) {
    for (int i = length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int v = values[i];
      values[i] = values[j];
      values[j] = v;
    }
  }

  // ---------------------------------------------------------------- moves

  /** Returns the packed lexicographic change of swapping p and q in round r; fills the scratch tiers. */
  private long swapDelta(int r, int p, int q) {
    int base = r * n;
    int a = seat[base + p];
    int b = seat[base + q];
    int op = pb.org[p];
    int oq = pb.org[q];
    int rep = 0;
    int sp = 0;
    int col = 0;
    int ra = (r * tables + a) * width;
    int ca = count[r * tables + a];
    int rb = (r * tables + b) * width;
    int cb = count[r * tables + b];
    if (dense != null) {
      int pn = p * n;
      int qn = q * n;
      for (int i = 0; i < ca; i++) {
        int x = members[ra + i];
        if (x == p) {
          continue;
        }
        int mp = dense[pn + x];
        int mq = dense[qn + x];
        rep += (mq >= 1 ? 1 : 0) - (mp >= 2 ? 1 : 0);
        sp += (mq >= floor ? 1 : 0) - (mp > floor ? 1 : 0);
        int ox = pb.org[x];
        if (ox >= 0) {
          col += (ox == oq ? 1 : 0) - (ox == op ? 1 : 0);
        }
      }
      for (int i = 0; i < cb; i++) {
        int y = members[rb + i];
        if (y == q) {
          continue;
        }
        int mq = dense[qn + y];
        int mp = dense[pn + y];
        rep += (mp >= 1 ? 1 : 0) - (mq >= 2 ? 1 : 0);
        sp += (mp >= floor ? 1 : 0) - (mq > floor ? 1 : 0);
        int oy = pb.org[y];
        if (oy >= 0) {
          col += (oy == op ? 1 : 0) - (oy == oq ? 1 : 0);
        }
      }
    } else {
      for (int i = 0; i < ca; i++) {
        int x = members[ra + i];
        if (x == p) {
          continue;
        }
        int mp = meetings.get(p, x);
        int mq = meetings.get(q, x);
        rep += (mq >= 1 ? 1 : 0) - (mp >= 2 ? 1 : 0);
        sp += (mq >= floor ? 1 : 0) - (mp > floor ? 1 : 0);
        int ox = pb.org[x];
        if (ox >= 0) {
          col += (ox == oq ? 1 : 0) - (ox == op ? 1 : 0);
        }
      }
      for (int i = 0; i < cb; i++) {
        int y = members[rb + i];
        if (y == q) {
          continue;
        }
        int mq = meetings.get(q, y);
        int mp = meetings.get(p, y);
        rep += (mp >= 1 ? 1 : 0) - (mq >= 2 ? 1 : 0);
        sp += (mp >= floor ? 1 : 0) - (mq > floor ? 1 : 0);
        int oy = pb.org[y];
        if (oy >= 0) {
          col += (oy == op ? 1 : 0) - (oy == oq ? 1 : 0);
        }
      }
    }
    int vr = 0;
    int va = pb.vraagstuk[a];
    int vb = pb.vraagstuk[b];
    if (va != vb) {
      vr = vraagDelta(p, va, vb) + vraagDelta(q, vb, va);
    }
    int ap = 0;
    for (int z : pb.apart[p]) {
      if (z != q) {
        int s = seat[base + z];
        ap += (s == b ? 1 : 0) - (s == a ? 1 : 0);
      }
    }
    for (int z : pb.apart[q]) {
      if (z != p) {
        int s = seat[base + z];
        ap += (s == a ? 1 : 0) - (s == b ? 1 : 0);
      }
    }
    int tog = 0;
    for (int z : pb.together[p]) {
      if (z != q) {
        int s = seat[base + z];
        tog += (s == a ? 1 : 0) - (s == b ? 1 : 0);
      }
    }
    for (int z : pb.together[q]) {
      if (z != p) {
        int s = seat[base + z];
        tog += (s == b ? 1 : 0) - (s == a ? 1 : 0);
      }
    }
    int mv = 0;
    if (pb.reference != null) {
      int rp = pb.reference[base + p];
      int rq = pb.reference[base + q];
      if (rp >= 0) {
        mv += (b != rp ? 1 : 0) - (a != rp ? 1 : 0);
      }
      if (rq >= 0) {
        mv += (a != rq ? 1 : 0) - (b != rq ? 1 : 0);
      }
    }
    int ct = contacts ? contactDelta(r, p, q, a, b) : 0;
    scratch[APART] = ap;
    scratch[VRAAG] = vr;
    scratch[MOVED] = mv;
    scratch[REPEAT] = rep;
    scratch[SPREAD] = sp;
    scratch[CONTACT] = ct;
    scratch[COLLEAGUE] = col;
    scratch[TOGETHER] = tog;
    return ap * weight[APART] + vr * weight[VRAAG] + mv * weight[MOVED] + rep * weight[REPEAT]
        + sp * weight[SPREAD] + ct * weight[CONTACT] + col * weight[COLLEAGUE] + tog * weight[TOGETHER];
  }

  /** Returns the packed change of moving p from its table to table b in round r; fills the scratch tiers. */
  private long moveDelta(int r, int p, int b) {
    int base = r * n;
    int a = seat[base + p];
    int op = pb.org[p];
    int rep = 0;
    int sp = 0;
    int col = 0;
    int ra = (r * tables + a) * width;
    int ca = count[r * tables + a];
    int rb = (r * tables + b) * width;
    int cb = count[r * tables + b];
    for (int i = 0; i < ca; i++) {
      int x = members[ra + i];
      if (x != p) {
        int m = meet(p, x);
        rep -= m >= 2 ? 1 : 0;
        sp -= m > floor ? 1 : 0;
        col -= op >= 0 && pb.org[x] == op ? 1 : 0;
      }
    }
    for (int i = 0; i < cb; i++) {
      int y = members[rb + i];
      int m = meet(p, y);
      rep += m >= 1 ? 1 : 0;
      sp += m >= floor ? 1 : 0;
      col += op >= 0 && pb.org[y] == op ? 1 : 0;
    }
    int vr = pb.vraagstuk[a] != pb.vraagstuk[b] ? vraagDelta(p, pb.vraagstuk[a], pb.vraagstuk[b]) : 0;
    int ap = 0;
    for (int z : pb.apart[p]) {
      int s = seat[base + z];
      ap += (s == b ? 1 : 0) - (s == a ? 1 : 0);
    }
    int tog = 0;
    for (int z : pb.together[p]) {
      int s = seat[base + z];
      tog += (s == a ? 1 : 0) - (s == b ? 1 : 0);
    }
    int mv = 0;
    if (pb.reference != null && pb.reference[base + p] >= 0) {
      int rp = pb.reference[base + p];
      mv = (b != rp ? 1 : 0) - (a != rp ? 1 : 0);
    }
    int ct = contacts ? contactDelta(r, p, -1, a, b) : 0;
    scratch[APART] = ap;
    scratch[VRAAG] = vr;
    scratch[MOVED] = mv;
    scratch[REPEAT] = rep;
    scratch[SPREAD] = sp;
    scratch[CONTACT] = ct;
    scratch[COLLEAGUE] = col;
    scratch[TOGETHER] = tog;
    return ap * weight[APART] + vr * weight[VRAAG] + mv * weight[MOVED] + rep * weight[REPEAT]
        + sp * weight[SPREAD] + ct * weight[CONTACT] + col * weight[COLLEAGUE] + tog * weight[TOGETHER];
  }

  /**
   * Returns the change in contact shortfall when p (table a) and q (table b, or -1 when p moves alone) trade places in
   * round r: each pair's meetings change by one at most, so a person loses a contact where a pair's only meeting
   * ends and gains one where a pair meets for the first time.
   */
  private int contactDelta(int r, int p, int q, int a, int b) {
    int ra = (r * tables + a) * width;
    int ca = count[r * tables + a];
    int rb = (r * tables + b) * width;
    int cb = count[r * tables + b];
    int dp = 0;
    int dq = 0;
    long d = 0;
    for (int i = 0; i < ca; i++) {
      int x = members[ra + i];
      if (x == p) {
        continue;
      }
      int lose = meet(p, x) == 1 && tracked(p, x) ? 1 : 0;
      int gain = q >= 0 && meet(q, x) == 0 && tracked(q, x) ? 1 : 0;
      dp -= lose;
      dq += gain;
      if (gain != lose) {
        d += shortfall(x, distinct[x] + gain - lose) - shortfall(x, distinct[x]);
      }
    }
    for (int i = 0; i < cb; i++) {
      int y = members[rb + i];
      if (y == q) {
        continue;
      }
      int lose = q >= 0 && meet(q, y) == 1 && tracked(q, y) ? 1 : 0;
      int gain = meet(p, y) == 0 && tracked(p, y) ? 1 : 0;
      dq -= lose;
      dp += gain;
      if (gain != lose) {
        d += shortfall(y, distinct[y] + gain - lose) - shortfall(y, distinct[y]);
      }
    }
    d += shortfall(p, distinct[p] + dp) - shortfall(p, distinct[p]);
    if (q >= 0) {
      d += shortfall(q, distinct[q] + dq) - shortfall(q, distinct[q]);
    }
    return (int) d;
  }

  /** Returns whether p may move from its table to table b in round r: the sizes only trade places. */
  private boolean canMove(int r, int p, int b) {
    int a = seat[r * n + p];
    int ca = count[r * tables + a];
    int cb = count[r * tables + b];
    return cb == ca - 1 && cb < pb.capacity[b] && cb < width;
  }

  private void move(int r, int p, int b) {
    moveDelta(r, p, b);
    for (int i = 0; i < TIERS; i++) {
      cost[i] += scratch[i];
    }
    int base = r * n;
    int a = seat[base + p];
    int rta = r * tables + a;
    int rtb = r * tables + b;
    int ra = rta * width;
    int rb = rtb * width;
    for (int i = 0; i < count[rta]; i++) {
      int x = members[ra + i];
      if (x != p && !wanted(p, x)) {
        leave(p, x);
      }
    }
    for (int i = 0; i < count[rtb]; i++) {
      if (!wanted(p, members[rb + i])) {
        join(p, members[rb + i]);
      }
    }
    int va = pb.vraagstuk[a];
    int vb = pb.vraagstuk[b];
    if (va >= 0) {
      visits[p * questions + va]--;
    }
    if (vb >= 0) {
      visits[p * questions + vb]++;
    }
    int sp = slot[base + p];
    int last = members[ra + count[rta] - 1];
    members[ra + sp] = last;
    slot[base + last] = sp;
    count[rta]--;
    members[rb + count[rtb]] = p;
    slot[base + p] = count[rtb];
    count[rtb]++;
    seat[base + p] = b;
  }

  private int vraagDelta(int x, int from, int to) {
    int cap = pb.vraagstukCap[x];
    if (cap == Integer.MAX_VALUE) {
      return 0;
    }
    int d = 0;
    if (from >= 0 && visits[x * questions + from] > cap) {
      d--;
    }
    if (to >= 0 && visits[x * questions + to] >= cap) {
      d++;
    }
    return d;
  }

  private void join(int p, int x) {
    if (meetings.increment(p, x) == 0) {
      distinct[p]++;
      distinct[x]++;
    }
  }

  private void leave(int p, int x) {
    if (meetings.decrement(p, x) == 1) {
      distinct[p]--;
      distinct[x]--;
    }
  }

  private void swap(int r, int p, int q) {
    swapDelta(r, p, q);
    for (int i = 0; i < TIERS; i++) {
      cost[i] += scratch[i];
    }
    int base = r * n;
    int a = seat[base + p];
    int b = seat[base + q];
    int ra = (r * tables + a) * width;
    int ca = count[r * tables + a];
    int rb = (r * tables + b) * width;
    int cb = count[r * tables + b];
    for (int i = 0; i < ca; i++) {
      int x = members[ra + i];
      if (x != p) {
        if (!wanted(p, x)) {
          leave(p, x);
        }
        if (!wanted(q, x)) {
          join(q, x);
        }
      }
    }
    for (int i = 0; i < cb; i++) {
      int y = members[rb + i];
      if (y != q) {
        if (!wanted(q, y)) {
          leave(q, y);
        }
        if (!wanted(p, y)) {
          join(p, y);
        }
      }
    }
    int va = pb.vraagstuk[a];
    int vb = pb.vraagstuk[b];
    if (va >= 0) {
      visits[p * questions + va]--;
      visits[q * questions + va]++;
    }
    if (vb >= 0) {
      visits[q * questions + vb]--;
      visits[p * questions + vb]++;
    }
    int sp = slot[base + p];
    int sq = slot[base + q];
    members[ra + sp] = q;
    members[rb + sq] = p;
    slot[base + p] = sq;
    slot[base + q] = sp;
    seat[base + p] = b;
    seat[base + q] = a;
  }

  // ---------------------------------------------------------------- search

  private boolean atBound(long[] c) {
    for (int i = 0; i < TIERS; i++) {
      if (c[i] > bound[i]) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether every tier but the spread of repeats and contacts is at its bound, which need not be reachable. */
  private boolean atBoundBeforeSpread(long[] c) {
    for (int i = 0; i < TIERS; i++) {
      if (i != SPREAD && i != CONTACT && c[i] > bound[i]) {
        return false;
      }
    }
    return true;
  }

  private static int compare(long[] x, long[] y) {
    for (int i = 0; i < TIERS; i++) {
      if (x[i] != y[i]) {
        return Long.compare(x[i], y[i]);
      }
    }
    return 0;
  }

  private int conflicts(int r, int[] out, int offset, int[] stamp, int mark) {
    boolean rep = cost[REPEAT] > bound[REPEAT];
    int over = cost[SPREAD] > bound[SPREAD] ? floor : Integer.MAX_VALUE;
    boolean col = cost[COLLEAGUE] > bound[COLLEAGUE];
    boolean vraag = cost[VRAAG] > bound[VRAAG];
    boolean apart = cost[APART] > bound[APART];
    boolean together = cost[TOGETHER] > bound[TOGETHER];
    boolean moved = cost[MOVED] > bound[MOVED] && pb.reference != null;
    boolean contact = cost[CONTACT] > bound[CONTACT] && !rep && !vraag && !apart && !moved;
    int found = 0;
    int base = r * n;
    for (int t = 0; t < tables; t++) {
      int rt = r * tables + t;
      int off = rt * width;
      int c = count[rt];
      int v = pb.vraagstuk[t];
      for (int i = 0; i < c; i++) {
        int x = members[off + i];
        boolean hit = false;
        if (rep || col || over != Integer.MAX_VALUE) {
          for (int j = 0; j < c && !hit; j++) {
            int y = members[off + j];
            if (y != x && (rep && meet(x, y) >= 2 || meet(x, y) > over
                || col && pb.org[x] >= 0 && pb.org[x] == pb.org[y])) {
              hit = true;
            }
          }
        }
        if (!hit && contact && distinct[x] < want[x]) {
          hit = true;
        }
        if (!hit && vraag && v >= 0 && visits[x * questions + v] > pb.vraagstukCap[x]) {
          hit = true;
        }
        if (!hit && apart) {
          for (int z : pb.apart[x]) {
            if (seat[base + z] == t) {
              hit = true;
              break;
            }
          }
        }
        if (!hit && together) {
          for (int z : pb.together[x]) {
            if (seat[base + z] >= 0 && seat[base + z] != t) {
              hit = true;
              break;
            }
          }
        }
        if (!hit && moved && pb.reference[base + x] >= 0 && pb.reference[base + x] != t) {
          hit = true;
        }
        if (hit && pb.fixed[base + x] < 0 && stamp[x] != mark) {
          stamp[x] = mark;
          out[offset + found++] = x;
        }
      }
    }
    return found;
  }

  /** Runs the tabu search from the current state until the bounds are met or the budget is spent. */
  void run(ProgressListener listener, long startNanos) {
    bestSeat = seat.clone();
    System.arraycopy(cost, 0, bestCost, 0, TIERS);
    if (contactTier && !contacts && atBoundBeforeSpread(cost)) {
      wake();
    }
    if (atBound(cost)) {
      stopReason = StopReason.BOUND_REACHED;
      return;
    }
    int firstRound = pb.reference != null ? pb.frozenRounds : 0;
    int free = rounds - firstRound;
    if (free <= 0) {
      stopReason = StopReason.ITERATION_LIMIT;
      return;
    }
    long slots = 0;
    for (int r = firstRound; r < rounds; r++) {
      for (int[] people : pool[r]) {
        slots += people.length;
      }
    }
    boolean wide = slots <= WIDE_LIMIT && slots * Math.min(partnerLimit, n) * 2 * width <= WIDE_WORK;
    int[] tabu = new int[rounds * n];
    int[] candidates = new int[wide ? rounds * n : n];
    int[] candidateRound = new int[wide ? rounds * n : n];
    int[] stamp = new int[n];
    int mark = 0;
    long[] trial = new long[TIERS];
    long lastImprovement = 0;
    int stall = Math.max(STALL_MIN, Math.min(20_000, STALL_PER_PERSON * n));
    long giveUp = (long) (pb.reference != null ? REPAIR_PATIENCE : PATIENCE) * Math.max(500, Math.min(20_000, 40 * n));
    int restarts = 0;
    int patience = pb.reference != null ? REPAIR_PATIENCE : PATIENCE;
    int tenureBase = 2 + Math.min(8, n / 16);
    int tenureSpread = 3 + Math.min(20, n / 8);
    long lastTick = Pulse.now();
    int spreadPatience = Math.max(SPREAD_PATIENCE, Math.min(20_000, 20 * n));
    int contactPatience = Math.max(CONTACT_PATIENCE, Math.min(2_000, 2 * n));
    long lastBetter = 0;
    while (true) {
      if (iterations >= pb.iterationLimit || seats >= seatLimit) {
        stopReason = StopReason.ITERATION_LIMIT;
        return;
      }
      long now = Pulse.now();
      if (now - startNanos >= pb.timeLimitNanos) {
        stopReason = StopReason.TIME_LIMIT;
        return;
      }
      boolean tick = now - lastTick >= TICK_NANOS;
      if (tick) {
        lastTick = now;
      }
      iterations++;
      int found = 0;
      if (wide) {
        for (int r = firstRound; r < rounds; r++) {
          int before = found;
          found += conflicts(r, candidates, found, stamp, ++mark);
          for (int i = before; i < found; i++) {
            candidateRound[i] = r;
          }
        }
      } else {
        int offset = random.nextInt(free);
        for (int k = 0; k < free && found == 0; k++) {
          int r = firstRound + (offset + k) % free;
          found = conflicts(r, candidates, 0, stamp, ++mark);
          for (int i = 0; i < found; i++) {
            candidateRound[i] = r;
          }
        }
        if (found > candidateLimit) {
          for (int i = 0; i < candidateLimit; i++) {
            int j = i + random.nextInt(found - i);
            int v = candidates[i];
            candidates[i] = candidates[j];
            candidates[j] = v;
          }
          found = candidateLimit;
        }
      }
      boolean moved = found > 0 && bestMove(candidates, candidateRound, found, tabu, trial, tenureBase, tenureSpread);
      if (compare(cost, bestCost) < 0) {
        System.arraycopy(cost, 0, bestCost, 0, TIERS);
        System.arraycopy(seat, 0, bestSeat, 0, seat.length);
        lastImprovement = iterations;
        lastBetter = iterations;
        restarts = 0;
        if (atBound(cost)) {
          stopReason = StopReason.BOUND_REACHED;
          return;
        }
        if (listener != null && !listener.progress(iterations, bestCost[REPEAT], bound[REPEAT])) {
          stopReason = StopReason.STOPPED_BY_LISTENER;
          return;
        }
      } else if (listener != null && tick && !listener.progress(iterations, bestCost[REPEAT], bound[REPEAT])) {
        stopReason = StopReason.STOPPED_BY_LISTENER;
        return;
      }
      if (contactTier && !contacts && atBoundBeforeSpread(bestCost)) {
        wake();
        lastImprovement = iterations;
        lastBetter = iterations;
        if (atBound(cost)) {
          stopReason = StopReason.BOUND_REACHED;
          return;
        }
      }
      if (iterations - lastBetter > (bestCost[SPREAD] > bound[SPREAD] ? spreadPatience : contactPatience)
          && atBoundBeforeSpread(bestCost)) {
        stopReason = StopReason.BOUND_REACHED;
        return;
      }
      if (!moved || iterations - lastImprovement > stall) {
        restarts++;
        if (restarts > patience && iterations - lastBetter > giveUp) {
          stopReason = StopReason.NO_IMPROVEMENT;
          return;
        }
        if (pb.reference == null) {
          start(null, pb.timeLimitNanos == Long.MAX_VALUE ? Long.MAX_VALUE : startNanos + pb.timeLimitNanos);
        } else {
          load(bestSeat);
          perturb(firstRound, free, 1 + random.nextInt(Math.min(1 + restarts, 1 + n / 4)));
        }
        Arrays.fill(tabu, 0);
        lastImprovement = iterations;
      }
    }
  }

  private boolean bestMove(int[] candidates, int[] candidateRound, int found, int[] tabu, long[] trial,
      int tenureBase, int tenureSpread) {
    long best = Long.MAX_VALUE;
    int bp = -1;
    int bq = -1;
    int br = -1;
    int ties = 0;
    long it = iterations;
    for (int c = 0; c < found; c++) {
      int p = candidates[c];
      int r = candidateRound[c];
      int base = r * n;
      int[] partners = pool[r][pb.personGroup[p]];
      int limit = partners.length;
      int start = 0;
      if (limit > partnerLimit) {
        start = random.nextInt(limit);
        limit = partnerLimit;
      }
      int sp = seat[base + p];
      boolean pTabu = tabu[base + p] > it;
      seats += (long) (limit + pb.groupTables[pb.personGroup[p]].length) * 2 * width;
      for (int b : pb.groupTables[pb.personGroup[p]]) {
        if (b == sp || !canMove(r, p, b)) {
          continue;
        }
        long d = moveDelta(r, p, b);
        if (d > best) {
          continue;
        }
        if (pTabu) {
          if (d >= 0) {
            continue;
          }
          for (int i = 0; i < TIERS; i++) {
            trial[i] = cost[i] + scratch[i];
          }
          if (compare(trial, bestCost) >= 0) {
            continue;
          }
        }
        if (d < best) {
          best = d;
          bp = p;
          bq = -1 - b;
          br = r;
          ties = 1;
          System.arraycopy(scratch, 0, bestTiers, 0, TIERS);
        } else if (random.nextInt(++ties) == 0) {
          bp = p;
          bq = -1 - b;
          br = r;
          System.arraycopy(scratch, 0, bestTiers, 0, TIERS);
        }
      }
      for (int k = 0; k < limit; k++) {
        int q = partners[(start + k) % partners.length];
        if (seat[base + q] == sp) {
          continue;
        }
        long d = swapDelta(r, p, q);
        if (d > best) {
          continue;
        }
        if (pTabu || tabu[base + q] > it) {
          if (d >= 0) {
            continue;
          }
          for (int i = 0; i < TIERS; i++) {
            trial[i] = cost[i] + scratch[i];
          }
          if (compare(trial, bestCost) >= 0) {
            continue;
          }
        }
        if (d < best) {
          best = d;
          bp = p;
          bq = q;
          br = r;
          ties = 1;
          System.arraycopy(scratch, 0, bestTiers, 0, TIERS);
        } else if (random.nextInt(++ties) == 0) {
          bp = p;
          bq = q;
          br = r;
          System.arraycopy(scratch, 0, bestTiers, 0, TIERS);
        }
      }
    }
    if (cost[TOGETHER] > bound[TOGETHER] && pairMove(candidates, candidateRound, found, tabu, trial, bp >= 0,
        tenureBase, tenureSpread)) {
      return true;
    }
    if (bp < 0) {
      return false;
    }
    int base = br * n;
    if (bq < 0) {
      move(br, bp, -1 - bq);
    } else {
      swap(br, bp, bq);
      tabu[base + bq] = (int) Math.min(Integer.MAX_VALUE, it + tenureBase + random.nextInt(tenureSpread));
    }
    tabu[base + bp] = (int) Math.min(Integer.MAX_VALUE, it + tenureBase + random.nextInt(tenureSpread));
    return true;
  }

  /**
   * Moves a split keep-together pair jointly to a third table, trading places with two of its people; evaluated by
   * applying and undoing the two swaps. Made only when it beats the best single move.
   */
  private boolean pairMove(int[] candidates, int[] candidateRound, int found, int[] tabu, long[] trial,
      boolean haveSingle, int tenureBase, int tenureSpread) {
    long[] before = cost.clone();
    long[] bestVector = null;
    int bestR = -1;
    int bestP = -1;
    int bestZ = -1;
    int bestX = -1;
    int bestY = -1;
    long it = iterations;
    for (int c = 0; c < found; c++) {
      int p = candidates[c];
      int r = candidateRound[c];
      int base = r * n;
      for (int z : pb.together[p]) {
        int a = seat[base + p];
        int b = seat[base + z];
        if (b < 0 || a == b || pb.fixed[base + z] >= 0 || pb.personGroup[z] != pb.personGroup[p]) {
          continue;
        }
        for (int t : pb.groupTables[pb.personGroup[p]]) {
          if (t == a || t == b) {
            continue;
          }
          int off = (r * tables + t) * width;
          int size = count[r * tables + t];
          for (int i = 0; i < size; i++) {
            int x = members[off + i];
            if (pb.fixed[base + x] >= 0) {
              continue;
            }
            for (int j = 0; j < size; j++) {
              int y = members[off + j];
              if (j == i || pb.fixed[base + y] >= 0) {
                continue;
              }
              swap(r, p, x);
              swap(r, z, y);
              boolean isTabu = tabu[base + p] > it || tabu[base + z] > it || tabu[base + x] > it
                  || tabu[base + y] > it;
              boolean better = bestVector == null || compare(cost, bestVector) < 0;
              if (better && (!isTabu || compare(cost, bestCost) < 0)) {
                bestVector = cost.clone();
                bestR = r;
                bestP = p;
                bestZ = z;
                bestX = x;
                bestY = y;
              }
              swap(r, z, y);
              swap(r, p, x);
            }
          }
        }
      }
    }
    if (bestVector == null) {
      return false;
    }
    if (haveSingle) {
      for (int i = 0; i < TIERS; i++) {
        trial[i] = before[i] + bestTiers[i];
      }
      if (compare(trial, bestVector) <= 0) {
        return false;
      }
    }
    swap(bestR, bestP, bestX);
    swap(bestR, bestZ, bestY);
    int base = bestR * n;
    for (int person : new int[] {bestP, bestZ, bestX, bestY}) {
      tabu[base + person] = (int) Math.min(Integer.MAX_VALUE, it + tenureBase + random.nextInt(tenureSpread));
    }
    return true;
  }

  private void perturb(int firstRound, int free, int swaps) {
    for (int s = 0; s < swaps; s++) {
      int r = firstRound + random.nextInt(free);
      int g = random.nextInt(pb.groups);
      int[] people = pool[r][g];
      if (people.length < 2) {
        continue;
      }
      int p = people[random.nextInt(people.length)];
      int q = people[random.nextInt(people.length)];
      int[] groupTables = pb.groupTables[g];
      int b = groupTables[random.nextInt(groupTables.length)];
      if (random.nextInt(4) == 0 && b != seat[r * n + p] && canMove(r, p, b)) {
        move(r, p, b);
      } else if (seat[r * n + p] != seat[r * n + q]) {
        swap(r, p, q);
      }
    }
  }
}
