package nl.opgave.workshop.rotation;

import java.util.Arrays;
import nl.opgave.model.cafe.RotationStatistics;

/** Statistics of a seating, computed from scratch (sorted contact lists, no meetings matrix). */
final class Evaluation {
  private Evaluation() {}

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  /** Seats beyond which contacts are counted by inclusion-exclusion over rounds instead of mate by mate. */
  static final long STAMP_WORK = 200_000_000L;

  /** Pair meetings per person: repeats, pairs met twice or more, the most meetings of a pair, contacts per person. */
  static final class Contacts {
    long repeats;
    long repeatedPairs;
    int maxMeetings;
    final int[] contacts;

    Contacts(int n) {
      contacts = new int[n];
      Arrays.fill(contacts, -1);
    }
  }

  /** Returns the mates a mate-by-mate count visits: the sum over rounds and tables of size squared. */
  static long pairWork(Problem pb, int[] cumulative) {
    long work = 0;
    for (int i = 1; i < cumulative.length; i++) {
      long s = cumulative[i] - cumulative[i - 1];
      work += s * s;
    }
    return work;
  }

  private static Contacts stamped(Problem pb, int[] seats, int[] size, int[] list) {
    int n = pb.n;
    int tables = pb.tableCount;
    Contacts c = new Contacts(n);
    int[] met = new int[n];
    int[] touched = new int[n];
    long repeats = 0;
    long repeated = 0;
    int maxRun = 0;
    for (int p = 0; p < n; p++) {
      Pulse.beat(p);
      int length = 0;
      boolean attends = false;
      for (int r = 0; r < pb.rounds; r++) {
        int t = seats[r * n + p];
        if (t < 0) {
          continue;
        }
        attends = true;
        for (int i = size[r * tables + t], to = size[r * tables + t + 1]; i < to; i++) {
          int q = list[i];
          if (q != p && met[q]++ == 0) {
            touched[length++] = q;
          }
        }
      }
      if (!attends) {
        continue;
      }
      for (int i = 0; i < length; i++) {
        int q = touched[i];
        int m = met[q];
        met[q] = 0;
        if (contains(pb.together[p], q)) {
          maxRun = Math.max(maxRun, 1);
        } else {
          repeats += m - 1;
          repeated += m >= 2 ? 1 : 0;
          maxRun = Math.max(maxRun, m);
        }
      }
      c.contacts[p] = length;
    }
    c.repeats = repeats / 2;
    c.repeatedPairs = repeated / 2;
    c.maxMeetings = maxRun;
    return c;
  }

  /**
   * Counts through the subsets S of rounds: the pairs that share a table in every round of S, and per person the
   * people who do; inclusion-exclusion turns these into repeats and contacts. A subset in which nobody shares every
   * table ends its branch, so big tables with few rounds cost (subsets) * n instead of n * table size.
   */
  private static Contacts inclusionExclusion(Problem pb, int[] seats) {
    int n = pb.n;
    Contacts c = new Contacts(n);
    long[] contacts = new long[n];
    long[] wantedMask = wantedAgreement(pb, seats);
    long[] totals = new long[3];
    int[] parent = new int[n];
    int[] active = new int[n];
    int activeCount = 0;
    for (int p = 0; p < n; p++) {
      Pulse.beat(p);
      boolean attends = false;
      for (int r = 0; r < pb.rounds && !attends; r++) {
        attends = seats[r * n + p] >= 0;
      }
      parent[p] = attends ? 0 : -1;
      if (attends) {
        active[activeCount++] = p;
      }
    }
    int[] maxMeetings = {wantedMask.length > 0 && anyMet(wantedMask) ? 1 : 0};
    subsets(pb, seats, parent, active, activeCount, 0, 0L, 0, wantedMask, contacts, totals, maxMeetings,
        new ClassMap(n), new int[pb.rounds + 1][], new int[pb.rounds + 1][], new int[pb.rounds + 1][]);
    for (int p = 0; p < n; p++) {
      Pulse.beat(p);
      if (parent[p] >= 0) {
        c.contacts[p] = (int) contacts[p];
      }
    }
    c.repeats = totals[0] - totals[1];
    c.repeatedPairs = totals[2];
    c.maxMeetings = maxMeetings[0];
    return c;
  }

