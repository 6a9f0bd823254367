package nl.opgave.workshop.rotation;

import java.util.Arrays;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.cafe.RotationStatistics;

/**
 * Statistics of a seating, computed from scratch: people with the same route form one weighted type; pairs inside a
 * type meet in every round they attend, pairs of types are counted by inclusion-exclusion over subsets of rounds
 * within a work budget, else type by type.
 */
final class Evaluation {
  private Evaluation() {}

  /**
   * Pair meetings: repeats, pairs met twice or more, the most meetings of a pair; the people attending and the sum,
   * least and most of the people each of them meets.
   */
  static final class Contacts {
    long repeats;
    long repeatedPairs;
    int maxMeetings;
    boolean bySubsets;
    long work;
    long pairwise;
    long lonely;
    long predicted = -1;
    long attending;
    long distinctSum;
    int minContacts = Integer.MAX_VALUE;
    int maxContacts;
  }

  /** Returns the work of counting mate by mate: the sum over rounds and tables of the people seated there squared. */
  static long pairWork(int[] cumulative) {
    long work = 0;
    for (int i = 1; i < cumulative.length; i++) {
      long s = cumulative[i] - cumulative[i - 1];
      work += s * s;
    }
    return work;
  }

  /** The cost of one step of inclusion-exclusion (a type visited for one round) in pairs stamped. */
  static final long SUBSET_COST = 3;

  /**
   * Returns an upper bound, in pairs stamped, on the work of inclusion-exclusion over the given types (and pairs kept
   * together) in the given rounds, whatever the seating: a type is visited at most once per round per subset.
   */
  static long subsetBound(long types, int rounds) {
    if (rounds > 62) {
      return Long.MAX_VALUE;
    }
    double bound = (double) SUBSET_COST * types * ((1L << rounds) - 1);
    return bound >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bound;
  }

  /** People with the same seat in every round (absences included), numbered in order of first appearance. */
  static final class Types {
    final int n;
    final int count;
    final int rounds;
    final int tables;
    final int[] of;
    final long[] weight;
    final int[] seat;
    final int[] attended;

    private Types(int n, int count, int rounds, int tables, int[] of, long[] weight, int[] seat, int[] attended) {
      this.n = n;
      this.count = count;
      this.rounds = rounds;
      this.tables = tables;
      this.of = of;
      this.weight = weight;
      this.seat = seat;
      this.attended = attended;
    }

    static Types of(Problem pb, int[] seats) {
      int n = pb.n;
      int rounds = pb.rounds;
      long[] hash = new long[n];
      for (int r = 0; r < rounds; r++) {
        int base = r * n;
        Pulse.now();
        for (int p = 0; p < n; p++) {
          hash[p] = (hash[p] ^ (seats[base + p] + 1)) * 0x9E3779B97F4A7C15L + r;
        }
      }
      int capacity = Integer.highestOneBit(Math.max(16, 2 * n)) << 1;
      int mask = capacity - 1;
      int[] slot = new int[capacity];
      int[] of = new int[n];
      int[] first = new int[n];
      long[] weight = new long[n];
      int count = 0;
      for (int p = 0; p < n; p++) {
        if ((p & 1023) == 0) {
          Pulse.now();
        }
        long h = hash[p];
        int i = (int) ((h ^ h >>> 29) * 0xBF58476D1CE4E5B9L >>> 40) & mask;
        int type = -1;
        while (slot[i] != 0) {
          int x = slot[i] - 1;
          if (hash[first[x]] == h && sameRoute(seats, n, rounds, first[x], p)) {
            type = x;
            break;
          }
          i = (i + 1) & mask;
        }
        if (type < 0) {
          type = count++;
          first[type] = p;
          slot[i] = type + 1;
        }
        of[p] = type;
        weight[type]++;
      }
      int[] seat = new int[rounds * count];
      int[] attended = new int[count];
      for (int r = 0; r < rounds; r++) {
        Pulse.now();
        for (int x = 0; x < count; x++) {
          int t = seats[r * n + first[x]];
          seat[r * count + x] = t;
          attended[x] += t >= 0 ? 1 : 0;
        }
      }
      return new Types(n, count, rounds, pb.tableCount, of, Arrays.copyOf(weight, count), seat, attended);
    }

