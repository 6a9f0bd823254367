package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.PinnedSeat;
import nl.opgave.model.cafe.RepairRequest;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Side;
import nl.opgave.model.cafe.Table;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RefusalsInDutchTest {
  /** English words that must not appear in a Dutch refusal (whole words, any case). */
  static final List<String> ENGLISH = List.of("the", "and", "but", "must", "not", "are", "has", "have", "to",
      "table", "tables", "round", "rounds", "side", "sides", "seat", "seats", "sit", "sits", "people", "participant",
      "participants", "host", "hosts", "request", "change", "apart", "keep", "pair", "found", "only", "more", "than",
      "on", "other", "their", "every", "needs", "least", "one", "fixed", "attend", "planner's", "names", "who",
      "already", "arriving", "leaving", "repair", "lies", "after", "last", "would", "share", "large");

  private static RotationRequest.Builder golfers(int tables, int size, int rounds) {
    return RandomInstances.golfers(tables, size, rounds, false).seed(1).iterationLimit(20_000);
  }

  static Stream<Arguments> refusals() {
    RotationPlan small = RotationPlanner.plan(golfers(2, 3, 3).build());
    RotationRequest sides = golfers(2, 2, 2).participants(List.of(
        Participant.builder().id("a").side(1).build(), Participant.builder().id("b").side(1).build(),
        Participant.builder().id("c").side(2).build()))
        .tables(List.of(Table.builder().number(1).side(1).build(), Table.builder().number(2).side(2).build(),
            Table.builder().number(3).side(2).build()))
        .sides(List.of(Side.of(1, "wit", "white"), Side.of(2, "blauw", "blue"))).build();
    RotationRequest pinnedAcross = golfers(2, 2, 2).participants(List.of(
        Participant.builder().id("a").side(1).build(), Participant.builder().id("b").side(1).build(),
        Participant.builder().id("c").side(2).build(), Participant.builder().id("d").side(2).build()))
        .tables(List.of(Table.builder().number(1).side(1).build(), Table.builder().number(2).side(2).build()))
        .pins(List.of(PinnedSeat.of("a", 2, 2))).build();
    return Stream.of(
        refusal("more people than seats", () -> RotationPlanner.plan(golfers(2, 3, 2).tables(List.of(
            Table.builder().number(1).capacity(2).build(), Table.builder().number(2).capacity(3).build())).build()),
            ProblemCode.ROTATION_TOO_FEW_SEATS, "the café: 6 people attend round 1 but the tables seat only 5",
            "het café: in ronde 1 zijn 6 mensen aanwezig, maar de tafels hebben maar 5 plaatsen"),
        refusal("a side with fewer people than tables", () -> RotationPlanner.plan(sides),
            ProblemCode.ROTATION_EMPTY_TABLE,
            "side blue (2) has 1 people in round 1 but 2 tables; every table needs at least one person",
            "kant blauw (2) heeft in ronde 1 1 mensen maar 2 tafels; aan elke tafel zit minstens één persoon"),
        refusal("a keep-apart group larger than the tables", () -> RotationPlanner.plan(golfers(2, 3, 2)
            .keepApart(List.of(Pair.of("p1", "p2"), Pair.of("p1", "p3"), Pair.of("p2", "p3"))).build()),
            ProblemCode.ROTATION_APART_GROUP, "keep-apart: p1, p2, p3 must all sit apart, but the café has only 2"
            + " tables", "gescheiden houden: p1, p2, p3 moeten allemaal aan een andere tafel zitten, maar het café"
            + " heeft maar 2 tafels"),
        refusal("a keep-apart pair pinned to one table", () -> RotationPlanner.plan(golfers(2, 3, 2)
            .keepApart(List.of(Pair.of("p4", "p5"))).pins(List.of(PinnedSeat.of("p4", 2, 1),
                PinnedSeat.of("p5", 2, 1))).build()),
            ProblemCode.ROTATION_APART_FIXED,
            "participants p4 and p5 are to be kept apart but both sit at table 1 in round 2",
            "deelnemers p4 en p5 moeten gescheiden blijven, maar zitten in ronde 2 allebei aan tafel 1"),
        refusal("more people pinned to a table than it seats", () -> RotationPlanner.plan(golfers(2, 3, 2)
            .tables(List.of(Table.builder().number(1).capacity(1).build(), Table.builder().number(2).build()))
            .pins(List.of(PinnedSeat.of("p4", 2, 1), PinnedSeat.of("p5", 2, 1))).build()),
            ProblemCode.ROTATION_TABLE_OVERFULL, "table 1 seats 1 but 2 people are fixed to it in round 2",
            "tafel 1 heeft 1 plaatsen, maar in ronde 2 staan er 2 mensen vast aan"),
        refusal("a participant pinned to a table on the other side", () -> RotationPlanner.plan(pinnedAcross),
            ProblemCode.ROTATION_SIDE_CONFLICT, "participant a is on side 1 but sits at table 2 in round 2, on the"
            + " other side; with independent sides people stay on their side", "deelnemer a staat aan kant 1 maar"
            + " zit in ronde 2 aan tafel 2, aan de andere kant; bij gescheiden kanten blijft iedereen aan de eigen"
            + " kant"),
        refusal("more participants than the maximum", () -> RotationPlanner.plan(
            RandomInstances.golfers(2, 50_001, 2, false).build()), ProblemCode.ROTATION_TOO_MANY_PARTICIPANTS,
            "rotation request: 100002 participants is more than the planner's maximum of 100000",
            "rotatieaanvraag: 100002 deelnemers is meer dan het maximum van 100000"),
        refusal("more seats than the time limit allows", () -> RotationPlanner.plan(
            RandomInstances.golfers(100, 1_000, 11, false).timeLimit(Duration.ofMillis(1)).build()),
            ProblemCode.ROTATION_TOO_MANY_SEATS, "rotation request: 100000 participants in 11 rounds are 1100000 seats,"
            + " more than the 1001000 a time limit of 1 ms allows; give a time limit of at least 100 ms, or fewer"
            + " participants or rounds", "rotatieaanvraag: 100000 deelnemers in 11 rondes zijn 1100000 plaatsen, meer"
            + " dan de 1001000 die een tijdslimiet van 1 ms toelaat; geef een tijdslimiet van minstens 100 ms, of"
            + " minder deelnemers of rondes"),
        refusal("a repair after the last round", () -> RotationPlanner.repair(small,
            RepairRequest.builder().fromRound(4).addLeaving("p1").build()), ProblemCode.REPAIR_FROM_ROUND,
            "repair request: fromRound 4 lies after the last round 3",
            "herstelaanvraag: de eerste herstelde ronde 4 ligt na de laatste ronde 3"),
        refusal("a leaver who is not in the plan", () -> RotationPlanner.repair(small,
            RepairRequest.builder().fromRound(2).addLeaving("nobody").build()), ProblemCode.REPAIR_LEAVING_UNKNOWN,
            "repair request: leaving names 'nobody', who is not in the plan",
            "herstelaanvraag: de vertrekkers noemen 'nobody', maar die staat niet in het plan"),
        refusal("a newcomer who is in the plan", () -> RotationPlanner.repair(small,
            RepairRequest.builder().fromRound(2).addArriving(Participant.builder().id("p1").build()).build()),
            ProblemCode.REPAIR_ARRIVING_KNOWN, "repair request: arriving participant p1 is already in the plan",
            "herstelaanvraag: nieuwkomer p1 staat al in het plan"),
        refusal("no request", () -> RotationPlanner.plan(null), ProblemCode.NULL_VALUE, "request must not be null",
            "de rotatieaanvraag mag niet leeg (null) zijn"),
        refusal("no request for the bounds", () -> RotationPlanner.bounds(null), ProblemCode.NULL_VALUE,
            "request must not be null", "de rotatieaanvraag mag niet leeg (null) zijn"),
        refusal("no plan to repair", () -> RotationPlanner.repair(null, RepairRequest.builder().fromRound(1)
            .build()), ProblemCode.NULL_VALUE, "plan must not be null", "het rotatieplan mag niet leeg (null) zijn"),
        refusal("no change", () -> RotationPlanner.repair(small, null), ProblemCode.NULL_VALUE,
            "change must not be null", "de herstelaanvraag mag niet leeg (null) zijn"),
        refusal("no plan to check", () -> RotationPlanner.checkProblems(null), ProblemCode.NULL_VALUE,
            "plan must not be null", "het rotatieplan mag niet leeg (null) zijn"));
  }

  private static Arguments refusal(String name, ThrowingCallable call, ProblemCode code, String english,
      String dutch) {
    return Arguments.of(name, call, code, english, dutch);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusal_hasACode_keepsItsEnglish_andReadsInDutchWithoutEnglishWords(String name, ThrowingCallable call,
      ProblemCode code, String english, String dutch) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, call);

    assertThat(e).as(name).isNotNull();
    assertThat(e.details()).extracting(ProblemMessage::code).containsExactly(code);
    assertThat(e.getMessage()).isEqualTo(english);
    String nl = e.details().get(0).message(Locale.forLanguageTag("nl"));
    assertThat(nl).isEqualTo(dutch);
    assertThat(englishWords(nl)).as(nl).isEmpty();
  }

  /** Returns the words of the list that a Dutch text holds. */
  static List<String> englishWords(String text) {
    return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")).filter(ENGLISH::contains).toList();
  }
}
