package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.StopReason;
import nl.opgave.model.cafe.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TruncationTest {
  /** people, tables, rounds: designs on tables * ceil(people / tables) points less one or two (26-13-12: none). */
  private static final int[][] SIZES = {
      {39, 10, 13}, {44, 15, 7}, {44, 15, 22}, {27, 7, 9}, {38, 10, 12}, {26, 13, 12}, {62, 21, 30}, {62, 21, 31}};

  static Stream<Arguments> sizesAndSeeds() {
    return withSeeds(SIZES);
  }

  private static Stream<Arguments> withSeeds(int[][] sizes) {
    return Stream.of(sizes).flatMap(s -> IntStream.rangeClosed(1, 10).mapToObj(seed -> Arguments.of(s[0], s[1], s[2],
        seed)));
  }

  @ParameterizedTest(name = "{0} people, {1} tables, {2} rounds, seed {3}")
  @MethodSource("sizesAndSeeds")
  void plan_seatsFewerPeopleThanTheDesignWithoutRepeats(int people, int tables, int rounds, int seed) {
    RotationPlan plan = RotationPlanner.plan(RandomInstances.people(people, tables, rounds, false).seed(seed)
        .timeLimit(Duration.ofSeconds(10)).build());
    Verify verify = new Verify(plan);
    assertThat(verify.problems).isEmpty();
    assertThat(verify.repeats).isZero();
    assertThat(plan.statistics().repeats()).isZero();
    assertThat(plan.provablyOptimal()).isTrue();
    assertThat(plan.stopReason()).isEqualTo(StopReason.BOUND_REACHED);
  }

  static Stream<Arguments> hosted() {
    return withSeeds(new int[][] {{27, 7, 7}, {26, 7, 7}, {34, 7, 6}, {14, 5, 5}, {44, 15, 7}, {62, 21, 10}, {39, 10, 9},
        {38, 10, 9}, {33, 10, 8}, {20, 7, 5}});
  }

  @ParameterizedTest(name = "{0} people, {1} tables, {2} rounds, seed {3}")
  @MethodSource("hosted")
  void plan_keepsHostsAtTheirTablesWhenFewerPeopleFillTheDesign(int people, int tables, int rounds, int seed) {
    RotationPlan plan = RotationPlanner.plan(RandomInstances.people(people, tables, rounds, true).seed(seed)
        .timeLimit(Duration.ofSeconds(10)).build());
    Verify verify = new Verify(plan);
    assertThat(verify.problems).isEmpty();
    assertThat(verify.repeats).isZero();
    assertThat(plan.stopReason()).isEqualTo(StopReason.BOUND_REACHED);
  }

  /**
   * 38 people at 10 tables for 13 rounds would need two points of RBIBD(40, 4, 1) that never meet in its 13 rounds;
   * every pair meets once in a complete design, so the search refuses and brute force agrees.
   */
  @Test
  void find_refusesTwoPointsOfACompleteDesignInAllItsRounds() {
    int[][] design = complete(40, 4);
    boolean[] allowed = new boolean[40];
    Arrays.fill(allowed, true);
    assertThat(Truncation.find(design, 13, 13, 2, 10, allowed, null, null, 1, Long.MAX_VALUE / 2, Truncation.BUDGET)).isNull();
    assertThat(bruteForce(design, 13, 0, 2, new int[2], 0, 0)).isFalse();
    assertThat(Truncation.find(design, 13, 12, 2, 10, allowed, null, null, 1, Long.MAX_VALUE / 2, Truncation.BUDGET)).isNotNull();
  }

  static Stream<Arguments> withVraagstukken() {
    return withSeeds(new int[][] {{27, 7, 7}, {20, 7, 7}, {14, 5, 5}, {44, 15, 7}});
  }

  @ParameterizedTest(name = "{0} people, {1} tables, {2} rounds, seed {3}")
  @MethodSource("withVraagstukken")
  void plan_spreadsVraagstukkenOverTheTablesLeftWhereFewerPeopleFillTheDesign(int people, int tables, int rounds,
      int seed) {
    List<Table> numbered = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      numbered.add(Table.builder().number(t).vraagstuk(t).build());
    }
    RotationPlan plan = RotationPlanner.plan(RandomInstances.people(people, tables, rounds, false).tables(numbered)
        .seed(seed).timeLimit(Duration.ofSeconds(10)).build());
    Verify verify = new Verify(plan);
    assertThat(verify.problems).isEmpty();
    assertThat(verify.repeats).isZero();
    assertThat(verify.vraagstukRepeats).isZero();
    assertThat(plan.stopReason()).isEqualTo(StopReason.BOUND_REACHED);
  }

  /** Complete designs: points, table size. */
  private static final int[][] COMPLETE = {{9, 3}, {15, 3}, {21, 3}, {16, 4}, {28, 4}, {25, 5}, {8, 2}, {27, 3}};
  private static final Map<Integer, int[][]> BUILT = new HashMap<>();

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static synchronized int[][] complete(int v, int k) {
    return BUILT.computeIfAbsent(v * 10 + k, key -> {
      Resolvable design = Resolvable.of(v, k, System.nanoTime() + 30_000_000_000L);
      int[][] table = new int[design.rounds() + 1][];
      System.arraycopy(design.table, 0, table, 0, design.rounds());
      table[design.rounds()] = new int[v];
      return table;
    });
  }

  /**
   * A random design (a linear transversal design on t tables, or a complete resolvable design), rounds and d: the
   * search finds d points that never meet in the rounds kept exactly when brute force over all d-subsets finds
   * them; where they exist the planner seats the people left without a repeat at tables of k and k - 1.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void find_deletesPointsExactlyWhereBruteForceFindsThem(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] design = null;
    int t = 0;
    int k = 0;
    int rounds = 0;
    while (design == null) {
      if (random.nextBoolean()) {
        t = 3 + random.nextInt(6);
        k = 2 + random.nextInt(Math.min(t, 5) - 1);
        rounds = 1 + random.nextInt(t);
        design = Constructions.design(t, k, rounds, false);
      } else {
        int[] c = COMPLETE[random.nextInt(COMPLETE.length)];
        k = c[1];
        t = c[0] / k;
        design = complete(c[0], k);
        rounds = 1 + random.nextInt(design.length - 1);
      }
    }
    int available = design.length - 1;
    int points = design[0].length;
    int d = 1 + random.nextInt(t - 1);
    while (binomial(points, d) > 300_000) {
      d--;
    }
    boolean[] allowed = new boolean[points];
    Arrays.fill(allowed, true);
    boolean exists = bruteForce(design, available, available - rounds, d, new int[d], 0, 0);
    int[][] found = Truncation.find(design, available, rounds, d, t, allowed, null, null, seed, Long.MAX_VALUE / 2,
        Truncation.BUDGET);
    assertThat(found != null).as("found vs brute force, %d points, %d of %d rounds, d = %d", points, rounds,
        available, d).isEqualTo(exists);
    if (found == null) {
      return;
    }
    assertThat(found[0]).hasSize(rounds).doesNotHaveDuplicates().isSorted();
    assertThat(found[1]).hasSize(d).doesNotHaveDuplicates();
    for (int r : found[0]) {
      for (int i = 0; i < d; i++) {
        for (int j = i + 1; j < d; j++) {
          assertThat(design[r][found[1][i]]).isNotEqualTo(design[r][found[1][j]]);
        }
      }
    }
    RotationPlan plan = RotationPlanner.plan(RandomInstances.people(points - d, t, rounds, false).seed(seed)
        .timeLimit(Duration.ofSeconds(3)).build());
    Verify verify = new Verify(plan);
    assertThat(verify.problems).isEmpty();
    assertThat(verify.repeats).as("repeats").isZero();
    for (int r = 0; r < rounds; r++) {
      int[] size = new int[t + 1];
      plan.seatings().get(r).tables().forEach(table -> size[table]++);
      int[] sizes = Arrays.copyOfRange(size, 1, t + 1);
      assertThat(IntStream.of(sizes).max().getAsInt() - IntStream.of(sizes).min().getAsInt()).isLessThanOrEqualTo(1);
    }
  }

  /** Whether some d points extend chosen[0..size) with their meetings confined to at most slack rounds. */
  private static boolean bruteForce(int[][] design, int available, int slack, int d, int[] chosen, int size,
      int from) {
    if (size == d) {
      int met = 0;
      for (int r = 0; r < available; r++) {
        boolean meet = false;
        for (int i = 0; i < d && !meet; i++) {
          for (int j = i + 1; j < d && !meet; j++) {
            meet = design[r][chosen[i]] == design[r][chosen[j]];
          }
        }
        met += meet ? 1 : 0;
      }
      return met <= slack;
    }
    for (int c = from; c < design[0].length; c++) {
      chosen[size] = c;
      if (bruteForce(design, available, slack, d, chosen, size + 1, c + 1)) {
        return true;
      }
    }
    return false;
  }

  private static long binomial(int n, int r) {
    long result = 1;
    for (int i = 0; i < r; i++) {
      result = result * (n - i) / (i + 1);
    }
    return result;
  }
}
