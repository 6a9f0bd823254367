package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The listener hears from the planner at least once a second, also while a design construction searches. */
class ProgressTicksTest {
  private static final long SECOND = 1_000_000_000L;

  /** 45 in fives is open in the literature, so the construction searches until its share of the limit is spent. */
  static Stream<Arguments> slowConstructions() {
    return Stream.of(
        Arguments.of(9, 5, 11, 4, 1L),
        Arguments.of(9, 5, 11, 4, 2L),
        Arguments.of(13, 4, 17, 10, 2L));
  }

  @ParameterizedTest(name = "{0} tables of {1}, {2} rounds, limit {3} s, seed {4}")
  @MethodSource("slowConstructions")
  void plan_ticksAtLeastOnceASecondFromStartToReturn(int tables, int size, int rounds, int seconds, long seed) {
    RotationRequest request = RandomInstances.golfers(tables, size, rounds, false).seed(seed)
        .timeLimit(Duration.ofSeconds(seconds)).build();
    List<Long> calls = new ArrayList<>();
    long start = System.nanoTime();
    RotationPlanner.plan(request, (iterations, best, bound) -> calls.add(System.nanoTime()));
    long end = System.nanoTime();
    long previous = start;
    long gap = 0;
    for (long call : calls) {
      gap = Math.max(gap, call - previous);
      previous = call;
    }
    gap = Math.max(gap, end - previous);
    assertThat(gap).as("largest gap in ns between progress calls over %d ms", (end - start) / 1_000_000)
        .isLessThan(SECOND);
  }

  @Test
  void plan_isTheSameWithOrWithoutAListener() {
    RotationRequest request = RandomInstances.golfers(10, 4, 12, false).seed(3).iterationLimit(20_000L).build();
    List<Long> calls = new ArrayList<>();
    RotationPlan heard = RotationPlanner.plan(request, (iterations, best, bound) -> calls.add(iterations));
    RotationPlan silent = RotationPlanner.plan(request);
    assertThat(calls).isNotEmpty();
    assertThat(heard.seatings()).isEqualTo(silent.seatings());
    assertThat(heard.statistics()).isEqualTo(silent.statistics());
  }
}