    private static boolean sameRoute(int[] seats, int n, int rounds, int a, int b) {
      for (int r = 0; r < rounds; r++) {
        if (seats[r * n + a] != seats[r * n + b]) {
          return false;
        }
      }
      return true;
    }

    /** Returns the types seated at each table of each round, as offsets (index r * tables + t) into a list. */
    int[][] tableLists() {
      return byTable(seat, count, rounds, tables);
    }

    long agreement(int x, int y) {
      long mask = 0;
      for (int r = 0; r < rounds; r++) {
        int t = seat[r * count + x];
        if (t >= 0 && t == seat[r * count + y]) {
          mask |= 1L << Math.min(r, 63);
        }
      }
      return mask;
    }

    /** Counts the meetings: inside types in closed form, between types by subsets within the budget, else stamped. */
    Contacts contacts(Problem pb, long subsetBudget) {
      Contacts c = new Contacts();
      long[] inside = new long[count];
      int crossCount = 0;
      boolean kept = !pb.request.keepTogether().isEmpty();
      for (int p = 0; p < n && kept; p++) {
        if ((p & 1023) == 0) {
          Pulse.now();
        }
        for (int z : pb.together[p]) {
          if (z > p) {
            if (of[z] == of[p]) {
              inside[of[p]]++;
            } else {
              crossCount++;
            }
          }
        }
      }
      int[] crossFrom = new int[crossCount];
      int[] crossTo = new int[crossCount];
      int k = 0;
      for (int p = 0; p < n && kept; p++) {
        if ((p & 1023) == 0) {
          Pulse.now();
        }
        for (int z : pb.together[p]) {
          if (z > p && of[z] != of[p]) {
            crossFrom[k] = Math.min(of[p], of[z]);
            crossTo[k++] = Math.max(of[p], of[z]);
          }
        }
      }
      for (int x = 0; x < count; x++) {
        if ((x & 1023) == 0) {
          Pulse.now();
        }
        if (attended[x] == 0) {
          continue;
        }
        long pairs = weight[x] * (weight[x] - 1) / 2 - inside[x];
        if (pairs > 0) {
          c.repeats += pairs * (attended[x] - 1);
          c.repeatedPairs += attended[x] >= 2 ? pairs : 0;
          c.maxMeetings = Math.max(c.maxMeetings, attended[x]);
        }
        if (inside[x] > 0) {
          c.maxMeetings = Math.max(c.maxMeetings, 1);
        }
      }
      long[] masks = new long[crossCount];
      for (int i = 0; i < crossCount; i++) {
        if ((i & 1023) == 0) {
          Pulse.now();
        }
        masks[i] = agreement(crossFrom[i], crossTo[i]);
        if (masks[i] != 0) {
          c.maxMeetings = Math.max(c.maxMeetings, 1);
        }
      }
      int[][] lists = tableLists();
      long stampWork = pairWork(lists[0]);
      long[] met = new long[count];
      long[] totals = new long[3];
      boolean counted = false;
      long budget = subsetBudget;
      if (budget < 0) {
        int attending = 0;
        for (int x = 0; x < count; x++) {
          attending += attended[x] > 0 ? 1 : 0;
        }
        if (Math.min(subsetBound(attending + crossCount, rounds), 2 * stampWork) > Problem.COUNT_LIMIT) {
          throw InvalidValueException.of(ProblemCode.ROTATION_UNCOUNTABLE, pb.n, pb.tableCount, rounds,
              Problem.COUNT_LIMIT / 1_000_000);
        }
        if (subsetBound(attending + crossCount, rounds) <= stampWork) {
          budget = Long.MAX_VALUE;
        } else {
          long predicted = rounds > 62 ? Long.MAX_VALUE
              : predictedSteps(lists[0], lists[1], masks, attending, stampWork / SUBSET_COST);
          c.predicted = predicted;
          budget = predicted > stampWork / SUBSET_COST ? 0 : predicted + stampWork / (4 * SUBSET_COST);
        }
      }
      if (rounds <= 62 && budget > 0) {
        Subsets subsets = new Subsets(this, masks, budget);
        counted = subsets.count(attended);
        c.bySubsets = counted;
        c.work = subsets.work * SUBSET_COST;
        c.pairwise = subsets.pairwise;
        c.lonely = subsets.lonelyPairs;
        if (counted) {
          System.arraycopy(subsets.contacts, 0, met, 0, count);
          c.repeats += subsets.meetings - subsets.met;
          c.repeatedPairs += subsets.metTwice;
          c.maxMeetings = Math.max(c.maxMeetings, subsets.most);
        }
      }
      if (!counted) {
        c.work += stampWork;
        int most = crossCount == 0 ? stamped(lists[0], lists[1], met, totals)
            : stamped(lists[0], lists[1], crossFrom, crossTo, met, totals);
        c.repeats += totals[0];
        c.repeatedPairs += totals[1];
        c.maxMeetings = Math.max(c.maxMeetings, most);
      }
      for (int x = 0; x < count; x++) {
        if (attended[x] > 0) {
          int contacts = (int) (weight[x] - 1 + met[x]);
          c.attending += weight[x];
          c.distinctSum += weight[x] * contacts;
          c.minContacts = Math.min(c.minContacts, contacts);
          c.maxContacts = Math.max(c.maxContacts, contacts);
        }
      }
      return c;
    }

