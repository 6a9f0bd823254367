package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FixedPointDesignTest {
  private static final int CASES = 300;
  private static final long CASE_NANOS = 100_000_000L;
  private static final AtomicInteger FOUND = new AtomicInteger();
  private static final AtomicInteger RUN = new AtomicInteger();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void planner_seatsTenTablesOfFiveForNineRoundsWithoutRepeat(long seed) {
    RotationPlan plan = RotationPlanner.plan(RandomInstances.golfers(10, 5, 9, false).seed(seed)
        .timeLimit(Duration.ofSeconds(5)).build());

    Verify verify = new Verify(plan);
    assertThat(verify.problems).isEmpty();
    assertThat(verify.repeats).isZero();
    assertThat(plan.statistics().repeats()).isZero();
  }

  @Test
  void planner_keepsFiveHostsAtTheirTablesInTenTablesOfFiveForNineRounds() {
    List<Participant> people = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      people.add(Participant.builder().id("p" + i).build());
    }
    List<Table> tables = new ArrayList<>();
    for (int t = 1; t <= 10; t++) {
      Table.Builder table = Table.builder().number(t);
      if (t % 2 == 0) {
        table.host("p" + (3 * t));
      }
      tables.add(table.build());
    }
    RotationPlan plan = RotationPlanner.plan(RotationRequest.builder().participants(people).tables(tables).rounds(9)
        .seed(7).timeLimit(Duration.ofSeconds(5)).build());

    Verify verify = new Verify(plan);
    assertThat(verify.problems).isEmpty();
    assertThat(verify.repeats).isZero();
  }

  @Test
  void find_dependsOnTheSizesOnly() {
    long far = System.nanoTime() + 20_000_000_000L;
    int[][] design = FixedPointDesign.find(10, 5, 9, new int[0], far, new FixedPointDesign.Progress());

    assertThat(design).isNotNull()
        .isDeepEqualTo(FixedPointDesign.find(10, 5, 9, new int[0], far, new FixedPointDesign.Progress()));
    assertThat(check(design, 10, 5, 9, new int[0])).isEmpty();
  }

  static Stream<Arguments> slices() {
    return Stream.of(Arguments.of(10, 5, 9, 1), Arguments.of(11, 4, 13, 2), Arguments.of(11, 4, 13, 7),
        Arguments.of(12, 4, 14, 10), Arguments.of(12, 5, 11, 10));
  }

  @ParameterizedTest(name = "{0} tables of {1}, {2} rounds, slices of {3} ms")
  @MethodSource("slices")
  void find_goesOnWhereADeadlineStoppedItAndFindsTheSameDesign(int tables, int size, int rounds, int sliceMillis) {
    int[][] whole = FixedPointDesign.find(tables, size, rounds, new int[0], System.nanoTime() + 60_000_000_000L,
        new FixedPointDesign.Progress());
    FixedPointDesign.Progress progress = new FixedPointDesign.Progress();
    int[][] sliced = null;
    int calls = 0;
    long stop = System.nanoTime() + 120_000_000_000L;
    while (sliced == null && System.nanoTime() - stop < 0) {
      sliced = FixedPointDesign.find(tables, size, rounds, new int[0], System.nanoTime() + sliceMillis * 1_000_000L,
          progress);
      calls++;
    }

    assertThat(whole).isNotNull();
    assertThat(calls).as("calls").isGreaterThan(1);
    assertThat(sliced).isDeepEqualTo(whole);
  }

  static Stream<Arguments> sizes() {
    return Stream.of(Arguments.of(10, 5, 9), Arguments.of(6, 5, 6), Arguments.of(8, 4, 9), Arguments.of(10, 4, 10),
        Arguments.of(10, 3, 14), Arguments.of(10, 5, 8), Arguments.of(9, 5, 8), Arguments.of(11, 4, 13),
        Arguments.of(12, 4, 14));
  }

  @ParameterizedTest(name = "{0} tables of {1}, {2} rounds")
  @MethodSource("sizes")
  void find_buildsTheseSizesWithoutRepeat(int tables, int size, int rounds) {
    int[][] design = FixedPointDesign.find(tables, size, rounds, new int[0], System.nanoTime() + 20_000_000_000L,
        new FixedPointDesign.Progress());

    assertThat(design).isNotNull();
    assertThat(check(design, tables, size, rounds, new int[0])).isEmpty();
  }

  @Test
  void find_refusesWhatTheFamilyCannotGive() {
    long far = System.nanoTime() + 1_000_000_000L;
    assertThat(FixedPointDesign.find(10, 5, 13, new int[0], far, new FixedPointDesign.Progress()))
        .as("13 rounds of fives need 53 people").isNull();
    assertThat(FixedPointDesign.find(10, 5, 9, new int[] {3, 3}, far, new FixedPointDesign.Progress()))
        .as("two hosts at one table").isNull();
    assertThat(FixedPointDesign.shapes(10, 5, 9, 6)).as("six hosts, at most five fixed points at 9 rounds")
        .allSatisfy(shape -> assertThat(shape[0]).isEqualTo(10));
    assertThat(FixedPointDesign.shapes(10, 5, 9, 0)).first().isEqualTo(new int[] {9, 5, 5});
  }

  /** Random shapes (w, c, f) and table sizes p with p | w c + f, f fixed points at most one per table. */
  static Stream<Arguments> shapes() {
    List<Arguments> cases = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(11);
    while (cases.size() < CASES) {
      long seed = random.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      int p = 2 + r.nextInt(5);
      int w = 2 + r.nextInt(9);
      int c = 1 + r.nextInt(8);
      int n = w * c;
      int f = Math.floorMod(-n, p) + p * r.nextInt(2);
      int t = (n + f) / p;
      if (t < 2 || f > t || f > 0 && c < p - 1 || w * (p - 1) > n + f - 1) {
        continue;
      }
      cases.add(Arguments.of(seed, w, c, f, p));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "seed {0}: w={1} c={2} f={3} p={4}")
  @MethodSource("shapes")
  void find_returnsOnlyDesignsWithoutRepeatAndRefusesOnlyOnTheDeadline(long seed, int w, int c, int f, int p) {
    SplittableRandom random = new SplittableRandom(seed);
    int t = (w * c + f) / p;
    int hosts = random.nextInt(f + 1);
    List<Integer> free = new ArrayList<>();
    for (int b = 0; b < t; b++) {
      free.add(b);
    }
    int[] hostTables = new int[hosts];
    for (int i = 0; i < hosts; i++) {
      hostTables[i] = free.remove(random.nextInt(free.size()));
    }
    long orbits = (long) c * ((w - 1) / 2) + (long) c * (c - 1) / 2 * w + (long) f * c;
    boolean counted = orbits >= (long) t * p * (p - 1) / 2;
    long start = System.nanoTime();
    int[][] design = FixedPointDesign.find(t, p, w, hostTables, start + CASE_NANOS, new FixedPointDesign.Progress());
    long spent = System.nanoTime() - start;

    RUN.incrementAndGet();
    if (design != null) {
      FOUND.incrementAndGet();
      assertThat(check(design, t, p, w, hostTables)).isEmpty();
    } else if (counted) {
      assertThat(FixedPointDesign.shapes(t, p, w, hosts)).as("the generator's shape passes the counts")
          .anySatisfy(shape -> assertThat(shape).containsExactly(w, c, f));
      assertThat(spent).as("refused before the deadline").isGreaterThanOrEqualTo(CASE_NANOS);
    }
  }

  @AfterAll
  static void mostShapesGiveADesign() {
    if (RUN.get() == CASES) {
      assertThat(FOUND.get()).as("designs found of %d cases", CASES).isGreaterThan(CASES / 2);
    }
  }

  /** Problems of table[round][point] as a design for t tables of k, rounds rounds, hosts at hostTables. */
  static List<String> check(int[][] design, int t, int k, int rounds, int[] hostTables) {
    List<String> problems = new ArrayList<>();
    int n = t * k;
    if (design.length != rounds + 1) {
      problems.add(design.length + " rows");
      return problems;
    }
    boolean[] met = new boolean[n * n];
    for (int r = 0; r < rounds; r++) {
      int[] count = new int[t];
      for (int a = 0; a < n; a++) {
        count[design[r][a]]++;
        if (design[rounds][a] >= 0 && design[r][a] != design[rounds][a]) {
          problems.add("point " + a + " leaves its table in round " + r);
        }
        for (int b = a + 1; b < n; b++) {
          if (design[r][a] == design[r][b]) {
            if (met[a * n + b]) {
              problems.add(a + " and " + b + " meet again in round " + r);
            }
            met[a * n + b] = true;
          }
        }
      }
      for (int b = 0; b < t; b++) {
        if (count[b] != k) {
          problems.add("round " + r + " table " + b + " has " + count[b]);
        }
      }
    }
    for (int table : hostTables) {
      boolean fixed = false;
      for (int a = 0; a < n; a++) {
        fixed |= design[rounds][a] == table;
      }
      if (!fixed) {
        problems.add("no fixed point at host table " + table);
      }
    }
    return problems;
  }
}
