package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MolsTest {
  private static final long FAR = 20_000_000_000L;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  /** What the family promises: MacNeish's count, and two squares for every order but 2 and 6. */
  private static int promised(int n) {
    return Math.max(Mols.macNeish(n), n == 2 || n == 6 ? 1 : 2);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void of_givesThePromisedSquaresLatinAndPairwiseOrthogonal(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 2 + random.nextInt(21);
    int count = 1 + random.nextInt(promised(n));

    int[][][] squares = Mols.of(n, count, System.nanoTime() + FAR);

    assertThat(squares).as("%d squares of order %d", count, n).isNotNull();
    assertThat(squares.length).isEqualTo(count);
    for (int i = 0; i < count; i++) {
      assertThat(latin(squares[i])).as("square %d of order %d is Latin", i, n).isTrue();
      for (int b = 0; b < n; b++) {
        assertThat(squares[i][0][b]).as("first row of square %d", i).isEqualTo(b);
      }
      for (int j = i + 1; j < count; j++) {
        assertThat(orthogonal(squares[i], squares[j])).as("squares %d and %d of order %d", i, j, n).isTrue();
      }
    }
  }

  @ParameterizedTest(name = "order {0}")
  @CsvSource({"10", "14", "18", "22", "26"})
  void of_findsTwoSquaresWhereMacNeishGivesOne(int n) {
    assertThat(Mols.macNeish(n)).isEqualTo(1);

    int[][][] squares = Mols.of(n, 2, System.nanoTime() + FAR);

    assertThat(squares).isNotNull();
    assertThat(squares.length).isEqualTo(2);
    assertThat(latin(squares[0]) && latin(squares[1]) && orthogonal(squares[0], squares[1])).isTrue();
  }

  @Test
  void search_givesUpOnOrderSixWithinItsBudget() {
    long start = System.nanoTime();

    int[][][] squares = Mols.search(6, 2, false, start + 2_000_000_000L);

    assertThat(squares).as("no two orthogonal Latin squares of order 6 exist").isNull();
    assertThat(System.nanoTime() - start).as("budget 2 s").isLessThan(3_000_000_000L);
    assertThat(Mols.of(6, 2, System.nanoTime() + FAR)).isNull();
  }

  @Test
  void of_dependsOnTheSizesOnly() {
    assertThat(Mols.of(10, 2, System.nanoTime() + FAR)).isDeepEqualTo(Mols.of(10, 2, System.nanoTime() + FAR));
  }

  @Test
  void macNeish_isTheSmallestPrimePowerFactorLessOne() {
    assertThat(Mols.macNeish(12)).isEqualTo(2);
    assertThat(Mols.macNeish(15)).isEqualTo(2);
    assertThat(Mols.macNeish(20)).isEqualTo(3);
    assertThat(Mols.macNeish(16)).isEqualTo(15);
    assertThat(Mols.macNeish(63)).isEqualTo(6);
  }

  @Test
  void plan_seatsOneHundredAtTenTablesForFourRoundsWithoutRepeatsForEverySeed() {
    for (long seed = 1; seed <= 20; seed++) {
      RotationPlan plan = RotationPlanner.plan(RandomInstances.golfers(10, 10, 4, false).seed(seed)
          .timeLimit(Duration.ofSeconds(5)).build());

      Verify verify = new Verify(plan);
      assertThat(verify.problems).as("seed %d", seed).isEmpty();
      assertThat(verify.repeats).as("seed %d", seed).isZero();
      assertThat(plan.statistics().repeats()).isZero();
      assertThat(plan.stopReason()).as("seed %d", seed).isEqualTo(StopReason.BOUND_REACHED);
    }
  }

  @ParameterizedTest(name = "{0}-{1}-{2}, hosts {3}")
  @CsvSource({"10, 4, 4, false", "10, 5, 4, false", "10, 6, 4, false", "10, 7, 4, false", "10, 8, 4, false",
      "10, 9, 4, false", "10, 10, 4, false", "10, 10, 3, true", "10, 6, 3, true", "12, 12, 4, false",
      "12, 12, 3, true", "14, 14, 4, false", "14, 9, 3, true", "15, 15, 4, false", "20, 20, 5, false",
      "22, 22, 4, false", "18, 7, 3, true"})
  void plan_reachesZeroRepeatsFromLatinSquares(int tables, int size, int rounds, boolean hosts) {
    for (long seed = 1; seed <= 3; seed++) {
      RotationPlan plan = RotationPlanner.plan(RandomInstances.golfers(tables, size, rounds, hosts).seed(seed)
          .timeLimit(Duration.ofSeconds(5)).build());

      Verify verify = new Verify(plan);
      assertThat(verify.problems).as("seed %d", seed).isEmpty();
      assertThat(verify.repeats).as("seed %d", seed).isZero();
    }
  }

  @ParameterizedTest(name = "{0} tables of {1}, {2} rounds, hosts {3}")
  @CsvSource({"10, 10, 4, false", "10, 10, 3, true", "10, 9, 4, false", "10, 6, 3, true", "12, 12, 4, false",
      "12, 7, 3, true", "14, 14, 4, false", "14, 14, 3, true", "15, 15, 4, false", "18, 18, 4, false",
      "20, 20, 5, false", "20, 11, 4, true", "22, 22, 4, false", "26, 13, 3, true"})
  void design_seatsEveryPairAtMostOnceFromLatinSquares(int t, int k, int rounds, boolean hosts) {
    int[][] design = Constructions.design(t, k, rounds, hosts, System.nanoTime() + FAR, false);

    assertThat(design).isNotNull();
    for (int r = 0; r < rounds; r++) {
      for (int c = 0; c < k * t; c++) {
        if (design[rounds][c] >= 0) {
          assertThat(design[r][c]).as("fixed cell %d in round %d", c, r).isEqualTo(design[rounds][c]);
        }
      }
    }
    assertThat(ResolvableTest.meetings(design, k * t, k, rounds)).as("no pair meets twice").containsAnyOf(0, 1)
        .doesNotContain(2, 3, 4, 5);
    if (hosts) {
      assertThat(Arrays.copyOf(design[rounds], t)).as("one fixed cell per table").containsExactly(
          IntStream.range(0, t).toArray());
    }
  }

  private static boolean latin(int[][] square) {
    int n = square.length;
    for (int i = 0; i < n; i++) {
      boolean[] row = new boolean[n];
      boolean[] column = new boolean[n];
      for (int j = 0; j < n; j++) {
        if (square[i][j] < 0 || square[i][j] >= n || square[j][i] < 0 || square[j][i] >= n || row[square[i][j]]
            || column[square[j][i]]) {
          return false;
        }
        row[square[i][j]] = true;
        column[square[j][i]] = true;
      }
    }
    return true;
  }

  private static boolean orthogonal(int[][] a, int[][] b) {
    int n = a.length;
    boolean[] seen = new boolean[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        int pair = a[i][j] * n + b[i][j];
        if (seen[pair]) {
          return false;
        }
        seen[pair] = true;
      }
    }
    return true;
  }
}