    /**
     * Predicts the steps of inclusion-exclusion: exactly for single rounds and pairs of rounds (from the tables' sizes
     * and the pairs kept together), for larger subsets from the share of types that keep company in a pair of rounds,
     * measured on the pairs with the first round where anyone does, that share compounding per further round.
     */
    long predictedSteps(int[] start, int[] list, long[] masks, int attending) {
      return predictedSteps(start, list, masks, attending, Long.MAX_VALUE);
    }

    /**
     * {@link #predictedSteps(int[], int[], long[], int)}, or where the steps of single rounds and pairs of rounds
     * alone exceed the limit, those steps.
     */
    long predictedSteps(int[] start, int[] list, long[] masks, int attending, long limit) {
      long[] active = new long[rounds];
      long[] kept = new long[rounds];
      int maskCount = 0;
      for (long m : masks) {
        if (m != 0) {
          maskCount++;
          for (int r = 0; r < rounds; r++) {
            kept[r] += m >>> r & 1;
          }
        }
      }
      int first = -1;
      for (int r = 0; r < rounds; r++) {
        for (int t = 0; t < tables; t++) {
          int size = start[r * tables + t + 1] - start[r * tables + t];
          active[r] += size >= 2 ? size : 0;
        }
        if (first < 0 && active[r] > 0) {
          first = r;
        }
      }
      double steps = (double) rounds * (attending + maskCount);
      if (first < 0) {
        return (long) steps;
      }
      long least = (long) rounds * (attending + maskCount);
      for (int r = 0; r < rounds; r++) {
        if (active[r] != 0) {
          least += (rounds - r - 1) * (active[r] + kept[r]);
        }
      }
      if (least > limit) {
        return least;
      }
      long stayed = stayed(start, list, first);
      double share = first == rounds - 1 ? 0 : (double) stayed / ((double) active[first] * (rounds - first - 1));
      for (int r = 0; r < rounds; r++) {
        if (active[r] == 0) {
          continue;
        }
        int later = rounds - r - 1;
        steps += (double) later * (active[r] + kept[r]);
        double subsets = later;
        double factor = active[r];
        for (int k = 2; k <= later && factor > 0; k++) {
          subsets = subsets * (later - k + 1) / k;
          factor *= share;
          steps += factor * subsets;
        }
      }
      return steps >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) steps;
    }

    /**
     * Returns, summed over the rounds after round first, the types that share their table of that round with another
     * type from their table of round first (tables of one type skipped).
     */
    long stayed(int[] start, int[] list, int first) {
      int[] mark = new int[tables];
      int[] company = new int[tables];
      int stamp = 0;
      long stayed = 0;
      for (int t = 0; t < tables; t++) {
        if ((t & 1023) == 0) {
          Pulse.now();
        }
        int from = start[first * tables + t];
        int to = start[first * tables + t + 1];
        if (to - from < 2) {
          continue;
        }
        for (int r = first + 1; r < rounds; r++) {
          int base = r * count;
          stamp++;
          for (int i = from; i < to; i++) {
            int u = seat[base + list[i]];
            if (u >= 0) {
              if (mark[u] != stamp) {
                mark[u] = stamp;
                company[u] = 1;
              } else {
                stayed += ++company[u] == 2 ? 2 : 1;
              }
            }
          }
        }
      }
      return stayed;
    }

