package nl.opgave.workshop.rotation;

import java.util.Arrays;
import java.util.OptionalInt;
import nl.opgave.model.cafe.RotationBounds;

/** Lower bounds of a compiled request: counting, pigeonhole, vraagstuk routes, colleagues. */
final class Bounds {
  private static final long PATTERN_WORK = 50_000_000L;

  private Bounds() {}

  static RotationBounds of(Problem pb) {
    return of(pb, true);
  }

  /** Returns the bounds; runs counts members alike at once (false: one by one). */
  static RotationBounds of(Problem pb, boolean runs) {
    long counting = 0;
    long pigeonhole = 0;
    long routes = 0;
    int zeroRounds = Integer.MAX_VALUE;
    long floor = 0;
    long ceiling = Long.MAX_VALUE;
    boolean ruleKept = surplus(pb) == 0;
    int[] groupSize = new int[pb.groups];
    for (int p = 0; p < pb.n; p++) {
      if ((p & 1023) == 0) {
        Pulse.now();
      }
      groupSize[pb.personGroup[p]]++;
    }
    for (int g = 0; g < pb.groups; g++) {
      long wanted = wantedMeetings(pb, g);
      long[] pairs = {0, Long.MAX_VALUE};
      counting += Math.max(0, counting(pb, g, pairs, runs) - wanted);
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
      int people = groupSize[g];
      for (int r = 0; r < pb.rounds; r++) {
        for (int t : pb.groupTables[g]) {
          k = Math.max(k, pb.target[r * pb.tableCount + t]);
        }
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
    if (pb.request.keepTogether().isEmpty()) {
      return 0;
    }
    long pairs = 0;
    for (int p = 0; p < pb.n; p++) {
      if ((p & 1023) == 0) {
        Pulse.now();
      }
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

  /**
   * Returns the counting bound of a group; fills out[0] with the meetings per pair that can meet, rounded up
   * (overall and per person), and out[1] with the fewest people anyone can meet.
   */
  private static long counting(Problem pb, int g, long[] out, boolean runs) {
    int[] members = members(pb, g);
    int m = members.length;
    int rounds = pb.rounds;
    int[] firstAtMost = new int[rounds + 1];
    int[] lastBelow = new int[rounds + 1];
    int[] hostIndex = new int[m];
    int hosts = 0;
    for (int i = 0; i < m; i++) {
      int x = members[i];
      firstAtMost[pb.start[x]]++;
      lastBelow[pb.end[x]]++;
      if (pb.hostTable[x] >= 0) {
        hostIndex[hosts++] = i;
      }
    }
    for (int r = 1; r <= rounds; r++) {
      firstAtMost[r] += firstAtMost[r - 1];
      lastBelow[r] += lastBelow[r - 1];
    }
    long hostPairs = 0;
    long apartPairs = 0;
    boolean apart = !pb.request.keepApart().isEmpty();
    long[] partnersLost = hosts > 1 || apart ? new long[m] : null;
    if (hosts > 1) {
      int[] hostsFrom = new int[rounds + 1];
      int[] hostsUntil = new int[rounds + 1];
      for (int a = 0; a < hosts; a++) {
        hostsFrom[pb.start[members[hostIndex[a]]]]++;
        hostsUntil[pb.end[members[hostIndex[a]]]]++;
      }
      for (int r = 1; r <= rounds; r++) {
        hostsFrom[r] += hostsFrom[r - 1];
        hostsUntil[r] += hostsUntil[r - 1];
      }
      for (int a = 0; a < hosts; a++) {
        int i = hostIndex[a];
        int later = hosts - hostsFrom[pb.end[members[i]] - 1];
        int others = hosts - 1 - later - hostsUntil[pb.start[members[i]]];
        hostPairs += others;
        partnersLost[i] += others;
      }
      hostPairs /= 2;
    }
    if (apart) {
      int[] position = new int[pb.n];
      Arrays.fill(position, -1);
      for (int i = 0; i < m; i++) {
        position[members[i]] = i;
      }
      for (int i = 0; i < m; i++) {
        int x = members[i];
        for (int y : pb.apart[x]) {
          int j = position[y];
          if (j > i && !(pb.hostTable[x] >= 0 && pb.hostTable[y] >= 0) && overlap(pb, x, y)) {
            apartPairs++;
            partnersLost[i]++;
            partnersLost[j]++;
          }
        }
      }
    }
    long meetings = 0;
    for (int r = 0; r < rounds; r++) {
      for (int t : pb.groupTables[g]) {
        long s = pb.target[r * pb.tableCount + t];
        meetings += s * (s - 1) / 2;
      }
    }
    int[] smallest = new int[rounds];
    int[] largest = new int[rounds];
    long[] ownBefore = new long[rounds + 1];
    long[] seatsBefore = new long[rounds + 1];
    for (int r = 0; r < rounds; r++) {
      smallest[r] = Integer.MAX_VALUE;
      for (int t : pb.groupTables[g]) {
        smallest[r] = Math.min(smallest[r], pb.target[r * pb.tableCount + t]);
        largest[r] = Math.max(largest[r], pb.target[r * pb.tableCount + t]);
      }
      ownBefore[r + 1] = ownBefore[r] + smallest[r] - 1;
      seatsBefore[r + 1] = seatsBefore[r] + largest[r] - 1;
    }
    long disjoint = 0;
    long excess = 0;
    long most = 0;
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < m; ) {
      int x = members[i];
      int start = pb.start[x];
      int end = pb.end[x];
      long later = m - firstAtMost[end - 1];
      long lost = partnersLost == null ? 0 : partnersLost[i];
      long partners = m - 1 - later - lastBelow[start] - lost;
      long own;
      long seats;
      int run = 1;
      if (pb.pinless && pb.hostTable[x] < 0) {
        own = ownBefore[end] - ownBefore[start];
        seats = seatsBefore[end] - seatsBefore[start];
        run = runs ? alike(pb, members, i, partnersLost) : 1;
      } else {
        own = 0;
        seats = 0;
        for (int r = start; r < end; r++) {
          int f = pb.fixed[r * pb.n + x];
          own += (f >= 0 ? pb.target[r * pb.tableCount + f] : smallest[r]) - 1;
          seats += (f >= 0 ? pb.target[r * pb.tableCount + f] : largest[r]) - 1;
        }
      }
      disjoint += later * run;
      if (own > partners) {
        excess += (own - partners) * run;
      }
      if (partners > 0) {
        most = Math.max(most, (own + partners - 1) / partners);
      }
      fewest = Math.min(fewest, Math.min(seats, Math.max(0, partners)));
      i += run;
    }
    long meetable = (long) m * (m - 1) / 2 - disjoint - hostPairs - apartPairs;
    long global = Math.max(0, meetings - meetable);
    if (meetable > 0) {
      out[0] = (meetings + meetable - 1) / meetable;
    }
    out[0] = Math.max(out[0], most);
    out[1] = Math.min(out[1], fewest);
    return Math.max(global, (excess + 1) / 2);
  }

  /**
   * Returns the members from i on, at least one, that share member i's rounds, host no table and lose as many
   * partners: their counts are member i's.
   */
  private static int alike(Problem pb, int[] members, int i, long[] partnersLost) {
    int[] start = pb.start;
    int[] end = pb.end;
    int[] host = pb.hostTable;
    int x = members[i];
    int j = i + 1;
    while (j < members.length && start[members[j]] == start[x] && end[members[j]] == end[x]
        && host[members[j]] < 0 && (partnersLost == null || partnersLost[j] == partnersLost[i])) {
      j++;
    }
    return j - i;
  }

  private static boolean overlap(Problem pb, int x, int y) {
    return pb.start[x] < pb.end[y] && pb.start[y] < pb.end[x];
  }

  private static int[] members(Problem pb, int g) {
    int[] members = new int[pb.n];
    int m = 0;
    for (int p = 0; p < pb.n; p++) {
      if ((p & 1023) == 0) {
        Pulse.now();
      }
      if (pb.personGroup[p] == g && pb.start[p] < pb.end[p]) {
        members[m++] = p;
      }
    }
    return Arrays.copyOf(members, m);
  }


  private static long pigeonhole(Problem pb, int g) {
    int[] tables = pb.groupTables[g];
    long total = 0;
    int[] arrivals = new int[pb.rounds + 1];
    for (int p = 0; p < pb.n; p++) {
      if ((p & 1023) == 0) {
        Pulse.now();
      }
      if (pb.personGroup[p] == g && pb.start[p] > 0 && pb.start[p] < pb.end[p]) {
        arrivals[pb.start[p]]++;
        arrivals[pb.end[p]]--;
      }
    }
    int newcomers = 0;
    for (int r = 1; r < pb.rounds; r++) {
      newcomers += arrivals[r];
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
    int lastStart = -1;
    int lastEnd = -1;
    for (int p = 0; p < pb.n; p++) {
      if ((p & 1023) == 0) {
        Pulse.now();
      }
      if (pb.personGroup[p] != g || pb.hostTable[p] >= 0 || rule && pb.vraagstukCap[p] != 1) {
        continue;
      }
      if (pb.pinless) {
        if (pb.start[p] == lastStart && pb.end[p] == lastEnd) {
          run++;
          continue;
        }
        lastStart = pb.start[p];
        lastEnd = pb.end[p];
        free.clear();
        free.set(lastStart, lastEnd);
      } else {
        free.clear();
        for (int r = pb.start[p]; r < pb.end[p]; r++) {
          if (pb.fixed[r * pb.n + p] < 0) {
            free.set(r);
          }
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
      if ((p & 1023) == 0) {
        Pulse.now();
      }
      if (pb.personGroup[p] != g || pb.hostTable[p] >= 0) {
        continue;
      }
      boolean free = pb.start[p] == 0 && pb.end[p] == rounds;
      for (int r = 0; r < rounds && free && !pb.pinless; r++) {
        free = pb.fixed[r * pb.n + p] < 0;
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
    long[] allowances = new long[pb.groups];
    for (int p = 0; p < pb.n; p++) {
      if ((p & 1023) == 0) {
        Pulse.now();
      }
      if (pb.hostTable[p] < 0 && pb.personGroup[p] >= 0) {
        allowances[pb.personGroup[p]] += pb.vraagstukCap[p] == Integer.MAX_VALUE ? pb.rounds : pb.vraagstukCap[p];
      }
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
      long allowance = allowances[g];
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
          if ((p & 1023) == 0) {
            Pulse.now();
          }
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
