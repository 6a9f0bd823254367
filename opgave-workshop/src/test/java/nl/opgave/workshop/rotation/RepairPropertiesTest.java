package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RepairRequest;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RepairPropertiesTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void repair_neverTouchesPastRoundsAndStaysValid(long seed) {
    RotationRequest request = RandomInstances.request(seed + 5_000, 30, 200);
    RotationPlan plan;
    try {
      plan = RotationPlanner.plan(request);
    } catch (InvalidValueException e) {
      Refusals.assertDeserved(request, e);
      return;
    }
    SplittableRandom random = new SplittableRandom(seed);
    int from = 1 + random.nextInt(request.rounds());
    List<String> leaving = new ArrayList<>();
    for (Participant p : request.participants()) {
      if (random.nextInt(6) == 0) {
        leaving.add(p.id());
      }
    }
    List<Participant> arriving = new ArrayList<>();
    for (int i = 0; i < random.nextInt(3); i++) {
      arriving.add(Participant.builder().id("late" + i).organisation("org" + random.nextInt(3)).build());
    }
    RepairRequest change = RepairRequest.builder().fromRound(from).leaving(leaving).arriving(arriving)
        .iterationLimit(200).build();
    RotationPlan repaired;
    try {
      repaired = RotationPlanner.repair(plan, change);
    } catch (InvalidValueException e) {
      Refusals.assertDeserved(plan, change, e);
      return;
    }
    assertThat(new Verify(repaired).problems).isEmpty();
    for (int r = 1; r < from; r++) {
      for (Participant p : repaired.request().participants()) {
        if (plan.request().participant(p.id()).isPresent()) {
          assertThat(repaired.table(p.id(), r)).as("%s in round %d", p.id(), r).isEqualTo(plan.table(p.id(), r));
        } else {
          assertThat(repaired.table(p.id(), r)).isEmpty();
        }
      }
    }
    for (int r = from; r <= request.rounds(); r++) {
      for (String id : leaving) {
        if (repaired.request().participant(id).isPresent()) {
          assertThat(repaired.table(id, r)).isEmpty();
        }
      }
      for (Participant p : arriving) {
        assertThat(repaired.table(p.id(), r)).isPresent();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void repair_withoutChangesMovesNobody(long seed) {
    RotationRequest request = RandomInstances.request(seed + 9_000, 30, 200);
    RotationPlan plan;
    try {
      plan = RotationPlanner.plan(request);
    } catch (InvalidValueException e) {
      Refusals.assertDeserved(request, e);
      return;
    }
    int from = 1 + new SplittableRandom(seed).nextInt(request.rounds());
    RotationPlan repaired = RotationPlanner.repair(plan, RepairRequest.builder().fromRound(from).iterationLimit(200)
        .build());
    assertThat(repaired.statistics().seatsChanged()).isZero();
    assertThat(repaired.seatings()).isEqualTo(plan.seatings());
  }
}