    /** Returns the first index of each type in the table lists of each round (index r * count + x). */
    private int[] positions(int[] start, int[] list) {
      int[] at = new int[rounds * count];
      for (int r = 0; r < rounds; r++) {
        for (int i = start[r * tables], to = start[(r + 1) * tables]; i < to; i++) {
          at[r * count + list[i]] = i;
        }
      }
      return at;
    }

    /**
     * {@link #stamped(int[], int[], int[], int[], long[], long[])} where no pair of types is kept together, in one
     * pass per type that only counts: the people met are summed from each table's people and those before each place
     * as if every meeting were with someone new, then pairs met twice are taken off. A type's count of meetings with
     * the type being counted runs from a base that grows per type, so that a count below it is a first meeting.
     */
    private int stamped(int[] start, int[] list, long[] contacts, long[] totals) {
      int[] people = new int[count];
      for (int x = 0; x < count; x++) {
        people[x] = (int) weight[x];
      }
      int[] at = new int[rounds * count];
      int[] before = new int[list.length];
      int[] seated = new int[rounds * tables];
      for (int r = 0, rt = 0; r < rounds; r++) {
        int row = r * count;
        for (int t = 0; t < tables; t++, rt++) {
          int sum = 0;
          for (int i = start[rt], to = start[rt + 1]; i < to; i++) {
            int x = list[i];
            at[row + x] = i;
            before[i] = sum;
            sum += people[x];
          }
          seated[rt] = sum;
        }
      }
      int[] met = new int[count];
      int[] again = new int[count];
      int[] credit = new int[count];
      int span = rounds + 1;
      int base = 0;
      int most = 0;
      long repeats = 0;
      long twice = 0;
      long visits = 0;
      for (int x = 0; x < count; x++) {
        if (visits > 1 << 16) {
          Pulse.now();
          visits = 0;
        }
        if (attended[x] == 0) {
          continue;
        }
        if (base > Integer.MAX_VALUE - 2 * span) {
          Arrays.fill(met, 0);
          base = 0;
        }
        base += span;
        int once = base + 1;
        int wx = people[x];
        int sum = 0;
        int repeated = 0;
        for (int r = 0; r < rounds; r++) {
          int t = seat[r * count + x];
          if (t < 0) {
            continue;
          }
          int from = at[r * count + x];
          int to = start[r * tables + t + 1];
          visits += to - from;
          sum += seated[r * tables + t] - before[from] - wx;
          credit[x] += before[from];
          for (int i = from + 1; i < to; i++) {
            int y = list[i];
            int m = met[y];
            if (m < once) {
              met[y] = once;
            } else {
              met[y] = m + 1;
              if (m == once) {
                again[repeated++] = y;
              }
            }
          }
          if (to - from > 1) {
            most = Math.max(most, 1);
          }
        }
        for (int i = 0; i < repeated; i++) {
          int y = again[i];
          int m = met[y] - base;
          sum -= (m - 1) * people[y];
          credit[y] -= (m - 1) * wx;
          long pairs = (long) wx * people[y];
          repeats += pairs * (m - 1);
          twice += pairs;
          most = Math.max(most, m);
        }
        credit[x] += sum;
      }
      for (int x = 0; x < count; x++) {
        contacts[x] += credit[x];
      }
      totals[0] += repeats;
      totals[1] += twice;
      return most;
    }

