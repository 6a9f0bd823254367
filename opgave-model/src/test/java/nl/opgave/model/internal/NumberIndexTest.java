package nl.opgave.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The position of a number, dense or sparse, against a linear search for its first occurrence. */
class NumberIndexTest {
  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void positionOf_findsTheFirstOccurrenceAsALinearSearchDoes(long seed) {
    Random random = new Random(seed);
    int[] numbers = new int[1 + random.nextInt(30)];
    int range = random.nextBoolean() ? 1 + random.nextInt(40) : 1 + random.nextInt(Integer.MAX_VALUE - 1);
    for (int t = 0; t < numbers.length; t++) {
      numbers[t] = random.nextInt(range);
    }
    NumberIndex index = new NumberIndex(numbers);
    for (int t = 0; t < numbers.length; t++) {
      for (int probe : new int[] {numbers[t], numbers[t] + 1, numbers[t] - 1}) {
        assertThat(index.positionOf(probe)).as("number %d", probe).isEqualTo(linear(numbers, probe));
      }
    }
    for (int probe : new int[] {-1, 0, range, Integer.MAX_VALUE, Integer.MIN_VALUE, random.nextInt(range)}) {
      assertThat(index.positionOf(probe)).as("number %d", probe).isEqualTo(linear(numbers, probe));
    }
  }

  private static int linear(int[] numbers, int number) {
    for (int t = 0; t < numbers.length; t++) {
      if (numbers[t] == number) {
        return t;
      }
    }
    return -1;
  }
}