  private static boolean anyMet(long[] masks) {
    for (long m : masks) {
      if (m != 0) {
        return true;
      }
    }
    return false;
  }

  private static long[] wantedAgreement(Problem pb, int[] seats) {
    int n = pb.n;
    int count = 0;
    for (int p = 0; p < n; p++) {
      Pulse.beat(p);
      for (int z : pb.together[p]) {
        count += z > p ? 1 : 0;
      }
    }
    long[] masks = new long[count];
    int k = 0;
    for (int p = 0; p < n; p++) {
      Pulse.beat(p);
      for (int z : pb.together[p]) {
        if (z > p) {
          long mask = 0;
          for (int r = 0; r < pb.rounds; r++) {
            if (seats[r * n + p] >= 0 && seats[r * n + p] == seats[r * n + z]) {
              mask |= 1L << r;
            }
          }
          masks[k++] = mask;
        }
      }
    }
    return masks;
  }

  private static void subsets(Problem pb, int[] seats, int[] parent, int[] active, int activeCount, int from,
      long mask, int depth, long[] wantedMask, long[] contacts, long[] totals, int[] maxMeetings, ClassMap map,
      int[][] children, int[][] counts, int[][] actives) {
    int n = pb.n;
    int s = depth + 1;
    if (children[s] == null) {
      children[s] = new int[n];
      counts[s] = new int[n];
      actives[s] = new int[n];
    }
    int[] child = children[s];
    int[] sizes = counts[s];
    int[] next = actives[s];
    long sign = (s & 1) == 1 ? 1 : -1;
    for (int r = from; r < pb.rounds; r++) {
      Pulse.now();
      map.clear();
      int classes = 0;
      int base = r * n;
      for (int i = 0; i < activeCount; i++) {
        Pulse.beat(i);
        int p = active[i];
        int t = seats[base + p];
        if (t < 0) {
          child[p] = -1;
          continue;
        }
        int id = map.idOf((long) parent[p] * pb.tableCount + t, classes);
        if (id == classes) {
          sizes[classes++] = 0;
        }
        sizes[id]++;
        child[p] = id;
      }
      long pairs = 0;
      for (int i = 0; i < classes; i++) {
        pairs += (long) sizes[i] * (sizes[i] - 1) / 2;
      }
      if (pairs == 0) {
        continue;
      }
      long subset = mask | 1L << r;
      long agreeing = pairs;
      for (long w : wantedMask) {
        agreeing -= (w & subset) == subset ? 1 : 0;
      }
      totals[1] += sign * agreeing;
      if (s == 1) {
        totals[0] += agreeing;
      } else {
        totals[2] -= sign * (s - 1) * agreeing;
      }
      if (agreeing > 0) {
        maxMeetings[0] = Math.max(maxMeetings[0], s);
      }
      int nextCount = 0;
      for (int i = 0; i < activeCount; i++) {
        Pulse.beat(i);
        int p = active[i];
        int c = child[p];
        if (c >= 0 && sizes[c] >= 2) {
          contacts[p] += sign * (sizes[c] - 1);
          next[nextCount++] = p;
        }
      }
      if (r + 1 < pb.rounds) {
        subsets(pb, seats, child, next, nextCount, r + 1, subset, s, wantedMask, contacts, totals, maxMeetings, map,
            children, counts, actives);
      }
    }
  }

  /** Numbers the (class, table) keys of one subset densely: open addressing, cleared by generation. */
  private static final class ClassMap {
    private final long[] keys;
    private final int[] ids;
    private final int[] generation;
    private final int mask;
    private int current;

    ClassMap(int n) {
      int capacity = Integer.highestOneBit(Math.max(16, 2 * n)) << 1;
      keys = new long[capacity];
      ids = new int[capacity];
      generation = new int[capacity];
      mask = capacity - 1;
    }

    void clear() {
      current++;
    }