    /**
     * Counts type by type the later types met and how often (table lists are in type order), crediting both: all
     * pairs of two types meet equally often. Returns the most meetings of a pair of types not all kept together; adds
     * repeats and repeated pairs to totals.
     */
    private int stamped(int[] start, int[] list, int[] crossFrom, int[] crossTo, long[] contacts, long[] totals) {
      int[] degree = new int[count + 1];
      for (int i = 0; i < crossFrom.length; i++) {
        degree[crossFrom[i] + 1]++;
      }
      for (int x = 0; x < count; x++) {
        degree[x + 1] += degree[x];
      }
      int[] wanted = new int[crossFrom.length];
      int[] fill = Arrays.copyOf(degree, count);
      for (int i = 0; i < crossFrom.length; i++) {
        wanted[fill[crossFrom[i]]++] = crossTo[i];
      }
      int[] at = positions(start, list);
      int[] met = new int[count];
      int[] kept = new int[count];
      int[] touched = new int[count];
      int[] people = new int[count];
      int[] credit = new int[count];
      for (int x = 0; x < count; x++) {
        people[x] = (int) weight[x];
      }
      int most = 0;
      long repeats = 0;
      long twice = 0;
      long visits = 0;
      for (int x = 0; x < count; x++) {
        if (visits > 1 << 16) {
          Pulse.now();
          visits = 0;
        }
        if (attended[x] == 0) {
          continue;
        }
        int length = 0;
        for (int r = 0; r < rounds; r++) {
          int t = seat[r * count + x];
          if (t < 0) {
            continue;
          }
          int to = start[r * tables + t + 1];
          visits += to - at[r * count + x];
          for (int i = at[r * count + x] + 1; i < to; i++) {
            int y = list[i];
            if (met[y]++ == 0) {
              touched[length++] = y;
            }
          }
        }
        for (int i = degree[x]; i < degree[x + 1]; i++) {
          kept[wanted[i]]++;
        }
        int sum = 0;
        int wx = people[x];
        for (int i = 0; i < length; i++) {
          int y = touched[i];
          int m = met[y];
          met[y] = 0;
          sum += people[y];
          credit[y] += wx;
          long pairs = (long) wx * people[y] - kept[y];
          if (pairs > 0) {
            repeats += pairs * (m - 1);
            twice += m >= 2 ? pairs : 0;
            most = Math.max(most, m);
          }
        }
        for (int i = degree[x]; i < degree[x + 1]; i++) {
          kept[wanted[i]] = 0;
        }
        credit[x] += sum;
      }
      for (int x = 0; x < count; x++) {
        contacts[x] += credit[x];
      }
      totals[0] += repeats;
      totals[1] += twice;
      return most;
    }
  }

  /**
   * Inclusion-exclusion over the subsets S of rounds: the classes of types sharing a table in every round of S give
   * the pairs of people of two types who meet in all of S, and per type the people of other types who do. A class of
   * one type ends its branch. Gives up once its work (types visited per round tried) exceeds the budget. The types of
   * a branch are listed class by class, so a class splits by table through one array per table, stamped per class.
   */
  private static final class Subsets {
    private static final int PAIRWISE = 9;
    private final int count;
    private final int rounds;
    private final long budget;
    private final int tables;
    private final int[] seat;
    private final long[] weight;
    private final long[] inside;
    private final long[] contacts;
    private final long[] classWeight;
    private final long[] classInside;
    private final int[] classSize;
    private final int[] classStart;
    private final int[] tableStamp;
    private final int[] tableClass;
    private final int[][] children;
    private final int[][] actives;
    private final int[][] groups;
    private final long[][] wanted;
    private final long[] rootWanted;
    private int[] seatByType;
    private int[] laterStamp;
    private int laterMark;
    private long lonely;
    private int stamp;
    private long work;
    private long ticked;
    long meetings;
    long met;
    long metTwice;
    long pairwise;
    long lonelyPairs;
    int most;

    Subsets(Types types, long[] masks, long budget) {
      this.count = types.count;
      this.rounds = types.rounds;
      this.budget = budget;
      seat = types.seat;
      weight = types.weight;
      inside = new long[count];
      for (int x = 0; x < count; x++) {
        inside[x] = weight[x] * (weight[x] - 1) / 2;
      }
      contacts = new long[count];
      classWeight = new long[count];
      classInside = new long[count];
      classSize = new int[count];
      classStart = new int[count];
      tables = types.tables;
      tableStamp = new int[types.tables];
      tableClass = new int[types.tables];
      children = new int[rounds + 1][];
      actives = new int[rounds + 1][];
      groups = new int[rounds + 1][];
      wanted = new long[rounds + 1][];
      int k = 0;
      long[] nonzero = new long[masks.length];
      for (long m : masks) {
        if (m != 0) {
          nonzero[k++] = m;
        }
      }
      rootWanted = Arrays.copyOf(nonzero, k);
    }

    /** Returns whether the count ended within the budget. */
    boolean count(int[] attended) {
      int[] root = new int[count];
      int size = 0;
      for (int x = 0; x < count; x++) {
        if (attended[x] > 0) {
          root[size++] = x;
        }
      }
      return descend(0, root, new int[size], size, 0L, rootWanted, rootWanted.length);
    }

    private static int[] grown(int[] array, int length, int cap) {
      return array != null && array.length >= length ? array
          : new int[array == null ? length : Math.min(cap, Math.max(length, 2 * array.length))];
    }

    private boolean descend(int depth, int[] active, int[] group, int activeCount, long mask, long[] masks,
        int maskCount) {
      int s = depth + 1;
      children[s] = grown(children[s], activeCount, count);
      actives[s] = grown(actives[s], activeCount, count);
      groups[s] = grown(groups[s], activeCount, count);
      if (wanted[s] == null || wanted[s].length < maskCount) {
        wanted[s] = new long[Math.min(rootWanted.length, Math.max(maskCount, 2 * (wanted[s] == null ? 0
            : wanted[s].length)))];
      }
      int[] child = children[s];
      int[] next = actives[s];
      int[] nextGroup = groups[s];
      long[] nextWanted = wanted[s];
      long sign = (s & 1) == 1 ? 1 : -1;
      int from = depth == 0 ? 0 : 64 - Long.numberOfLeadingZeros(mask);
      for (int r = from; r < rounds; r++) {
        work += activeCount + maskCount;
        if (work > budget) {
          return false;
        }
        if (work - ticked > 1 << 16) {
          Pulse.now();
          ticked = work;
        }
        if (s == 2 && (lonely >>> r & 1) != 0) {
          lonelyPairs++;
          continue;
        }
        int classes = 0;
        int base = r * count;
        int g = -1;
        for (int i = 0; i < activeCount; i++) {
          int x = active[i];
          if (group[i] != g) {
            g = group[i];
            if (++stamp == 0) {
              Arrays.fill(tableStamp, 0);
              stamp = 1;
            }
          }
          int t = seat[base + x];
          if (t < 0) {
            child[i] = -1;
            continue;
          }
          int c;
          if (tableStamp[t] == stamp) {
            c = tableClass[t];
          } else {
            tableStamp[t] = stamp;
            c = classes++;
            tableClass[t] = c;
            classWeight[c] = 0;
            classInside[c] = 0;
            classSize[c] = 0;
          }
          classWeight[c] += weight[x];
          classInside[c] += inside[x];
          classSize[c]++;
          child[i] = c;
        }
        long pairs = 0;
        for (int c = 0; c < classes; c++) {
          if (classSize[c] >= 2) {
            pairs += classWeight[c] * (classWeight[c] - 1) / 2 - classInside[c];
          }
        }
        if (pairs == 0) {
          continue;
        }
        long agreeing = pairs;
        int nextMasks = 0;
        for (int i = 0; i < maskCount; i++) {
          if ((masks[i] >>> r & 1) != 0) {
            agreeing--;
            nextWanted[nextMasks++] = masks[i];
          }
        }
        meetings += s == 1 ? agreeing : 0;
        met += sign * agreeing;
        metTwice -= s == 1 ? 0 : sign * (s - 1) * agreeing;
        if (agreeing > 0) {
          most = Math.max(most, s);
        }
        boolean byPairs = s >= 2 && nextMasks == 0 && r + 1 < rounds;
        int nextCount = 0;
        for (int c = 0; c < classes; c++) {
          if (classSize[c] >= 2 && !(byPairs && classSize[c] <= PAIRWISE)) {
            classStart[c] = nextCount;
            nextCount += classSize[c];
          }
        }
        int total = nextCount;
        for (int c = 0; c < classes && byPairs; c++) {
          if (classSize[c] >= 2 && classSize[c] <= PAIRWISE) {
            classStart[c] = total;
            total += classSize[c];
          }
        }
        for (int i = 0; i < activeCount; i++) {
          int c = child[i];
          if (c >= 0 && classSize[c] >= 2) {
            int x = active[i];
            contacts[x] += sign * (classWeight[c] - weight[x]);
            int at = classStart[c]++;
            next[at] = x;
            nextGroup[at] = c;
          }
        }
        if (total > nextCount && !pairwise(s, r, next, nextGroup, nextCount, total)) {
          return false;
        }
        if (s == 1 && nextCount > 0 && r + 1 < rounds) {
          lonely = lonelyRounds(r, next, nextGroup, nextCount);
        }
        if (nextCount > 0 && r + 1 < rounds
            && !descend(s, next, nextGroup, nextCount, mask | 1L << r, nextWanted, nextMasks)) {
          return false;
        }
      }
      return true;
    }

    /** Returns the seats type by type: seat[r * count + x] at x * rounds + r. */
    private int[] byType() {
      if (seatByType == null) {
        seatByType = new int[count * rounds];
        for (int q = 0; q < rounds; q++) {
          Pulse.now();
          for (int x = 0, at = q; x < count; x++, at += rounds) {
            seatByType[at] = seat[q * count + x];
          }
        }
      }
      return seatByType;
    }

    /**
     * Returns the later rounds q (bit q) in which no two types of any class listed (grouped) share a table: no pair
     * meets in both round r and round q, so the pair of rounds adds nothing.
     */
    private long lonelyRounds(int r, int[] list, int[] group, int length) {
      int[] byType = byType();
      if (laterStamp == null) {
        laterStamp = new int[rounds * tables];
      }
      long later = -1L << (r + 1) & (1L << rounds) - 1;
      long clashing = 0;
      int g = -1;
      int mark = 0;
      for (int i = 0; i < length; i++) {
        if ((i & 1023) == 0) {
          Pulse.now();
          if (clashing == later) {
            return 0;
          }
        }
        if (group[i] != g) {
          g = group[i];
          if (++laterMark == 0) {
            Arrays.fill(laterStamp, 0);
            laterMark = 1;
          }
          mark = laterMark;
        }
        for (int q = r + 1, o = list[i] * rounds; q < rounds; q++) {
          int t = byType[o + q];
          if (t >= 0) {
            int k = q * tables + t;
            clashing |= (laterStamp[k] == mark ? 1L : 0L) << q;
            laterStamp[k] = mark;
          }
        }
      }
      return later & ~clashing;
    }

    /**
     * Counts the subsets that extend the classes listed in [from, to) of the subset ending in round r (of size s, with
     * no pairs kept together in it) pair by pair: a pair of types that also shares a table in k later rounds is met
     * in 2^k - 1 of them, which adds (-1)^s for k of at least 1 to the pairs met and contacts, -(-1)^s (s - 1) to the
     * pairs met twice and another -(-1)^s for k = 1; their most meetings are s + k. A class of q types costs
     * q (q - 1) / 2 pairs times the later rounds, a quarter step each: for q up to 9 no more than the q steps per later
     * round that descending would take at least.
     */
    private boolean pairwise(int s, int r, int[] list, int[] group, int from, int to) {
      byType();
      long sign = (s & 1) == 0 ? 1 : -1;
      long twice = -(s - 1);
      int later = rounds - r - 1;
      for (int a = from; a < to; ) {
        int b = a + 1;
        while (b < to && group[b] == group[a]) {
          b++;
        }
        pairwise += (long) (b - a) * (b - a - 1) / 2;
        work += ((long) (b - a) * (b - a - 1) / 2 * later + 3) / 4;
        if (work > budget) {
          return false;
        }
        for (int i = a; i < b; i++) {
          int x = list[i];
          int ox = x * rounds;
          for (int j = i + 1; j < b; j++) {
            int y = list[j];
            int oy = y * rounds;
            int k = 0;
            for (int q = r + 1; q < rounds; q++) {
              int t = seatByType[ox + q];
              k += t >= 0 && t == seatByType[oy + q] ? 1 : 0;
            }
            if (k > 0) {
              long pairs = weight[x] * weight[y];
              met += sign * pairs;
              metTwice += sign * (twice - (k == 1 ? 1 : 0)) * pairs;
              contacts[x] += sign * weight[y];
              contacts[y] += sign * weight[x];
              most = Math.max(most, s + k);
            }
          }
        }
        a = b;
      }
      if (work - ticked > 1 << 16) {
        Pulse.now();
        ticked = work;
      }
      return true;
    }
  }

  /**
   * Returns who sits at each table of each round (seat[r * count + x], -1 absent), counting-sorted: offsets indexed
   * r * tables + t into a list of the seated.
   */
  static int[][] byTable(int[] seat, int count, int rounds, int tables) {
    int[] start = new int[rounds * tables + 1];
    for (int r = 0; r < rounds; r++) {
      Pulse.now();
      for (int x = 0; x < count; x++) {
        int t = seat[r * count + x];
        if (t >= 0) {
          start[r * tables + t + 1]++;
        }
      }
    }
    for (int i = 1; i < start.length; i++) {
      start[i] += start[i - 1];
    }
    int[] next = Arrays.copyOf(start, start.length - 1);
    int[] list = new int[start[start.length - 1]];
    for (int r = 0; r < rounds; r++) {
      Pulse.now();
      for (int x = 0; x < count; x++) {
        int t = seat[r * count + x];
        if (t >= 0) {
          list[next[r * tables + t]++] = x;
        }
      }
    }
    return new int[][] {start, list};
  }

  static RotationStatistics statistics(Problem pb, int[] seats) {
    return statistics(pb, seats, -1);
  }

  /**
   * Returns the statistics; subsetBudget caps the steps of inclusion-exclusion before stamping takes over (0 stamps at
   * once); negative chooses: inclusion-exclusion alone when its bound is below the stamped work, else, when its
   * predicted steps cost no more than stamping, with those steps and a quarter of the stamped work as budget, else
   * stamping.
   */
  static RotationStatistics statistics(Problem pb, int[] seats, long subsetBudget) {
    int n = pb.n;
    int rounds = pb.rounds;
    Contacts c = Types.of(pb, seats).contacts(pb, subsetBudget);
    long distinctSum = c.distinctSum;
    int minContacts = c.minContacts;
    int maxContacts = c.maxContacts;
    long attending = c.attending;
    long colleagues = pb.orgCount == 0 ? 0 : colleagues(pb, seats);
    long vraag = pb.vraagstukCount == 0 ? 0 : vraagstukRepeats(pb, seats);
    long apart = 0;
    long together = 0;
    long changed = 0;
    boolean paired = !pb.request.keepApart().isEmpty() || !pb.request.keepTogether().isEmpty();
    for (int r = 0; r < rounds && (paired || pb.reference != null); r++) {
      int base = r * n;
      Pulse.now();
      for (int p = 0; p < n; p++) {
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

  /** Returns the pairs of colleagues (same organisation) at a table, summed over rounds. */
  private static long colleagues(Problem pb, int[] seats) {
    int[][] byTable = byTable(seats, pb.n, pb.rounds, pb.tableCount);
    int[] size = byTable[0];
    int[] list = byTable[1];
    int[] perOrg = new int[pb.orgCount];
    long colleagues = 0;
    for (int r = 0; r < pb.rounds; r++) {
      for (int t = 0; t < pb.tableCount; t++) {
        int from = size[r * pb.tableCount + t];
        int to = size[r * pb.tableCount + t + 1];
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
        }
      }
    }
    return colleagues;
  }

  /**
   * Returns the visits of people to a vraagstuk beyond their cap, person by person: a visit counts from zero where the
   * vraagstuk's mark is not the person's.
   */
  private static long vraagstukRepeats(Problem pb, int[] seats) {
    int n = pb.n;
    int rounds = pb.rounds;
    int[] cap = pb.vraagstukCap;
    int[] vraagstuk = pb.vraagstuk;
    int[] visits = new int[pb.vraagstukCount];
    int[] mark = new int[pb.vraagstukCount];
    long vraag = 0;
    for (int x = 0; x < n; x++) {
      if ((x & 1023) == 0) {
        Pulse.now();
      }
      int most = cap[x];
      if (most == Integer.MAX_VALUE) {
        continue;
      }
      for (int at = x, r = 0; r < rounds; r++, at += n) {
        int t = seats[at];
        int v = t < 0 ? -1 : vraagstuk[t];
        if (v >= 0) {
          if (mark[v] != x + 1) {
            mark[v] = x + 1;
            visits[v] = 0;
          }
          if (++visits[v] > most) {
            vraag++;
          }
        }
      }
    }
    return vraag;
  }
}
