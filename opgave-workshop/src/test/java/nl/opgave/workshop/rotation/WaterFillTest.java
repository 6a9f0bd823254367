package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Table sizes by water filling against a binary search for the level over all people. */
class WaterFillTest {
  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /** The level found by bisecting [0, people], then the sizes as the planner sets them. */
  private static int[] plainly(int people, int[] lower, int[] upper, int[] preference, int round) {
    int m = lower.length;
    int lo = 0;
    int hi = people;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      long sum = 0;
      for (int j = 0; j < m; j++) {
        sum += Math.max(lower[j], Math.min(upper[j], mid));
      }
      if (sum >= people) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    int[] sizes = new int[m];
    long sum = 0;
    for (int j = 0; j < m; j++) {
      sizes[j] = Math.max(lower[j], Math.min(upper[j], lo - 1));
      sum += sizes[j];
    }
    int remaining = (int) (people - sum);
    boolean preferred = false;
    for (int j = 0; j < m; j++) {
      preferred |= preference[j] != preference[0];
    }
    long[] order = new long[preferred ? m : 0];
    for (int j = 0; j < order.length; j++) {
      order[j] = (long) (Integer.MAX_VALUE - preference[j]) << 32 | Math.floorMod(j - round, m);
    }
    Arrays.sort(order);
    for (int k = 0; k < m && remaining > 0; k++) {
      int j = Math.floorMod((preferred ? (int) order[k] : k) + round, m);
      if (Math.max(lower[j], Math.min(upper[j], lo)) > sizes[j]) {
        sizes[j]++;
        remaining--;
      }
    }
    return sizes;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void waterFill_setsTheSizesOfABisectionOverAllPeople(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 1 + random.nextInt(seed % 10 == 0 ? 5_000 : 12);
    int[] lower = new int[m];
    int[] upper = new int[m];
    int[] preference = new int[m];
    boolean hosts = random.nextBoolean();
    boolean capped = random.nextBoolean();
    boolean preferred = random.nextInt(3) == 0;
    long seats = 0;
    for (int j = 0; j < m; j++) {
      lower[j] = hosts ? random.nextInt(random.nextInt(4) == 0 ? 9 : 2) : 0;
      upper[j] = capped ? lower[j] + random.nextInt(12) : Integer.MAX_VALUE;
      preference[j] = preferred ? random.nextInt(5) : 0;
      seats += upper[j];
    }
    long least = Arrays.stream(lower).asLongStream().sum();
    int people = (int) Math.max(1, Math.min(seats, least + random.nextInt(1 + 20 * m)));
    int round = random.nextInt(20);
    assertThat(Problem.waterFill(people, lower, upper, preference, round))
        .isEqualTo(plainly(people, lower, upper, preference, round));
  }
}
