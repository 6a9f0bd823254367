package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldRotationalTest {
  /** Every prime power q = 1 (mod 6) below 200: Kirkman triple systems on 15 up to 399 points. */
  static Stream<Arguments> kirkmanSizes() {
    return IntStream.range(2, 200).filter(q -> q % 6 == 1 && DesignCheck.isPrimePower(q))
        .mapToObj(q -> Arguments.of(2 * q + 1, q));
  }

  @ParameterizedTest(name = "KTS({0}), q = {1}")
  @MethodSource("kirkmanSizes")
  void kirkman_buildsAKirkmanTripleSystemOnTwoQPlusOnePoints(int v, int q) {
    assertThat(FieldRotational.kirkmanOrder(v, 3)).isEqualTo(q);

    Resolvable design = FieldRotational.of(v, 3);

    assertThat(design.rounds()).isEqualTo(q);
    DesignCheck.assertEveryRoundAPartitionAndEveryPairOnce(design.table, v, 3);
  }

  /** Every prime power q = 1 (mod 4) below 200: resolvable (v, 4, 1) designs on 16 up to 592 points. */
  static Stream<Arguments> quadrupleSizes() {
    return IntStream.range(2, 200).filter(q -> q % 4 == 1 && DesignCheck.isPrimePower(q))
        .mapToObj(q -> Arguments.of(3 * q + 1, q));
  }

  @ParameterizedTest(name = "RBIBD({0},4,1), q = {1}")
  @MethodSource("quadrupleSizes")
  void quadruples_buildsAResolvableDesignOnThreeQPlusOnePoints(int v, int q) {
    assertThat(FieldRotational.quadruplesOrder(v, 4)).isEqualTo(q);

    Resolvable design = FieldRotational.of(v, 4);

    assertThat(design.rounds()).isEqualTo(q);
    DesignCheck.assertEveryRoundAPartitionAndEveryPairOnce(design.table, v, 4);
  }

  @Test
  void of_refusesSizesOutsideBothFamilies() {
    assertThat(FieldRotational.of(33, 3)).as("16 = 4 (mod 6)").isNull();
    assertThat(FieldRotational.of(69, 3)).as("34 is no prime power").isNull();
    assertThat(FieldRotational.of(31, 3)).as("15 is no prime power").isNull();
    assertThat(FieldRotational.of(100, 4)).as("33 is no prime power").isNull();
    assertThat(FieldRotational.of(22, 4)).as("7 = 3 (mod 4)").isNull();
    assertThat(FieldRotational.of(21, 5)).as("tables of 5").isNull();
  }
}
