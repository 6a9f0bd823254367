package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.StopReason;
import nl.opgave.model.cafe.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TruncationTest {
  /** people, tables, rounds: designs on tables * ceil(people / tables) points less one or two. */
  private static final int[][] SIZES = {
      {39, 10, 13}, {44, 15, 7}, {44, 15, 22}, {27, 7, 9}, {38, 10, 12}, {26, 13, 12}, {62, 21, 30}, {62, 21, 31}};

  static Stream<Arguments> sizesAndSeeds() {
    return Stream.of(SIZES).flatMap(s -> IntStream.rangeClosed(1, 10).mapToObj(seed -> Arguments.of(s[0], s[1], s[2],
        seed)));
  }

  static RotationRequest.Builder request(int people, int tables, int rounds, boolean hosts) {
    List<Participant> list = new ArrayList<>();
    for (int i = 1; i <= people; i++) {
      list.add(Participant.builder().id("p" + i).build());
    }
    List<Table> tableList = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      Table.Builder table = Table.builder().number(t);
      if (hosts) {
        table.host("p" + t);
      }
      tableList.add(table.build());
    }
    return RotationRequest.builder().participants(list).tables(tableList).rounds(rounds);
  }

  @ParameterizedTest(name = "{0} people, {1} tables, {2} rounds, seed {3}")
  @MethodSource("sizesAndSeeds")
  void plan_seatsFewerPeopleThanTheDesignWithoutRepeats(int people, int tables, int rounds, int seed) {
    RotationPlan plan = RotationPlanner.plan(request(people, tables, rounds, false).seed(seed)
        .timeLimit(Duration.ofSeconds(10)).build());
    Verify verify = new Verify(plan);
    assertThat(verify.problems).isEmpty();
    assertThat(verify.repeats).isZero();
    assertThat(plan.statistics().repeats()).isZero();
    assertThat(plan.provablyOptimal()).isTrue();
    assertThat(plan.stopReason()).isEqualTo(StopReason.BOUND_REACHED);
  }
}
