package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RotationPropertiesTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static RotationPlan planOrRefusal(RotationRequest request) {
    try {
      return RotationPlanner.plan(request);
    } catch (InvalidValueException e) {
      Refusals.assertDeserved(request, e);
      return null;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plan_isValidAndItsStatisticsAndBoundsAreTrue(long seed) {
    RotationRequest request = RandomInstances.request(seed, 40, 400);
    RotationPlan plan = planOrRefusal(request);
    if (plan == null) {
      return;
    }
    Verify verify = new Verify(plan);
    assertThat(verify.problems).isEmpty();
    assertThat(RotationPlanner.check(plan)).isEmpty();
    assertThat(plan.statistics().repeats()).isEqualTo(verify.repeats);
    assertThat(plan.statistics().vraagstukRepeats()).isEqualTo(verify.vraagstukRepeats);
    assertThat(plan.statistics().colleagueMeetings()).isEqualTo(verify.colleagues);
    assertThat(plan.statistics().keepTogetherBroken()).isEqualTo(verify.together);
    assertThat(plan.statistics().keepApartBroken()).isZero();
    assertThat(plan.statistics().minContacts()).isEqualTo(verify.minContacts);
    assertThat(plan.repeatsLowerBound()).isLessThanOrEqualTo(plan.statistics().repeats());
    assertThat(plan.bounds().repeatsWithoutVraagstukRule()).isLessThanOrEqualTo(plan.statistics().repeats());
    assertThat(plan.bounds().colleagues()).isLessThanOrEqualTo(plan.statistics().colleagueMeetings());
    assertThat(plan.bounds().vraagstukRepeats()).isLessThanOrEqualTo(plan.statistics().vraagstukRepeats());
    assertThat(plan.statistics().maxMeetings()).isEqualTo(verify.maxMeetings);
    if (plan.statistics().vraagstukRepeats() == 0) {
      assertThat(plan.bounds().maxMeetings()).isLessThanOrEqualTo(plan.statistics().maxMeetings());
    }
    plan.bounds().minContacts().ifPresent(c -> assertThat(plan.statistics().minContacts()).isLessThanOrEqualTo(c));
    for (var alternative : plan.alternatives()) {
      alternative.achievedRepeats().ifPresent(a -> assertThat(alternative.repeatsLowerBound()).isLessThanOrEqualTo(a));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plan_isTheSameForTheSameSeedAndBudget(long seed) {
    RotationRequest request = RandomInstances.request(seed, 30, 200);
    RotationPlan first = planOrRefusal(request);
    if (first == null) {
      return;
    }
    assertThat(RotationPlanner.plan(request)).isEqualTo(first);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plan_keepsHostsAtTheirTable(long seed) {
    RotationRequest request = RandomInstances.request(seed + 1_000, 40, 100);
    RotationPlan plan = planOrRefusal(request);
    if (plan == null) {
      return;
    }
    for (Table table : request.tables()) {
      if (table.host().isPresent()) {
        Participant host = request.participant(table.host().get()).orElseThrow();
        for (int r = 1; r <= request.rounds(); r++) {
          if (host.attends(r)) {
            assertThat(plan.table(host.id(), r)).hasValue(table.number());
          }
        }
      }
    }
  }

  /** With T tables per side, T divisible by Q, Q >= rounds and all tables equally full, nobody meets a vraagstuk twice. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plan_coversVraagstukkenWithoutRepetitionWhenThatIsFeasible(long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int questions = 2 + random.nextInt(3);
    int perSide = questions * (1 + random.nextInt(2));
    int sides = 1 + random.nextInt(2);
    int size = 2 + random.nextInt(4);
    int rounds = 1 + random.nextInt(questions);
    boolean hosts = random.nextBoolean();
    int tables = perSide * sides;
    List<Participant> people = new java.util.ArrayList<>();
    for (int i = 1; i <= tables * size; i++) {
      people.add(Participant.builder().id("p" + i).build());
    }
    List<Table> tableList = new java.util.ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      Table.Builder table = Table.builder().number(t).vraagstuk((t - 1) % questions + 1);
      if (sides > 1) {
        table.side((t - 1) / perSide + 1);
      }
      if (hosts) {
        table.host("p" + t);
      }
      tableList.add(table.build());
    }
    RotationPlan plan = RotationPlanner.plan(RotationRequest.builder().participants(people).tables(tableList)
        .rounds(rounds).seed(seed).iterationLimit(5_000).build());
    assertThat(plan.statistics().vraagstukRepeats()).isZero();
    assertThat(new Verify(plan).problems).isEmpty();
  }
}
