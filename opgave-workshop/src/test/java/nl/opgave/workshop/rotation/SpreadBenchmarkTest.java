package nl.opgave.workshop.rotation;

import static nl.opgave.workshop.rotation.RandomInstances.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Repeats of the spreading rule against the lower bound, counted over route types
 * (people with the same table every round), for sizes too big to search. Run alone with
 * {@code ./mvnw -B -o -q -pl opgave-workshop -am verify -Pbench -Dtest=SpreadBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class SpreadBenchmarkTest {
  @Test
  void repeats_ruleAgainstBound() {
    int[][] shapes = {{100_000, 10, 10}, {100_000, 100, 10}, {100_000, 12_500, 5}, {100_000, 2, 2},
        {100_000, 1_000, 3}, {60_000, 7_500, 9}, {20_000, 7, 5}, {30_000, 3, 4}, {100_000, 11, 12},
        {50_000, 100, 50}, {100_000, 6, 4}, {100_000, 12, 6}, {100_000, 316, 5}, {10_000, 2, 10}, {100_000, 20, 8},
        {100_000, 1_000, 12}, {100_000, 10, 5}};
    for (int[] s : shapes) {
      String name = s[0] + " / " + s[1] + " / " + s[2];
      try {
        report(name, people(s[0], s[1], s[2], false).seed(1).build());
      } catch (InvalidValueException refused) {
        routesOnly(name, s[0], s[1], s[2]);
      }
    }
    report("60000 / 2 sides x 8 / 6, 1 in 10 late or early", sided(60_000, 8, 6));
    report("100000 / 10 / 10, 1 in 10 late or early", sided(100_000, 0, 10));
    report("60000 / 2 sides x 8 / 6", people(60_000, 16, 6, false).seed(1).build().withTables(sides(16)));
    report("60000 / 16 with hosts / 6", people(60_000, 16, 6, true).seed(1).build());
  }

  /** Two sides of tables tables each (one café of 10 tables with 0), every tenth person late or leaving early. */
  private static RotationRequest sided(int count, int tables, int rounds) {
    List<Participant> people = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Participant.Builder p = Participant.builder().id("p" + i);
      if (i % 10 == 3) {
        p.firstRound(1 + i / 10 % rounds);
      } else if (i % 10 == 7) {
        p.lastRound(1 + i / 10 % rounds);
      }
      people.add(p.build());
    }
    List<Table> list = new ArrayList<>();
    for (int t = 1; t <= (tables == 0 ? 10 : 2 * tables); t++) {
      Table.Builder table = Table.builder().number(t);
      if (tables > 0) {
        table.side(t <= tables ? 1 : 2);
      }
      list.add(table.build());
    }
    return RotationRequest.builder().participants(people).tables(list).rounds(rounds).seed(1).build();
  }

  private static List<Table> sides(int tables) {
    List<Table> list = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      list.add(Table.builder().number(t).side(t <= tables / 2 ? 1 : 2).build());
    }
    return list;
  }

  /** Where the request is refused as uncountable: the routes alone, k-th person on cell k, targets not applied. */
  static void routesOnly(String name, int m, int t, int rounds) {
    Spread.Routes routes = Spread.routes(m, t, rounds, 1);
    int[] fresh = new int[rounds * m];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < m; k++) {
        fresh[r * m + k] = routes.table[r][k % routes.cells];
      }
    }
    long meetings = 0;
    long pigeon = 0;
    for (int r = 0; r < rounds; r++) {
      meetings += Bounds.evenSplitPairs(m, t);
    }
    for (int r = 1; r < rounds; r++) {
      pigeon += t * Bounds.evenSplitPairs(m / t, t);
    }
    long bound = Math.max(pigeon, meetings - (long) m * (m - 1) / 2);
    System.out.printf(Locale.ROOT, "| %s (routes only) | %,d | %,d | - |%n", name, bound,
        repeats(m, rounds, t, fresh));
  }

  static void report(String name, RotationRequest request) {
    Problem pb = new Problem(request, null, 0);
    long bound = Bounds.of(pb).repeats();
    long start = System.nanoTime();
    int[] fresh = Spread.seats(pb);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %d |%n", name, bound, repeats(pb, fresh), millis);
  }

  /** Repeats by route types: people with the same table in every round meet in every round they attend. */
  static long repeats(Problem pb, int[] seats) {
    return repeats(pb.n, pb.rounds, pb.tableCount, seats);
  }

  static long repeats(int n, int rounds, int tableCount, int[] seats) {
    Map<List<Integer>, Integer> index = new HashMap<>();
    List<int[]> routes = new ArrayList<>();
    List<long[]> weight = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      List<Integer> key = new ArrayList<>(rounds);
      for (int r = 0; r < rounds; r++) {
        key.add(seats[r * n + p]);
      }
      Integer i = index.get(key);
      if (i == null) {
        i = routes.size();
        index.put(key, i);
        int[] route = new int[rounds];
        for (int r = 0; r < rounds; r++) {
          route[r] = key.get(r);
        }
        routes.add(route);
        weight.add(new long[1]);
      }
      weight.get(i)[0]++;
    }
    int types = routes.size();
    Map<Long, List<Integer>> at = new HashMap<>();
    for (int i = 0; i < types; i++) {
      for (int r = 0; r < rounds; r++) {
        int t = routes.get(i)[r];
        if (t >= 0) {
          at.computeIfAbsent((long) r * tableCount + t, k -> new ArrayList<>()).add(i);
        }
      }
    }
    long repeats = 0;
    int[] met = new int[types];
    int[] touched = new int[types];
    for (int i = 0; i < types; i++) {
      long w = weight.get(i)[0];
      int present = 0;
      int length = 0;
      for (int r = 0; r < rounds; r++) {
        int t = routes.get(i)[r];
        if (t < 0) {
          continue;
        }
        present++;
        for (int j : at.get((long) r * tableCount + t)) {
          if (j > i && met[j]++ == 0) {
            touched[length++] = j;
          }
        }
      }
      repeats += w * (w - 1) / 2 * Math.max(0, present - 1);
      for (int k = 0; k < length; k++) {
        int j = touched[k];
        repeats += w * weight.get(j)[0] * (met[j] - 1);
        met[j] = 0;
      }
    }
    return repeats;
  }
}
