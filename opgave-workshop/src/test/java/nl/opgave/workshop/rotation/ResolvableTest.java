package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ResolvableTest {
  private static final long FAR = 20_000_000_000L;

  /** Every size of each family with at most 130 points (k = 3, 4, 5) or a small geometry, and its family. */
  static Stream<Arguments> families() {
    List<Arguments> list = new ArrayList<>();
    for (int k : new int[] {2, 3, 4, 5, 7, 8, 9}) {
      for (int v = k * k; v <= (k == 2 ? 256 : 729); v *= k) {
        list.add(Arguments.of(v, k, "AG(n," + k + ")"));
      }
    }
    for (int q : new int[] {7, 13, 19, 25, 31, 37, 43, 49, 61}) {
      list.add(Arguments.of(2 * q + 1, 3, "direct 1-rotational KTS over GF(" + q + ")"));
    }
    for (int q : new int[] {5, 9, 13, 17, 29, 37, 41}) {
      list.add(Arguments.of(3 * q + 1, 4, "direct 1-rotational RBIBD(v,4,1) over GF(" + q + ")"));
    }
    list.add(Arguments.of(21, 3, "KTS(3q) of Ray-Chaudhuri and Wilson, q = 7"));
    list.add(Arguments.of(245, 5, "1-rotational RBIBD(v,5,1) over GF(61)"));
    list.add(Arguments.of(33, 3, "1-rotational KTS over Z_32"));
    list.add(Arguments.of(57, 3, "1-rotational KTS over Z_56"));
    list.add(Arguments.of(65, 5, "1-rotational RBIBD(v,5,1) over Z_a x Z_b, a 2-group of order 64"));
    for (int v : new int[] {45, 117, 135}) {
      list.add(Arguments.of(v, 3, "product of KTS"));
    }
    list.add(Arguments.of(112, 4, "product of RBIBD(v,4,1)"));
    return list.stream();
  }

  @ParameterizedTest(name = "{0} points, tables of {1}: {2}")
  @MethodSource("families")
  void of_buildsACompleteResolvableDesign(int v, int k, String family) {
    Resolvable design = Resolvable.of(v, k, System.nanoTime() + FAR);

    assertThat(design).as(family).isNotNull();
    assertThat(design.rounds()).isEqualTo((v - 1) / (k - 1));
    assertThat(meetings(design.table, v, k, design.rounds())).as("every pair meets exactly once").containsOnly(1);
  }

  @ParameterizedTest(name = "{0} points, tables of {1}")
  @MethodSource("seatings")
  void of_dependsOnTheSizesOnly(int v, int k) {
    assertThat(Resolvable.of(v, k, System.nanoTime() + FAR).table)
        .isDeepEqualTo(Resolvable.of(v, k, System.nanoTime() + FAR).table);
  }

  @ParameterizedTest(name = "{0} points, tables of {1}, at most {2} nodes")
  @CsvSource({"52, 4, 250000", "57, 3, 100000", "28, 4, 1000", "40, 4, 1000", "39, 3, 10000", "33, 3, 10000",
      "21, 3, 10000", "51, 3, 1000", "15, 3, 1000", "45, 3, 1000", "245, 5, 250000",
      "65, 5, 1000000"})
  void of_findsSearchedDesignsWithinACountedBudgetTheSameEveryTime(int v, int k, long bound) {
    long[] first = new long[1];
    long[] second = new long[1];

    Resolvable design = Resolvable.of(v, k, System.nanoTime() + FAR, first);
    Resolvable again = Resolvable.of(v, k, System.nanoTime() + FAR, second);

    assertThat(design).isNotNull();
    assertThat(meetings(design.table, v, k, design.rounds())).as("every pair meets exactly once").containsOnly(1);
    assertThat(first[0]).as("search nodes").isLessThan(bound).isEqualTo(second[0]);
    assertThat(again.table).isDeepEqualTo(design.table);
  }

  @ParameterizedTest(name = "52 people, 13 tables of 4, 17 rounds, seed {0}")
  @MethodSource("tenSeeds")
  void plan_seats52PeopleAt13TablesFor17RoundsWithoutRepeat(long seed) {
    RotationPlan plan = RotationPlanner.plan(RandomInstances.golfers(13, 4, 17, false).seed(seed)
        .timeLimit(Duration.ofSeconds(20)).build());

    Verify verify = new Verify(plan);
    assertThat(verify.problems).isEmpty();
    assertThat(verify.repeats).isZero();
    assertThat(plan.provablyOptimal()).isTrue();
  }

  static LongStream tenSeeds() {
    return LongStream.rangeClosed(1, 10);
  }

  @Test
  void of_refusesSizesWithoutADesignOrWithoutAFamily() {
    long far = System.nanoTime() + 1_000_000_000L;
    assertThat(Resolvable.of(12, 3, far)).as("12 is not 3 mod 6").isNull();
    assertThat(Resolvable.of(36, 6, far)).as("no affine plane of order 6").isNull();
    assertThat(Resolvable.of(24, 4, far)).as("23 is not a multiple of 3").isNull();
    assertThat(Resolvable.of(100, 10, far)).as("order 10 is no prime power").isNull();
  }

  @Test
  void of_stopsAtTheDeadline() {
    long start = System.nanoTime();

    Resolvable design = Resolvable.of(45, 5, start + 200_000_000L);

    assertThat(design).as("RBIBD(45,5,1) is an open case").isNull();
    assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
  }

  @ParameterizedTest(name = "{0} points, tables of {1}")
  @CsvSource({"24, 4", "24, 3", "36, 3", "36, 4", "48, 3"})
  void groupDivisible_seatsEveryoneOnceWithEveryoneOutsideTheirGroup(int v, int k) {
    Resolvable design = DifferenceFamily.groupDivisible(v, k, System.nanoTime() + FAR, new int[1]);

    assertThat(design).isNotNull();
    assertThat(design.rounds()).isEqualTo(v / (k - 1) - 1);
    int[] met = meetings(design.table, v, k, design.rounds());
    int q = v / (k - 1) - 1;
    for (int p = 0; p < v; p++) {
      for (int r = p + 1; r < v; r++) {
        boolean sameGroup = p >= (k - 1) * q ? r >= (k - 1) * q : r < (k - 1) * q && p % q == r % q;
        assertThat(met[p * (2 * v - p - 1) / 2 + r - p - 1]).as("%d and %d", p, r).isEqualTo(sameGroup ? 0 : 1);
      }
    }
  }

  static Stream<Arguments> seatings() {
    return Stream.of(Arguments.of(15, 3), Arguments.of(28, 4), Arguments.of(40, 4), Arguments.of(25, 5),
        Arguments.of(45, 3), Arguments.of(27, 3), Arguments.of(21, 3));
  }

  @ParameterizedTest(name = "{0} points, tables of {1}")
  @MethodSource("seatings")
  void seating_keepsOneHostAtItsTableInEveryTruncation(int v, int k) {
    Resolvable design = Resolvable.of(v, k, System.nanoTime() + FAR);
    int tables = v / k;
    for (int rounds = 1; rounds <= design.rounds(); rounds++) {
      int host = (rounds * 7) % tables;
      int[][] seating = design.seating(rounds, new int[] {host});

      assertThat(seating).hasNumberOfRows(rounds + 1);
      int stays = -1;
      for (int p = 0; p < v; p++) {
        if (seating[rounds][p] >= 0) {
          assertThat(stays).as("one point stays").isEqualTo(-1);
          stays = p;
        }
      }
      assertThat(stays).isNotNegative();
      for (int r = 0; r < rounds; r++) {
        assertThat(seating[r][stays]).as("round %d", r).isEqualTo(host);
      }
      assertThat(meetings(seating, v, k, rounds)).doesNotContain(2, 3, 4);
    }
    assertThat(design.seating(design.rounds() + 1, new int[0])).isNull();
    assertThat(design.seating(design.rounds(), new int[] {0, 1})).as("two hosts of a complete design meet").isNull();
  }

  static Stream<Arguments> transversalDesigns() {
    return Stream.of(Arguments.of(12, 3, 3), Arguments.of(20, 4, 4), Arguments.of(15, 3, 3), Arguments.of(28, 4, 4),
        Arguments.of(36, 4, 4), Arguments.of(40, 5, 5), Arguments.of(63, 7, 7), Arguments.of(12, 3, 6),
        Arguments.of(9, 5, 9), Arguments.of(10, 4, 4));
  }

  @ParameterizedTest(name = "{0} tables of {1}, {2} rounds")
  @MethodSource("transversalDesigns")
  void design_buildsTransversalDesignsWithStayingHosts(int tables, int size, int rounds) {
    for (boolean hosts : new boolean[] {false, true}) {
      int[][] design = Constructions.design(tables, size, rounds, hosts);

      assertThat(design).as("hosts %s", hosts).isNotNull().hasNumberOfRows(rounds + 1);
      assertThat(meetings(design, tables * size, size, rounds)).doesNotContain(2, 3, 4, 5);
      for (int b = 0; b < tables; b++) {
        for (int r = 0; r < rounds; r++) {
          assertThat(design[r][b]).as("row 0 stays: cell %d in round %d", b, r).isEqualTo(b);
        }
      }
    }
  }

  static Stream<Arguments> plannerCases() {
    int[][] sizes = {{7, 4, 9}, {10, 4, 13}, {5, 3, 7}, {15, 3, 22}, {17, 3, 25}, {4, 4, 5}, {5, 5, 6}, {9, 3, 13},
        {7, 3, 10}, {16, 4, 21}, {8, 3, 11}, {12, 3, 17}, {9, 4, 11}};
    return Stream.of(sizes).flatMap(s -> LongStream.rangeClosed(1, 8)
        .mapToObj(seed -> Arguments.of(s[0], s[1], s[2], seed)));
  }

  @ParameterizedTest(name = "{0}-{1}-{2} seed {3}")
  @MethodSource("plannerCases")
  void plan_seatsEveryDesignSizeWithoutRepeatForEverySeed(int tables, int size, int rounds, long seed) {
    RotationPlan plan = RotationPlanner.plan(RandomInstances.golfers(tables, size, rounds, false).seed(seed)
        .timeLimit(Duration.ofSeconds(20)).build());

    Verify verify = new Verify(plan);
    assertThat(verify.problems).isEmpty();
    assertThat(verify.repeats).isZero();
    assertThat(plan.provablyOptimal()).isTrue();
  }

  static Stream<Arguments> hostCases() {
    return plannerCases().filter(a -> (long) a.get()[3] <= 2 && (int) a.get()[0] * (int) a.get()[1] <= 40);
  }

  @ParameterizedTest(name = "{0}-{1}-{2} with hosts, seed {3}")
  @MethodSource("hostCases")
  void plan_keepsAHostAtItsTableOnDesignSizes(int tables, int size, int rounds, long seed) {
    RotationPlan plan = RotationPlanner.plan(RandomInstances.golfers(tables, size, rounds, true).seed(seed)
        .iterationLimit(2_000).build());

    Verify verify = new Verify(plan);
    assertThat(verify.problems).as("hosts stay, everyone seated").isEmpty();
    assertThat(verify.repeats).isEqualTo(plan.statistics().repeats());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plan_seatsOneHostAndTwoSidesOfADesignWithoutRepeat(long seed) {
    List<Table> hosted = new ArrayList<>();
    for (int t = 1; t <= 7; t++) {
      hosted.add(t == 3 ? Table.builder().number(t).host("p9").build() : Table.builder().number(t).build());
    }
    RotationPlan host = RotationPlanner.plan(RandomInstances.golfers(7, 4, 9, false).tables(hosted).seed(seed)
        .timeLimit(Duration.ofSeconds(20)).build());
    List<Table> sides = new ArrayList<>();
    for (int t = 1; t <= 10; t++) {
      sides.add(Table.builder().number(t).side(t <= 5 ? 1 : 2).build());
    }
    RotationPlan sided = RotationPlanner.plan(RandomInstances.golfers(10, 3, 7, false).tables(sides).seed(seed)
        .timeLimit(Duration.ofSeconds(20)).build());

    for (RotationPlan plan : List.of(host, sided)) {
      Verify verify = new Verify(plan);
      assertThat(verify.problems).isEmpty();
      assertThat(verify.repeats).isZero();
    }
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 6);
  }

  static int[] meetings(int[][] table, int v, int k, int rounds) {
    int[] met = new int[v * (v - 1) / 2];
    for (int r = 0; r < rounds; r++) {
      int[] count = new int[v / k];
      for (int p = 0; p < v; p++) {
        count[table[r][p]]++;
        for (int q = p + 1; q < v; q++) {
          if (table[r][p] == table[r][q]) {
            met[p * (2 * v - p - 1) / 2 + q - p - 1]++;
          }
        }
      }
      assertThat(count).as("round %d: every table seats %d", r, k).containsOnly(k);
    }
    return met;
  }
}
