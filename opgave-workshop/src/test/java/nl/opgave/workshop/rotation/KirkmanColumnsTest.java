package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.opgave.model.cafe.RotationPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KirkmanColumnsTest {
  /** Every prime power q = 1 (mod 6) below 200: Kirkman triple systems on 21 up to 597 points. */
  static IntStream primePowersOneModSix() {
    return IntStream.range(2, 200).filter(q -> q % 6 == 1 && DesignCheck.isPrimePower(q));
  }

  @ParameterizedTest(name = "KTS({0}) = KTS(3 * {1})")
  @MethodSource("kirkmanSizes")
  void of_buildsAKirkmanTripleSystemOnThreeQPoints(int v, int q) {
    Resolvable design = KirkmanColumns.of(v, 3);

    assertThat(design).isNotNull();
    assertThat(design.rounds()).isEqualTo((v - 1) / 2);
    DesignCheck.assertEveryRoundAPartitionAndEveryPairOnce(design.table, v, 3);
  }

  static Stream<Arguments> kirkmanSizes() {
    return primePowersOneModSix().mapToObj(q -> Arguments.of(3 * q, q));
  }

  @Test
  void of_refusesSizesOutsideTheFamily() {
    assertThat(KirkmanColumns.of(69, 3)).as("23 = 5 (mod 6)").isNull();
    assertThat(KirkmanColumns.of(165, 3)).as("55 is no prime power").isNull();
    assertThat(KirkmanColumns.of(15, 3)).as("5 = 5 (mod 6)").isNull();
    assertThat(KirkmanColumns.of(28, 4)).as("tables of 4").isNull();
    assertThat(KirkmanColumns.of(22, 3)).as("not a multiple of 3").isNull();
    assertThat(primePowersOneModSix().filter(q -> KirkmanColumns.order(3 * q, 3) != q).boxed().toList()).isEmpty();
  }

  @ParameterizedTest(name = "{0} people, {1} tables, seed {3}")
  @MethodSource("plans")
  void plan_seatsTheOpenKirkmanSizesWithoutRepeat(int people, int tables, int rounds, long seed) {
    RotationPlan plan = RotationPlanner.plan(RandomInstances.golfers(tables, people / tables, rounds, false)
        .seed(seed).timeLimit(Duration.ofSeconds(20)).build());

    Verify verify = new Verify(plan);
    assertThat(verify.problems).isEmpty();
    assertThat(verify.repeats).isZero();
  }

  static Stream<Arguments> plans() {
    List<Arguments> list = new ArrayList<>();
    for (int[] size : new int[][] {{93, 31, 46}, {111, 37, 55}, {129, 43, 64}}) {
      for (long seed = 1; seed <= 3; seed++) {
        list.add(Arguments.of(size[0], size[1], size[2], seed));
      }
    }
    return list.stream();
  }
}