    int idOf(long key, int next) {
      int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
      while (generation[i] == current) {
        if (keys[i] == key) {
          return ids[i];
        }
        i = (i + 1) & mask;
      }
      generation[i] = current;
      keys[i] = key;
      ids[i] = next;
      return next;
    }
  }

  static RotationStatistics statistics(Problem pb, int[] seats) {
    return statistics(pb, seats, STAMP_WORK);
  }

  /** Returns the statistics, counting contacts mate by mate up to the given work and by subsets of rounds above. */
  static RotationStatistics statistics(Problem pb, int[] seats, long stampWork) {
    int n = pb.n;
    int tables = pb.tableCount;
    int rounds = pb.rounds;
    int[] size = new int[rounds * tables + 1];
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < n; p++) {
        Pulse.beat(p);
        int t = seats[r * n + p];
        if (t >= 0) {
          size[r * tables + t + 1]++;
        }
      }
    }
    for (int i = 1; i < size.length; i++) {
      size[i] += size[i - 1];
    }
    int[] start = size.clone();
    int[] list = new int[size[size.length - 1]];
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < n; p++) {
        Pulse.beat(p);
        int t = seats[r * n + p];
        if (t >= 0) {
          list[start[r * tables + t]++] = p;
        }
      }
    }
    Contacts c = pairWork(pb, size) <= stampWork || rounds > 62 ? stamped(pb, seats, size, list)
        : inclusionExclusion(pb, seats);
    long distinctSum = 0;
    int minContacts = Integer.MAX_VALUE;
    int maxContacts = 0;
    long attending = 0;
    for (int p = 0; p < n; p++) {
      Pulse.beat(p);
      if (c.contacts[p] < 0) {
        continue;
      }
      attending++;
      distinctSum += c.contacts[p];
      minContacts = Math.min(minContacts, c.contacts[p]);
      maxContacts = Math.max(maxContacts, c.contacts[p]);
    }
    int questions = Math.max(1, pb.vraagstukCount);
    int[] visits = new int[n * questions];
    long vraag = 0;
    long colleagues = 0;
    int[] perOrg = new int[Math.max(1, pb.orgCount)];
    for (int r = 0; r < rounds; r++) {
      for (int t = 0; t < tables; t++) {
        int from = size[r * tables + t];
        int to = size[r * tables + t + 1];
        for (int i = from; i < to; i++) {
          if (pb.org[list[i]] >= 0) {
            perOrg[pb.org[list[i]]] = 0;
          }
        }
        for (int i = from; i < to; i++) {
          int x = list[i];
          if (pb.org[x] >= 0) {
            colleagues += perOrg[pb.org[x]]++;
          }
          int v = pb.vraagstuk[t];
          if (v >= 0 && pb.vraagstukCap[x] != Integer.MAX_VALUE
              && ++visits[x * questions + v] > pb.vraagstukCap[x]) {
            vraag++;
          }
        }
      }
    }
    long apart = 0;
    long together = 0;
    long changed = 0;
    for (int r = 0; r < rounds; r++) {
      int base = r * n;
      for (int p = 0; p < n; p++) {
        Pulse.beat(p);
        int s = seats[base + p];
        if (s < 0) {
          continue;
        }
        for (int z : pb.apart[p]) {
          if (z > p && seats[base + z] == s) {
            apart++;
          }
        }
        for (int z : pb.together[p]) {
          if (z > p && seats[base + z] >= 0 && seats[base + z] != s) {
            together++;
          }
        }
        if (pb.reference != null && r >= pb.frozenRounds && pb.reference[base + p] >= 0
            && pb.reference[base + p] != s) {
          changed++;
        }
      }
    }
    return RotationStatistics.builder()
        .repeats(c.repeats)
        .repeatedPairs(c.repeatedPairs)
        .maxMeetings(c.maxMeetings)
        .vraagstukRepeats(vraag)
        .colleagueMeetings(colleagues)
        .keepApartBroken(apart)
        .keepTogetherBroken(together)
        .minContacts(attending == 0 ? 0 : minContacts)
        .meanContacts(attending == 0 ? 0 : (double) distinctSum / attending)
        .maxContacts(maxContacts)
        .seatsChanged(changed)
        .build();
  }
}
