package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.cafe.AlternativeKind;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.PinnedSeat;
import nl.opgave.model.cafe.RepairRequest;
import nl.opgave.model.cafe.RotationAlternative;
import nl.opgave.model.cafe.RotationBounds;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.StopReason;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.seed.WorldCafe4Maart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RotationPlannerTest {
  static RotationRequest.Builder golfers(int tables, int size, int rounds, boolean hosts) {
    return RandomInstances.golfers(tables, size, rounds, hosts).seed(1).iterationLimit(200_000);
  }

  @Test
  void seedCafe_meetsTheVraagstukBoundOf24RepeatsPerSideAndSaysWhatCrossingSidesWouldSave() {
    RotationPlan plan = RotationPlanner.plan(WorldCafe4Maart.rotationRequest(1));
    assertThat(plan.statistics().vraagstukRepeats()).isZero();
    assertThat(plan.statistics().repeats()).isEqualTo(48);
    assertThat(plan.bounds().vraagstuk()).isEqualTo(48);
    assertThat(plan.bounds().repeatsWithoutVraagstukRule()).isEqualTo(36);
    assertThat(plan.provablyOptimal()).isTrue();
    assertThat(plan.stopReason()).isEqualTo(StopReason.BOUND_REACHED);
    assertThat(RotationPlanner.check(plan)).isEmpty();
    RotationAlternative cross = plan.alternatives().stream().filter(a -> a.kind() == AlternativeKind.CROSS_SIDES)
        .findFirst().orElseThrow();
    assertThat(cross.repeatsLowerBound()).isEqualTo(12);
    assertThat(cross.achievedRepeats()).hasValue(12);
  }

  @Test
  void seedCafe_itineraryNamesTableColourAndVraagstuk() {
    RotationPlan plan = RotationPlanner.plan(WorldCafe4Maart.rotationRequest(1));
    String host = plan.itinerary("jos-van-der-ploeg").text(Locale.forLanguageTag("nl"));
    assertThat(host).isEqualTo("ronde 1: tafel 1 (wit), vraagstuk 1, tafelhost\n"
        + "ronde 2: tafel 1 (wit), vraagstuk 1, tafelhost\nronde 3: tafel 1 (wit), vraagstuk 1, tafelhost");
    String traveller = plan.itinerary("joyce-otten").text(Locale.ENGLISH);
    assertThat(traveller.split("\n")).hasSize(3).allMatch(line -> line.matches("round \\d: table \\d \\((white|blue)\\), "
        + "question \\d"));
  }

  @Test
  void kirkman_fifteenSchoolgirlsSevenDaysWithoutRepeat() {
    RotationPlan plan = RotationPlanner.plan(golfers(5, 3, 7, false).build());
    assertThat(plan.statistics().repeats()).isZero();
    assertThat(plan.statistics().minContacts()).isEqualTo(14);
    assertThat(plan.provablyOptimal()).isTrue();
  }

  @Test
  void progressiveParty_hostsStayAndNobodyMeetsTwice() {
    RotationPlan plan = RotationPlanner.plan(golfers(12, 5, 4, true).build());
    assertThat(plan.statistics().repeats()).isZero();
    assertThat(plan.table("p3", 4)).hasValue(3);
  }

  @Test
  void bounds_countingAndPigeonholeAreReported() {
    RotationBounds tight = RotationPlanner.bounds(golfers(2, 4, 3, false).build());
    assertThat(tight.zeroRepeatRounds()).hasValue(2);
    assertThat(tight.pigeonhole()).isEqualTo(2 * 2 * 2);
    RotationBounds counting = RotationPlanner.bounds(golfers(3, 3, 5, false).build());
    assertThat(counting.counting()).isEqualTo(5 * 3 * 3 - 36);
  }

  @Test
  void plan_refusesMorePeopleThanSeats() {
    RotationRequest request = golfers(2, 3, 2, false)
        .tables(List.of(Table.builder().number(1).capacity(2).build(), Table.builder().number(2).capacity(3).build()))
        .build();
    assertThatThrownBy(() -> RotationPlanner.plan(request))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("the café: 6 people attend round 1 but the tables seat only 5");
  }

  @Test
  void plan_refusesASideWithFewerPeopleThanTables() {
    RotationRequest request = golfers(2, 2, 2, false).participants(List.of(
        Participant.builder().id("a").side(1).build(), Participant.builder().id("b").side(1).build(),
        Participant.builder().id("c").side(2).build()))
        .tables(List.of(Table.builder().number(1).side(1).build(), Table.builder().number(2).side(2).build(),
            Table.builder().number(3).side(2).build()))
        .build();
    assertThatThrownBy(() -> RotationPlanner.plan(request))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("side 2 has 1 people in round 1 but 2 tables; every table needs at least one person");
  }

  @Test
  void plan_refusesAKeepApartGroupLargerThanTheTables() {
    RotationRequest request = golfers(2, 3, 2, false)
        .keepApart(List.of(Pair.of("p1", "p2"), Pair.of("p1", "p3"), Pair.of("p2", "p3")))
        .build();
    assertThatThrownBy(() -> RotationPlanner.plan(request))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("keep-apart: ")
        .hasMessageContaining("must all sit apart, but the café has only 2 tables");
  }

  @Test
  void plan_refusesKeepApartPairPinnedToOneTable() {
    RotationRequest request = golfers(2, 3, 2, false).keepApart(List.of(Pair.of("p4", "p5")))
        .pins(List.of(PinnedSeat.of("p4", 2, 1), PinnedSeat.of("p5", 2, 1))).build();
    assertThatThrownBy(() -> RotationPlanner.plan(request))
        .hasMessage("participants p4 and p5 are to be kept apart but both sit at table 1 in round 2");
  }

  @Test
  void plan_keepsPinsKeepApartAndKeepTogetherWhereThatCostsNoRepeats() {
    RotationRequest request = golfers(5, 4, 3, false)
        .pins(List.of(PinnedSeat.of("p9", 1, 2), PinnedSeat.of("p10", 1, 2)))
        .keepApart(List.of(Pair.of("p11", "p12")))
        .keepTogether(List.of(Pair.of("p13", "p14")))
        .build();
    RotationPlan plan = RotationPlanner.plan(request);
    assertThat(plan.table("p9", 1)).hasValue(2);
    assertThat(plan.table("p10", 1)).hasValue(2);
    assertThat(plan.statistics().keepApartBroken()).isZero();
    assertThat(plan.statistics().keepTogetherBroken()).isZero();
    assertThat(RotationPlanner.check(plan)).isEmpty();
  }

  @Test
  void repair_afterAHostLeavesAndSomeoneArrivesKeepsEarlierRoundsAndMovesFewPeople() {
    RotationPlan plan = RotationPlanner.plan(WorldCafe4Maart.rotationRequest(1));
    RotationPlan repaired = RotationPlanner.repair(plan, RepairRequest.builder().fromRound(2)
        .addLeaving("karin", "jorgen-schram")
        .addArriving(Participant.builder().id("laatkomer").name("Laat Komer").organisation("Gemeente Zwolle").build())
        .build());
    for (Participant p : plan.request().participants()) {
      assertThat(repaired.table(p.id(), 1)).isEqualTo(plan.table(p.id(), 1));
    }
    assertThat(repaired.table("karin", 1)).isEqualTo(plan.table("karin", 1));
    assertThat(repaired.table("karin", 2)).isEmpty();
    assertThat(repaired.table("laatkomer", 1)).isEmpty();
    assertThat(repaired.table("laatkomer", 2)).isPresent();
    assertThat(repaired.statistics().seatsChanged()).isLessThanOrEqualTo(2);
    assertThat(RotationPlanner.check(repaired)).isEmpty();
  }

  @Test
  void repair_hostLeavingFromTheFirstRoundLeavesItsTableWithoutHost() {
    RotationPlan plan = RotationPlanner.plan(golfers(3, 4, 3, true).build());
    RotationPlan repaired = RotationPlanner.repair(plan, RepairRequest.builder().fromRound(1).addLeaving("p1")
        .build());
    assertThat(repaired.request().participant("p1")).isEmpty();
    assertThat(repaired.request().tables().get(0).host()).isEmpty();
    assertThat(repaired.request().tables().get(1).host()).hasValue("p2");
    assertThat(RotationPlanner.check(repaired)).isEmpty();
    assertThat(new Verify(repaired).problems).isEmpty();
  }

  @Test
  void plan_refusesMoreParticipantsThanTheMaximumAtOnce() {
    RotationRequest request = RandomInstances.golfers(2, 50_001, 2, false).build();
    assertThatThrownBy(() -> RotationPlanner.plan(request)).isInstanceOf(InvalidValueException.class)
        .hasMessage("rotation request: 100002 participants is more than the planner's maximum of 100000");
  }

  @Test
  void plan_seatsTablesTooLargeForAMeetingsTableWithoutSearchAndReachesTheBound() {
    RotationPlan plan = RotationPlanner.plan(RandomInstances.golfers(2, 3_500, 2, false).seed(1).build());
    assertThat(RotationPlanner.check(plan)).isEmpty();
    assertThat(plan.iterations()).isZero();
    assertThat(plan.statistics().repeats()).isEqualTo(plan.repeatsLowerBound()).isEqualTo(6_121_500);
    assertThat(plan.statistics().maxMeetings()).isEqualTo(2);
    assertThat(plan.statistics().minContacts()).isEqualTo(3_499 + 1_750);
  }

  @Test
  void progressListener_canStopTheSearch() {
    RotationRequest request = golfers(8, 4, 10, false).iterationLimit(1_000_000).build();
    List<Long> calls = new ArrayList<>();
    RotationPlan plan = RotationPlanner.plan(request, (iterations, best, bound) -> {
      calls.add(iterations);
      return calls.size() < 3;
    });
    assertThat(plan.stopReason()).isIn(StopReason.STOPPED_BY_LISTENER, StopReason.BOUND_REACHED);
    assertThat(RotationPlanner.check(plan)).isEmpty();
  }

  @Test
  void plan_rejectsNull() {
    assertThatThrownBy(() -> RotationPlanner.plan(null)).isInstanceOf(InvalidValueException.class)
        .hasMessage("request must not be null");
  }

  @ParameterizedTest(name = "{0} tables of {1}, {2} rounds, {3} vraagstukken")
  @MethodSource("withVraagstukken")
  void planner_renumbersTablesSoThatNobodyMeetsAVraagstukTwiceAndNobodyMeetsTwice(int tables, int size, int rounds,
      int questions) {
    RotationRequest.Builder request = golfers(tables, size, rounds, false);
    List<Table> numbered = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      numbered.add(Table.builder().number(t).vraagstuk((t - 1) % questions + 1).build());
    }

    RotationPlan plan = RotationPlanner.plan(request.tables(numbered).build());

    assertThat(plan.statistics().repeats()).isZero();
    assertThat(plan.statistics().vraagstukRepeats()).isZero();
  }

  static Stream<Arguments> withVraagstukken() {
    return Stream.of(Arguments.of(5, 3, 5, 5), Arguments.of(5, 3, 7, 5), Arguments.of(8, 4, 7, 8),
        Arguments.of(8, 4, 8, 8));
  }
}
