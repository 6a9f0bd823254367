package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.cafe.RotationBounds;
import nl.opgave.model.cafe.RotationRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SearchDeltaTest {
  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** Compiles the request, or returns null after asserting that its refusal was deserved. */
  private static Problem compiled(RotationRequest request) {
    try {
      return new Problem(request, null, 0);
    } catch (InvalidValueException e) {
      Refusals.assertDeserved(request, e);
      return null;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void incrementalCosts_equalCostsRecomputedFromScratch(long seed) {
    RotationRequest request = RandomInstances.request(seed + 20_000, 40, 100);
    Problem pb = compiled(request);
    if (pb == null) {
      return;
    }
    Search search = new Search(pb, Bounds.tiers(Bounds.of(pb)));
    search.start(null);
    search.shake(500);
    long[] incremental = search.cost();
    int[] seats = search.seats();
    search.load(seats);
    assertThat(incremental).containsExactly(search.cost());
    assertThat(Evaluation.statistics(pb, seats).repeats()).isEqualTo(incremental[Search.REPEAT]);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void contactShortfall_equalsTheShortfallOfEachPersonsDistinctContacts(long seed) {
    RotationRequest request = RandomInstances.request(seed + 30_000, 40, 100);
    Problem pb = compiled(request);
    if (pb == null) {
      return;
    }
    RotationBounds bounds = Bounds.of(pb);
    int ceiling = bounds.minContacts().orElse(pb.rounds * (pb.maxSize - 1));
    Search search = new Search(pb, Bounds.tiers(bounds), bounds.maxMeetings(), ceiling);
    search.start(null);
    search.wake();
    search.shake(500);
    long[] incremental = search.cost();
    int[] seats = search.seats();
    search.load(seats);
    assertThat(incremental).containsExactly(search.cost());
    int[] want = Search.targets(pb, ceiling);
    long squares = 0;
    long below = 0;
    for (int p = 0; p < pb.n; p++) {
      Set<Integer> met = new HashSet<>();
      for (int r = 0; r < pb.rounds; r++) {
        int t = seats[r * pb.n + p];
        for (int q = 0; q < pb.n; q++) {
          if (q != p && t >= 0 && seats[r * pb.n + q] == t && !together(pb, p, q)) {
            met.add(q);
          }
        }
      }
      long shortfall = Math.max(0, want[p] - met.size());
      squares += shortfall * shortfall;
      below += shortfall;
    }
    assertThat(incremental[Search.CONTACT]).isIn(squares, below);
  }

  private static boolean together(Problem pb, int p, int q) {
    for (int z : pb.together[p]) {
      if (z == q) {
        return true;
      }
    }
    return false;
  }

  static LongStream budgetSeeds() {
    return LongStream.range(0, 120);
  }

  /**
   * Looser set-ups are planned without a time limit: the seat budget must end their search after a bounded look at
   * seats whatever the table size (100 people at 4 tables once took 15 s to count an alternative), and the same seed
   * must give the same plan.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("budgetSeeds")
  void seatBudget_endsTheSearchWithinOneIterationOfIt(long seed) {
    java.util.Random random = new java.util.Random(seed);
    int tables = 2 + random.nextInt(5);
    int people = tables * (2 + random.nextInt(60));
    int rounds = 2 + random.nextInt(3);
    Problem pb = compiled(RandomInstances.people(people, tables, rounds, false).seed(seed)
        .iterationLimit(Long.MAX_VALUE).build());
    long budget = 200_000 + random.nextInt(2_000_000);
    long[] costs = null;
    for (int run = 0; run < 2; run++) {
      Search search = new Search(pb, Bounds.tiers(Bounds.of(pb)));
      search.limitSeats(budget);
      search.start(null);
      search.run(null, System.nanoTime());
      long perIteration = (long) pb.rounds * pb.n * (pb.n + pb.tableCount) * 2 * pb.maxSize;
      assertThat(search.seatsLooked()).isLessThan(budget + perIteration);
      if (search.stopReason() == nl.opgave.model.cafe.StopReason.ITERATION_LIMIT) {
        assertThat(search.seatsLooked()).isGreaterThanOrEqualTo(budget);
      }
      if (costs != null) {
        assertThat(search.bestCost()).containsExactly(costs);
      }
      costs = search.bestCost();
    }
  }

  /**
   * A greedy start cut short (its deadline passed, or its seat budget spent part-way through a round) still seats
   * everyone present at the tables' targets, with incremental costs equal to costs recomputed from scratch.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void cutGreedyStart_seatsEveryoneAtTheTargets(long seed) {
    Problem pb = compiled(RandomInstances.request(seed + 40_000, 60, 100));
    if (pb == null) {
      return;
    }
    Search search = new Search(pb, Bounds.tiers(Bounds.of(pb)));
    search.limitSeats(seed % 3 == 0 ? 0 : seed * 97 % 5_000);
    search.start(null, seed % 2 == 0 ? Long.MAX_VALUE : System.nanoTime() - 1);
    int[] seats = search.seats();
    int[] count = new int[pb.rounds * pb.tableCount];
    for (int r = 0; r < pb.rounds; r++) {
      for (int p = 0; p < pb.n; p++) {
        int t = seats[r * pb.n + p];
        assertThat(t >= 0).as("round %d person %d", r, p).isEqualTo(pb.present[r * pb.n + p]);
        if (t >= 0) {
          count[r * pb.tableCount + t]++;
        }
      }
    }
    assertThat(count).containsExactly(pb.target);
    long[] incremental = search.cost();
    search.load(seats);
    assertThat(incremental).containsExactly(search.cost());
  }
}
