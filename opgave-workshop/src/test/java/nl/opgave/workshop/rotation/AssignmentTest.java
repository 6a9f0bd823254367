package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AssignmentTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void minCost_isAPermutationAsCheapAsEveryOther(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(6);
    long[][] cost = new long[n][n];
    for (long[] row : cost) {
      for (int j = 0; j < n; j++) {
        row[j] = random.nextInt(4) == 0 ? 1_000L * random.nextInt(3) : random.nextInt(10);
      }
    }

    int[] columnOf = Assignment.minCost(cost);

    assertThat(columnOf).hasSize(n);
    assertThat(java.util.Arrays.stream(columnOf).distinct().count()).isEqualTo(n);
    assertThat(total(cost, columnOf)).isEqualTo(best(cost, new int[n], new boolean[n], 0));
  }

  private static long total(long[][] cost, int[] columnOf) {
    long sum = 0;
    for (int i = 0; i < columnOf.length; i++) {
      sum += cost[i][columnOf[i]];
    }
    return sum;
  }

  private static long best(long[][] cost, int[] columnOf, boolean[] used, int row) {
    if (row == cost.length) {
      return total(cost, columnOf);
    }
    long best = Long.MAX_VALUE;
    for (int c = 0; c < cost.length; c++) {
      if (!used[c]) {
        used[c] = true;
        columnOf[row] = c;
        best = Math.min(best, best(cost, columnOf, used, row + 1));
        used[c] = false;
      }
    }
    return best;
  }
}
