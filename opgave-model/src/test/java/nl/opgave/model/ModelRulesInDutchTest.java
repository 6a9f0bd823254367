package nl.opgave.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.PinnedSeat;
import nl.opgave.model.cafe.RepairRequest;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Round;
import nl.opgave.model.cafe.Seating;
import nl.opgave.model.cafe.SessionPlan;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.community.Event;
import nl.opgave.model.community.ProgrammeItem;
import nl.opgave.model.community.ProgrammeItemKind;
import nl.opgave.model.doelenboom.Horizon;
import nl.opgave.model.doelenboom.LadderingChain;
import nl.opgave.model.doelenboom.Project;
import nl.opgave.model.doelenboom.Target;
import nl.opgave.model.seed.WorldCafe4Maart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The model's rules render in Dutch from the one table, with no English word, and keep their English text. */
class ModelRulesInDutchTest {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static InvalidValueException broken(Executable build) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, build::execute);
    assertThat(e).as("the value must be refused").isNotNull();
    return e;
  }

  private static void assertDutchWithoutEnglish(InvalidValueException e, ProblemCode... codes) {
    assertThat(e.details()).extracting(ProblemMessage::code).containsExactly(codes);
    for (ProblemMessage detail : e.details()) {
      String dutch = detail.message(DUTCH);
      assertThat(EnglishWords.in(dutch)).as(dutch).isEmpty();
      assertThat(dutch).isNotEqualTo(detail.message());
    }
  }

  @Test
  void event_rulesRenderInDutch() {
    ZonedDateTime start = ZonedDateTime.of(2025, 6, 3, 10, 0, 0, 0, ZoneOffset.ofHours(2));
    InvalidValueException e = broken(() -> Event.builder().id("e1").series("Opgavebeweging").number(4)
        .title("Zwolle").location("Zwolle").start(start).end(start.minusDays(1)).build());

    assertDutchWithoutEnglish(e, ProblemCode.EVENT_ZONE, ProblemCode.EVENT_ZONE, ProblemCode.EVENT_END_BEFORE_START,
        ProblemCode.EVENT_OTHER_DAY);
    assertThat(e.details().get(0).message(DUTCH))
        .isEqualTo("bijeenkomst 'e1': het begin moet in tijdzone Europe/Amsterdam liggen, maar was "
            + "2025-06-03T10:00+02:00");
    assertThat(e.problems().get(2)).isEqualTo("event 'e1': end 2025-06-02T10:00+02:00 must lie after start "
        + "2025-06-03T10:00+02:00");
  }

  @Test
  void fieldLabels_renderInDutch() {
    ZonedDateTime start = ZonedDateTime.of(2025, 6, 3, 10, 0, 0, 0, Event.AMSTERDAM);
    InvalidValueException event = broken(() -> Event.builder().id("e 1").series(" ").number(0).title(" ")
        .location(" ").hostOrganisationId("a b").start(start).end(start.plusHours(1)).build());
    InvalidValueException project = broken(() -> Project.builder().id("p 1").name(" ").cost(1).feasibility(50)
        .expectedYield(1).addServedNodeIds("x y").build());
    InvalidValueException others = broken(() -> ProgrammeItem.of(" ", ProgrammeItemKind.OVERIG, Duration.ofHours(1)));

    InvalidValueException participant = broken(() -> Participant.builder().id("p 1").name(" ").organisation(" ")
        .side(0).firstRound(0).build());
    InvalidValueException round = broken(() -> Round.builder().number(0).duration(Duration.ofMinutes(20))
        .purpose(" ").question(" ").build());
    for (InvalidValueException e : List.of(event, project, others, broken(() -> Target.of(1, " ")),
        broken(() -> Horizon.of(" ", 50, 1)), participant, round, broken(() -> Pair.of("a b", "c d")),
        broken(() -> Seating.of(0, List.of(1))))) {
      for (ProblemMessage detail : e.details()) {
        String dutch = detail.message(DUTCH);
        assertThat(EnglishWords.in(dutch)).as(dutch).isEmpty();
        assertThat(dutch).doesNotContain("#").doesNotContain("\u001F");
        assertThat(detail.message()).doesNotContain("#").doesNotContain("\u001F");
      }
    }
    assertThat(event.problems()).startsWith(
        "event.id must be 1-100 letters, digits, '.', '_', ':' or '-' starting with a letter or digit, but was 'e 1'",
        "event 'e 1': series must not be blank, but was ' '",
        "event 'e 1': number must be positive, but was 0");
    assertThat(event.details().get(1).message(DUTCH))
        .isEqualTo("bijeenkomst 'e 1': de reeks mag niet leeg zijn, maar was ' '");
    assertThat(project.problems()).contains("project 'p 1': name must not be blank, but was ' '");
    assertThat(participant.problems()).contains("participant p 1: name must not be blank, but was ' '",
        "participant p 1: firstRound must be positive, but was 0");
    assertThat(participant.details().get(1).message(DUTCH))
        .isEqualTo("deelnemer p 1: de naam mag niet leeg zijn, maar was ' '");
    assertThat(round.problems()).contains("round 0: purpose must not be blank, but was ' '");
  }

  @Test
  void programmeItem_durationRuleRendersInDutch() {
    InvalidValueException e = broken(() -> ProgrammeItem.of("Pauze", ProgrammeItemKind.OVERIG, Duration.ZERO));

    assertDutchWithoutEnglish(e, ProblemCode.PROGRAMME_ITEM_DURATION);
    assertThat(e.problems()).containsExactly(
        "programme item 'Pauze': duration must be positive and at most 24 hours, but was PT0S");
  }

  @Test
  void sessionPlan_rulesRenderInDutch() {
    SessionPlan seed = WorldCafe4Maart.sessionPlan();
    InvalidValueException e = broken(() -> SessionPlan.builder().from(seed).changeover(Duration.ofHours(2))
        .plannedEnd(seed.start().minusMinutes(1))
        .tables(List.of(Table.builder().number(1).side(99).vraagstuk(99).host("h").build(),
            Table.builder().number(1).host("h").build())).build());

    assertDutchWithoutEnglish(e, ProblemCode.SESSION_CHANGEOVER, ProblemCode.SESSION_END_BEFORE_START,
        ProblemCode.SESSION_NUMBER_TWICE, ProblemCode.SESSION_TABLE_SIDE, ProblemCode.SESSION_TABLE_VRAAGSTUK,
        ProblemCode.SESSION_HOST_TWICE);
    assertThat(e.details().get(2).message(DUTCH)).endsWith(": tafel met nummer 1 komt twee keer voor");
    assertThat(e.problems().get(2)).endsWith(": table number 1 occurs twice");
  }

  @Test
  void rotationRequest_rulesRenderInDutch() {
    InvalidValueException e = broken(() -> RotationRequest.builder()
        .participants(List.of(Participant.of("a", "x"), Participant.of("a", "x"), Participant.of("b", "y")))
        .tables(List.of(Table.builder().number(1).host("z").build(), Table.of(1)))
        .rounds(2).timeLimit(Duration.ZERO)
        .addPins(PinnedSeat.of("q", 1, 1), PinnedSeat.of("b", 3, 9))
        .addKeepApart(Pair.of("a", "b")).addKeepTogether(Pair.of("b", "a"), Pair.of("b", "nobody")).build());

    assertDutchWithoutEnglish(e, ProblemCode.REQUEST_NOT_POSITIVE, ProblemCode.REQUEST_PARTICIPANT_TWICE,
        ProblemCode.REQUEST_HOST_UNKNOWN, ProblemCode.REQUEST_NUMBER_TWICE, ProblemCode.REQUEST_PIN_UNKNOWN,
        ProblemCode.REQUEST_PIN_ROUND, ProblemCode.REQUEST_PIN_TABLE, ProblemCode.REQUEST_PAIR_UNKNOWN,
        ProblemCode.REQUEST_PAIR_BOTH);
    assertThat(e.problems()).contains("rotation request: the pair a and b is to be kept both apart and together",
        "rotation request: keepTogether names 'nobody', who is not a participant");
  }

  @Test
  void cafeParts_rulesRenderInDutch() {
    assertDutchWithoutEnglish(broken(() -> Pair.of("a", "a")), ProblemCode.PAIR_SAME);
    assertDutchWithoutEnglish(broken(() -> Seating.of(1, List.of(1, -1))), ProblemCode.SEATING_NEGATIVE);
    assertDutchWithoutEnglish(broken(() -> Participant.builder().id("a").firstRound(3).lastRound(2).build()),
        ProblemCode.PARTICIPANT_LEAVES_EARLY);
    InvalidValueException round = broken(() -> Round.builder().number(1).duration(Duration.ZERO).purpose("delen")
        .build());
    assertDutchWithoutEnglish(round, ProblemCode.ROUND_DURATION);
    assertDutchWithoutEnglish(broken(() -> RepairRequest.builder().fromRound(2).addLeaving("a", "a")
        .addArriving(Participant.of("a", "x")).addPins(PinnedSeat.of("b", 1, 1)).build()),
        ProblemCode.REPAIR_LEAVING_TWICE, ProblemCode.REPAIR_NAMED_TWICE, ProblemCode.REPAIR_PIN_EARLY);
    assertThat(round.problems()).containsExactly("round 1: duration must be positive and at most 8 hours, but was PT0S");
  }

  @Test
  void doelenboomValues_rulesRenderInDutch() {
    InvalidValueException chain = broken(() -> LadderingChain.builder().participant("Jos").build());
    assertDutchWithoutEnglish(chain, ProblemCode.LADDERING_EMPTY);
    assertThat(chain.problems()).containsExactly(
        "laddering chain of 'Jos': steps must hold at least the statement, but was empty");
    assertDutchWithoutEnglish(broken(() -> Horizon.of("T0", 101, -1)), ProblemCode.HORIZON_THRESHOLD,
        ProblemCode.HORIZON_BUDGET);
    assertDutchWithoutEnglish(broken(() -> Project.builder().id("a").name("A").cost(-1).feasibility(101)
        .expectedYield(-1).build()), ProblemCode.PROJECT_COST, ProblemCode.PROJECT_FEASIBILITY,
        ProblemCode.PROJECT_YIELD);
    InvalidValueException target = broken(() -> Target.of(0, "speelbossen"));
    assertDutchWithoutEnglish(target, ProblemCode.TARGET_QUANTITY);
    assertThat(target.problems()).containsExactly("target.quantity must be greater than zero, but was 0");
  }
}
