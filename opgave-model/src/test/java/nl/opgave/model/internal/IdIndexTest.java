package nl.opgave.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdIndexTest {
  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @Test
  void put_keepsIdsWithEqualHashCodesApart() {
    IdIndex index = new IdIndex(3);
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(index.put("Aa", 0)).isEqualTo(-1);
    assertThat(index.put("BB", 1)).isEqualTo(-1);
    assertThat(index.put("AaBB", 2)).isEqualTo(-1);
    assertThat(index.get("Aa")).isZero();
    assertThat(index.get("BB")).isEqualTo(1);
    assertThat(index.get("BBAa")).isEqualTo(-1);
    assertThat(index.put("BB", 7)).isEqualTo(1);
    assertThat(index.get("BB")).isEqualTo(7);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void putAndGet_matchHashMapOnRandomIds(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int count = 1 + random.nextInt(300);
    IdIndex index = new IdIndex(count);
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String id = "p" + random.nextInt(2 * count);
      Integer had = expected.put(id, i);
      assertThat(index.put(id, i)).isEqualTo(had == null ? -1 : had);
    }
    for (int k = 0; k < 3 * count; k++) {
      String id = "p" + k;
      assertThat(index.get(id)).isEqualTo(expected.getOrDefault(id, -1));
    }
  }
}
