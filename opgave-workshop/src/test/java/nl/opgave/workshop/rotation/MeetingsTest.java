package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hashed meetings table against a map of byte counts, on random increments, decrements, lookups and clears. */
class MeetingsTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static long key(int p, int q) {
    return (long) Math.min(p, q) << 32 | Math.max(p, q);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hashed_countsLikeAMapOfBytesOnRandomOperations(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = random.nextBoolean() ? 2 + random.nextInt(40) : 6_001 + random.nextInt(100_000);
    int pairCount = 1 + random.nextInt(random.nextBoolean() ? 20 : 2_000);
    long expected = 1 + random.nextInt(random.nextBoolean() ? 8 : 4_000);
    Meetings meetings = new Meetings.Hashed(n, expected);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < pairCount; i++) {
      int p = random.nextInt(n);
      int q = random.nextInt(n - 1);
      pairs.add(new int[] {p, q >= p ? q + 1 : q});
    }
    pairs.add(new int[] {n - 2, n - 1});
    Map<Long, Byte> oracle = new HashMap<>();
    int operations = 1 + random.nextInt(6_000);
    int hot = random.nextInt(pairs.size());
    for (int k = 0; k < operations; k++) {
      int[] pair = pairs.get(random.nextInt(4) == 0 ? hot : random.nextInt(pairs.size()));
      int p = random.nextBoolean() ? pair[0] : pair[1];
      int q = p == pair[0] ? pair[1] : pair[0];
      byte count = oracle.getOrDefault(key(p, q), (byte) 0);
      int draw = random.nextInt(100);
      if (draw < 55) {
        assertThat(meetings.increment(p, q)).as("increment %s %s at %s", p, q, k).isEqualTo(count);
        oracle.put(key(p, q), (byte) (count + 1));
      } else if (draw < 80) {
        if (oracle.containsKey(key(p, q))) {
          assertThat(meetings.decrement(p, q)).as("decrement %s %s at %s", p, q, k).isEqualTo(count);
          oracle.put(key(p, q), (byte) (count - 1));
        }
      } else if (draw < 99) {
        assertThat(meetings.get(p, q)).as("get %s %s at %s", p, q, k).isEqualTo(count);
      } else {
        meetings.clear();
        oracle.clear();
      }
    }
    for (int[] pair : pairs) {
      assertThat(meetings.get(pair[1], pair[0])).isEqualTo(
          (int) oracle.getOrDefault(key(pair[0], pair[1]), (byte) 0));
    }
  }
}
