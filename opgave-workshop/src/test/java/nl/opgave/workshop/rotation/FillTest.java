package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FillTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fill_setsEveryElementAsArraysFillDoes(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int length = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(1, 5_000);
    int[] ints = random.ints(length).toArray();
    int[] expectedInts = ints.clone();
    int value = random.nextInt();
    Fill.fill(ints, value);
    Arrays.fill(expectedInts, value);
    assertThat(ints).isEqualTo(expectedInts);

    boolean[] flags = new boolean[length];
    boolean[] expectedFlags = new boolean[length];
    for (int i = 0; i < length; i++) {
      flags[i] = random.nextBoolean();
    }
    boolean flag = random.nextBoolean();
    Fill.fill(flags, flag);
    Arrays.fill(expectedFlags, flag);
    assertThat(flags).isEqualTo(expectedFlags);

    Object[] objects = new Object[length];
    Object[] expectedObjects = new Object[length];
    Arrays.fill(objects, "x");
    Object object = random.nextBoolean() ? null : Integer.valueOf(value);
    Fill.fill(objects, object);
    Arrays.fill(expectedObjects, object);
    assertThat(objects).isEqualTo(expectedObjects);
  }
}
