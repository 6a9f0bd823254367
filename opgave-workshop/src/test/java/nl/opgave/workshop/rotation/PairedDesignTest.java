package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import nl.opgave.model.cafe.RotationPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PairedDesignTest {
  static Stream<Arguments> sizes() {
    return Stream.of(Arguments.of(8, 4, 10), Arguments.of(8, 4, 7), Arguments.of(6, 3, 8), Arguments.of(6, 3, 5),
        Arguments.of(4, 2, 6), Arguments.of(2, 2, 2));
  }

  @ParameterizedTest(name = "{0} tables of {1}, {2} rounds")
  @MethodSource("sizes")
  void find_seatsEveryoneOncePerRoundAndNoPairTwice(int tables, int size, int rounds) {
    for (long seed = 1; seed <= 20; seed++) {
      int[][] design = PairedDesign.find(tables, size, rounds, seed, System.nanoTime() + 20_000_000_000L);

      assertThat(design).as("seed %d", seed).isNotNull().hasNumberOfRows(rounds + 1);
      int n = tables * size;
      boolean[] met = new boolean[n * n];
      for (int r = 0; r < rounds; r++) {
        int[] count = new int[tables];
        for (int p = 0; p < n; p++) {
          count[design[r][p]]++;
          for (int q = p + 1; q < n; q++) {
            if (design[r][p] == design[r][q]) {
              assertThat(met[p * n + q]).as("seed %d: %d and %d meet again in round %d", seed, p, q, r).isFalse();
              met[p * n + q] = true;
            }
          }
        }
        assertThat(count).containsOnly(size);
      }
      assertThat(design[rounds]).containsOnly(-1);
    }
  }

  @Test
  void find_isDeterministicPerSeed() {
    long far = System.nanoTime() + 20_000_000_000L;
    assertThat(PairedDesign.find(8, 4, 10, 42, far)).isDeepEqualTo(PairedDesign.find(8, 4, 10, 42, far));
  }

  @Test
  void find_refusesSizesWithoutPairs() {
    long far = System.nanoTime() + 1_000_000_000L;
    assertThat(PairedDesign.find(5, 3, 7, 1, far)).isNull();
    assertThat(PairedDesign.find(8, 4, 11, 1, far)).isNull();
    assertThat(PairedDesign.find(8, 4, 5, 1, far)).isNull();
    assertThat(PairedDesign.find(10, 3, 14, 1, far)).as("105 pairs of pairs, an odd number").isNull();
  }

  @Test
  void planner_seatsEightTablesOfFourForTenRoundsWithoutRepeat() {
    RotationPlan plan = RotationPlanner.plan(RotationPlannerTest.golfers(8, 4, 10, false).build());

    assertThat(plan.statistics().repeats()).isZero();
    assertThat(plan.statistics().minContacts()).isEqualTo(30);
    assertThat(plan.provablyOptimal()).isTrue();
  }
}
