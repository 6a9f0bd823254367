package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.cafe.RotationRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SearchDeltaTest {
  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void incrementalCosts_equalCostsRecomputedFromScratch(long seed) {
    RotationRequest request = RandomInstances.request(seed + 20_000, 40, 100);
    Problem pb;
    try {
      pb = new Problem(request, null, 0);
    } catch (InvalidValueException e) {
      Refusals.assertDeserved(request, e);
      return;
    }
    Search search = new Search(pb, Bounds.tiers(Bounds.of(pb)));
    search.start(null);
    search.shake(500);
    long[] incremental = search.cost();
    int[] seats = search.seats();
    search.load(seats);
    assertThat(incremental).containsExactly(search.cost());
    assertThat(Evaluation.statistics(pb, seats).repeats()).isEqualTo(incremental[Search.REPEAT]);
  }
}
