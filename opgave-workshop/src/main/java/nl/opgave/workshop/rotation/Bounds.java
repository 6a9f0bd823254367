package nl.opgave.workshop.rotation;

import java.util.Arrays;
import java.util.OptionalInt;
import nl.opgave.model.cafe.RotationBounds;

/** Lower bounds of a compiled request: counting, pigeonhole, vraagstuk routes, colleagues. */
final class Bounds {
  private static final long PATTERN_WORK = 50_000_000L;

  private Bounds() {}

  static RotationBounds of(Problem pb) {
    long counting = 0;
    long pigeonhole = 0;
    long routes = 0;
    int zeroRounds = Integer.MAX_VALUE;
    long floor = 0;
    long ceiling = Long.MAX_VALUE;
    boolean ruleKept = surplus(pb) == 0;
    for (int g = 0; g < pb.groups; g++) {
      long wanted = wantedMeetings(pb, g);
      long[] pairs = {0, Long.MAX_VALUE};
      counting += Math.max(0, counting(pb, g, pairs) - wanted);
      pigeonhole += Math.max(0, Math.max(pigeonhole(pb, g), projection(pb, g, false)) - wanted);
      long shared = routes(pb, g);
      routes += Math.max(0, Math.max(shared, projection(pb, g, true)) - wanted);
      ceiling = Math.min(ceiling, pairs[1]);
      if (wanted == 0) {
        floor = Math.max(floor, pairs[0]);
        if (ruleKept && shared > 0) {
          floor = Math.max(floor, pb.rounds);
        }
      }
      int k = 0;
      int people = 0;
      for (int r = 0; r < pb.rounds; r++) {
        for (int t : pb.groupTables[g]) {
          k = Math.max(k, pb.target[r * pb.tableCount + t]);
        }
      }
      for (int p = 0; p < pb.n; p++) {
        Pulse.beat(p);
        people += pb.personGroup[p] == g ? 1 : 0;
      }
      if (k >= 2) {
        zeroRounds = Math.min(zeroRounds, (people - 1) / (k - 1));
      }
    }
    if (Math.max(Math.max(counting, pigeonhole), routes) > 0) {
      floor = Math.max(floor, 2);
    }
    return RotationBounds.builder()
        .maxMeetings((int) Math.min(pb.rounds, floor))
        .minContacts(ceiling == Long.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) ceiling))
        .zeroRepeatRounds(zeroRounds == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(zeroRounds))
        .counting(counting)
        .pigeonhole(pigeonhole)
        .vraagstuk(routes)
        .colleagues(colleagues(pb))
        .vraagstukRepeats(surplus(pb))
        .build();
  }

  /** Keep-together pairs may meet every round without counting as repeats; each can absorb rounds - 1 of a bound. */
  private static long wantedMeetings(Problem pb, int g) {
    long pairs = 0;
    for (int p = 0; p < pb.n; p++) {
      Pulse.beat(p);
      if (pb.personGroup[p] == g) {
        for (int z : pb.together[p]) {
          pairs += z > p ? 1 : 0;
        }
      }
    }
    return pairs * Math.max(0, pb.rounds - 1);
  }

  static long[] tiers(RotationBounds bounds) {
    long[] tiers = new long[Search.TIERS];
    tiers[Search.REPEAT] = bounds.repeats();
    tiers[Search.COLLEAGUE] = bounds.colleagues();
    tiers[Search.VRAAG] = bounds.vraagstukRepeats();
    return tiers;
  }

  static long evenSplitPairs(long people, long tables) {
    if (tables <= 0 || people <= 1) {
      return 0;
    }
    long q = people / tables;
    long rem = people % tables;
    return rem * (q + 1) * q / 2 + (tables - rem) * q * (q - 1) / 2;
  }

  private static int first(Problem pb, int p) {
    for (int r = 0; r < pb.rounds; r++) {
      if (pb.present[r * pb.n + p]) {
        return r;
      }
    }
    return pb.rounds;
  }

  private static int last(Problem pb, int p) {
    for (int r = pb.rounds - 1; r >= 0; r--) {
      if (pb.present[r * pb.n + p]) {
        return r;
      }
    }
    return -1;
  }

  /**
   * Returns the counting bound of a group; fills out[0] with the meetings per pair that can meet, rounded up
   * (overall and per person), and out[1] with the fewest people anyone can meet.
   */
  private static long counting(Problem pb, int g, long[] out) {
    int[] members = members(pb, g);
    int m = members.length;
    int[] firsts = new int[m];
    int[] lasts = new int[m];
    for (int i = 0; i < m; i++) {
      firsts[i] = first(pb, members[i]);
      lasts[i] = last(pb, members[i]);
    }
    int[] sortedFirst = firsts.clone();
    int[] sortedLast = lasts.clone();
    Arrays.sort(sortedFirst);
    Arrays.sort(sortedLast);
    long disjoint = 0;
    long[] copresent = new long[m];
    for (int i = 0; i < m; i++) {
      long later = m - upperBound(sortedFirst, lasts[i]);
      long earlier = lowerBound(sortedLast, firsts[i]);
      disjoint += later;
      copresent[i] = m - 1 - later - earlier;
    }
    long pairs = (long) m * (m - 1) / 2 - disjoint;
    long hostPairs = 0;
    long apartPairs = 0;
    long[] partnersLost = new long[m];
    int[] position = new int[pb.n];
    Arrays.fill(position, -1);
    for (int i = 0; i < m; i++) {
      position[members[i]] = i;
    }
    int[] hostIndex = new int[m];
    int hosts = 0;
    for (int i = 0; i < m; i++) {
      if (pb.hostTable[members[i]] >= 0) {
        hostIndex[hosts++] = i;
      }
    }
    for (int a = 0; a < hosts; a++) {
      for (int b = a + 1; b < hosts; b++) {
        int i = hostIndex[a];
        int j = hostIndex[b];
        if (overlap(firsts[i], lasts[i], firsts[j], lasts[j])) {
          hostPairs++;
          partnersLost[i]++;
          partnersLost[j]++;
        }
      }
    }
    for (int i = 0; i < m; i++) {
      int x = members[i];
      for (int y : pb.apart[x]) {
        int j = position[y];
        if (j > i && !(pb.hostTable[x] >= 0 && pb.hostTable[y] >= 0)
            && overlap(firsts[i], lasts[i], firsts[j], lasts[j])) {
          apartPairs++;
          partnersLost[i]++;
          partnersLost[j]++;
        }
      }
    }
    long meetings = 0;
    for (int r = 0; r < pb.rounds; r++) {
      for (int t : pb.groupTables[g]) {
        long s = pb.target[r * pb.tableCount + t];
        meetings += s * (s - 1) / 2;
      }
    }
    long meetable = pairs - hostPairs - apartPairs;
    long global = Math.max(0, meetings - meetable);
    if (meetable > 0) {
      out[0] = (meetings + meetable - 1) / meetable;
    }
    long excess = 0;
    int[] smallest = new int[pb.rounds];
    int[] largest = new int[pb.rounds];
    for (int r = 0; r < pb.rounds; r++) {
      smallest[r] = Integer.MAX_VALUE;
      for (int t : pb.groupTables[g]) {
        smallest[r] = Math.min(smallest[r], pb.target[r * pb.tableCount + t]);
        largest[r] = Math.max(largest[r], pb.target[r * pb.tableCount + t]);
      }
    }
    for (int i = 0; i < m; i++) {
      int x = members[i];
      long own = 0;
      long seats = 0;
      for (int r = 0; r < pb.rounds; r++) {
        if (!pb.present[r * pb.n + x]) {
          continue;
        }
        int f = pb.fixed[r * pb.n + x];
        int size = f >= 0 ? pb.target[r * pb.tableCount + f] : smallest[r];
        own += size - 1;
        seats += (f >= 0 ? pb.target[r * pb.tableCount + f] : largest[r]) - 1;
      }
      long partners = copresent[i] - partnersLost[i];
      excess += Math.max(0, own - partners);
      if (partners > 0) {
        out[0] = Math.max(out[0], (own + partners - 1) / partners);
      }
      out[1] = Math.min(out[1], Math.min(seats, Math.max(0, partners)));
    }
    return Math.max(global, (excess + 1) / 2);
  }

  private static boolean overlap(int f1, int l1, int f2, int l2) {
    return f1 <= l2 && f2 <= l1;
  }

  private static int upperBound(int[] sorted, int value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int lowerBound(int[] sorted, int value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int[] members(Problem pb, int g) {
    int m = 0;
    for (int p = 0; p < pb.n; p++) {
      Pulse.beat(p);
      m += pb.personGroup[p] == g && first(pb, p) < pb.rounds ? 1 : 0;
    }
    int[] members = new int[m];
    m = 0;
    for (int p = 0; p < pb.n; p++) {
      Pulse.beat(p);
      if (pb.personGroup[p] == g && first(pb, p) < pb.rounds) {
        members[m++] = p;
      }
    }
    return members;
  }

  private static long pigeonhole(Problem pb, int g) {
    int[] tables = pb.groupTables[g];
    long total = 0;
    for (int r = 1; r < pb.rounds; r++) {
      int newcomers = 0;
      for (int p = 0; p < pb.n; p++) {
        Pulse.beat(p);
        if (pb.personGroup[p] == g && pb.present[r * pb.n + p] && !pb.present[p]) {
          newcomers++;
        }
      }
      for (int t : tables) {
        int s = Math.max(0, pb.target[r * pb.tableCount + t] - newcomers);
        total += evenSplitPairs(s, tables.length);
      }
    }
    return total;
  }

  /**
   * For every two rounds, travellers who sit at the same pair of tables meet twice; a pair meeting m times shows up
   * in C(m, 2) round pairs but adds only m - 1 repeats, so repeats >= 2 / rounds * (sum of forced coincidences).
   * Under the vraagstuk rule only table pairs with different vraagstukken are allowed.
   */
  private static long projection(Problem pb, int g, boolean rule) {
    int[] tables = pb.groupTables[g];
    int rounds = pb.rounds;
    if (rounds < 2) {
      return 0;
    }
    long combos;
    if (rule) {
      int[] perQuestion = new int[Math.max(1, pb.vraagstukCount)];
      for (int t : tables) {
        if (pb.vraagstuk[t] < 0) {
          return 0;
        }
        perQuestion[pb.vraagstuk[t]]++;
      }
      combos = 0;
      for (int t : tables) {
        combos += tables.length - perQuestion[pb.vraagstuk[t]];
      }
    } else {
      combos = (long) tables.length * tables.length;
    }
    java.util.Map<java.util.BitSet, Long> patterns = new java.util.HashMap<>();
    java.util.BitSet last = null;
    long run = 0;
    java.util.BitSet free = new java.util.BitSet(rounds);
    for (int p = 0; p < pb.n; p++) {
      Pulse.beat(p);
      if (pb.personGroup[p] != g || pb.hostTable[p] >= 0 || rule && pb.vraagstukCap[p] != 1) {
        continue;
      }
      free.clear();
      for (int r = 0; r < rounds; r++) {
        if (pb.present[r * pb.n + p] && pb.fixed[r * pb.n + p] < 0) {
          free.set(r);
        }
      }
      if (free.equals(last)) {
        run++;
        continue;
      }
      if (last != null) {
        patterns.merge(last, run, Long::sum);
      }
      last = (java.util.BitSet) free.clone();
      run = 1;
    }
    if (last != null) {
      patterns.merge(last, run, Long::sum);
    }
    if ((long) patterns.size() * rounds * rounds > PATTERN_WORK) {
      return 0;
    }
    long coincidences = 0;
    for (int r1 = 0; r1 < rounds; r1++) {
      for (int r2 = r1 + 1; r2 < rounds; r2++) {
        long travellers = 0;
        for (java.util.Map.Entry<java.util.BitSet, Long> e : patterns.entrySet()) {
          if (e.getKey().get(r1) && e.getKey().get(r2)) {
            travellers += e.getValue();
          }
        }
        coincidences += evenSplitPairs(travellers, combos);
      }
    }
    return (2 * coincidences + rounds - 1) / rounds;
  }

  /** Travellers on one route (the same table every round) meet every round; the vraagstuk rule limits routes. */
  private static long routes(Problem pb, int g) {
    int[] tables = pb.groupTables[g];
    int[] perQuestion = new int[Math.max(1, pb.vraagstukCount)];
    for (int t : tables) {
      if (pb.vraagstuk[t] < 0) {
        return 0;
      }
      perQuestion[pb.vraagstuk[t]]++;
    }
    int distinct = 0;
    for (int c : perQuestion) {
      distinct += c > 0 ? 1 : 0;
    }
    int rounds = pb.rounds;
    if (rounds < 2 || rounds > distinct) {
      return 0;
    }
    long travellers = 0;
    for (int p = 0; p < pb.n; p++) {
      Pulse.beat(p);
      if (pb.personGroup[p] != g || pb.hostTable[p] >= 0) {
        continue;
      }
      boolean free = true;
      for (int r = 0; r < rounds && free; r++) {
        free = pb.present[r * pb.n + p] && pb.fixed[r * pb.n + p] < 0;
      }
      travellers += free ? 1 : 0;
    }
    double[] elementary = new double[rounds + 1];
    elementary[0] = 1;
    for (int c : perQuestion) {
      if (c == 0) {
        continue;
      }
      for (int j = rounds; j >= 1; j--) {
        elementary[j] += elementary[j - 1] * c;
      }
    }
    double routeCount = elementary[rounds];
    for (int j = 2; j <= rounds; j++) {
      routeCount *= j;
    }
    if (routeCount >= travellers) {
      return 0;
    }
    return evenSplitPairs(travellers, (long) routeCount) * (rounds - 1);
  }

  /**
   * Seats at a vraagstuk beyond what the travellers can fill within their limit must be filled by repeats. Table
   * sizes within a round may trade places, so each table counts with its smallest possible size; seats that must go
   * somewhere beyond the room left below the limits add repeats too.
   */
  private static long surplus(Problem pb) {
    if (pb.vraagstukCount == 0) {
      return 0;
    }
    long total = 0;
    groups:
    for (int g = 0; g < pb.groups; g++) {
      long[] low = new long[pb.vraagstukCount];
      long[] high = new long[pb.vraagstukCount];
      long seats = 0;
      for (int r = 0; r < pb.rounds; r++) {
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        for (int t : pb.groupTables[g]) {
          smallest = Math.min(smallest, pb.target[r * pb.tableCount + t]);
          largest = Math.max(largest, pb.target[r * pb.tableCount + t]);
        }
        for (int t : pb.groupTables[g]) {
          int host = pb.tableHost[t];
          int hostThere = host >= 0 && pb.present[r * pb.n + host] ? 1 : 0;
          int size = pb.target[r * pb.tableCount + t];
          seats += size - hostThere;
          int v = pb.vraagstuk[t];
          if (v < 0) {
            continue groups;
          }
          low[v] += Math.min(size, smallest) - hostThere;
          high[v] += Math.max(size, Math.min(largest, pb.capacity[t])) - hostThere;
        }
      }
      long allowance = 0;
      for (int p = 0; p < pb.n; p++) {
        Pulse.beat(p);
        if (pb.personGroup[p] == g && pb.hostTable[p] < 0) {
          allowance += pb.vraagstukCap[p] == Integer.MAX_VALUE ? pb.rounds : pb.vraagstukCap[p];
        }
      }
      long remaining = seats;
      long room = 0;
      for (int v = 0; v < pb.vraagstukCount; v++) {
        remaining -= low[v];
        total += Math.max(0, low[v] - allowance);
        room += Math.max(0, Math.min(allowance, high[v]) - low[v]);
      }
      total += Math.max(0, remaining - room);
    }
    return total;
  }

  private static long colleagues(Problem pb) {
    if (pb.orgCount == 0) {
      return 0;
    }
    long total = 0;
    int[] perOrg = new int[pb.orgCount];
    for (int r = 0; r < pb.rounds; r++) {
      for (int g = 0; g < pb.groups; g++) {
        Arrays.fill(perOrg, 0);
        for (int p = 0; p < pb.n; p++) {
          Pulse.beat(p);
          if (pb.personGroup[p] == g && pb.present[r * pb.n + p] && pb.org[p] >= 0) {
            perOrg[pb.org[p]]++;
          }
        }
        for (int c : perOrg) {
          total += evenSplitPairs(c, pb.groupTables[g].length);
        }
      }
    }
    return total;
  }
}
