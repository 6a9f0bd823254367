package nl.opgave.model.cafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.community.ProgrammeItemKind;
import nl.opgave.model.community.Timetable;
import nl.opgave.model.community.TimetableSlot;
import nl.opgave.model.seed.Opgavebeweging;
import nl.opgave.model.seed.WorldCafe4Maart;
import org.junit.jupiter.api.Test;

class SessionPlanTest {
  @Test
  void seedCafe_hasTheSlidesStructure() {
    SessionPlan plan = WorldCafe4Maart.sessionPlan();
    assertThat(plan.vraagstukken()).extracting(Vraagstuk::title).containsExactly(
        "Kloof tussen topmanagement en werkvloer", "Gedrag van medewerkers", "Inrichting van bedrijfsvoering");
    assertThat(plan.vraagstukken()).allSatisfy(v -> assertThat(v.description()).isPresent());
    assertThat(plan.tables()).hasSize(6).allSatisfy(t -> assertThat(t.host()).isPresent());
    assertThat(plan.tables()).extracting(t -> t.side().getAsInt()).containsExactly(1, 1, 1, 2, 2, 2);
    assertThat(plan.tables()).extracting(t -> t.vraagstuk().getAsInt()).containsExactly(1, 2, 3, 1, 2, 3);
    assertThat(plan.rounds()).extracting(Round::purpose)
        .containsExactly("verhelderen", "oplossingsrichtingen", "concretiseren");
    assertThat(plan.rounds()).allSatisfy(r -> assertThat(r.duration()).isEqualTo(Duration.ofMinutes(15)));
    assertThat(plan.spelregels()).hasSize(7).contains("Luister om elkaar te begrijpen.");
    assertThat(plan.harvests()).extracting(Harvest::side).containsExactly(1, 2);
    assertThat(plan.side(2).orElseThrow().name(Locale.ENGLISH)).isEqualTo("blue");
  }

  @Test
  void timetable_laysRoundsOutWithChangeoversAndFitsThePlannedEnd() {
    Timetable timetable = WorldCafe4Maart.sessionPlan().timetable();
    assertThat(timetable.slots()).hasSize(7);
    assertThat(timetable.slots().get(1).item().title()).isEqualTo("Ronde 1: verhelderen");
    assertThat(timetable.slots().get(1).start()).isEqualTo(LocalTime.of(11, 41));
    assertThat(timetable.slots().get(2).item().title()).isEqualTo("Wisselen van tafel");
    assertThat(timetable.slots().get(6).item().kind()).isEqualTo(ProgrammeItemKind.DELEN_VAN_INZICHTEN);
    assertThat(timetable.end()).isEqualTo(LocalTime.of(12, 50));
    assertThat(timetable.overrun()).isZero();
  }

  @Test
  void seedCafe_fillsTheMeetingsGroupWorkAndHarvestsInItsSharingOfInsights() {
    Timetable meeting = Opgavebeweging.calendar().event(Opgavebeweging.MEETING_ID).orElseThrow().timetable();
    TimetableSlot groupWork = meeting.slots().stream()
        .filter(s -> s.item().kind() == ProgrammeItemKind.GROEPSWERK).findFirst().orElseThrow();
    TimetableSlot sharing = meeting.slots().stream()
        .filter(s -> s.item().kind() == ProgrammeItemKind.DELEN_VAN_INZICHTEN).findFirst().orElseThrow();
    List<TimetableSlot> cafe = WorldCafe4Maart.sessionPlan().timetable().slots();
    TimetableSlot harvest = cafe.get(cafe.size() - 1);
    assertThat(cafe.get(0).start()).isEqualTo(groupWork.start());
    assertThat(cafe.get(cafe.size() - 2).end()).isEqualTo(groupWork.end()).isEqualTo(LocalTime.of(12, 30));
    assertThat(List.of(harvest.start(), harvest.end())).containsExactly(sharing.start(), sharing.end());
  }

  @Test
  void timetable_inEnglishTranslatesTheTitlesItMakesAndKeepsTheTimes() {
    SessionPlan plan = WorldCafe4Maart.sessionPlan();
    Timetable english = plan.timetable(Locale.ENGLISH);
    assertThat(english.slots()).extracting(s -> s.item().title()).containsExactly(
        "Welcome, explanation and café etiquette", "Round 1: verhelderen", "Change tables",
        "Round 2: oplossingsrichtingen", "Change tables", "Round 3: concretiseren", "Sharing insights");
    assertThat(english.slots()).extracting(TimetableSlot::start)
        .isEqualTo(plan.timetable().slots().stream().map(TimetableSlot::start).toList());
  }

  @Test
  void timetable_reportsOverrunAgainstPlannedEnd() {
    SessionPlan tight = SessionPlan.copyOf(WorldCafe4Maart.sessionPlan()).withPlannedEnd(LocalTime.of(12, 30));
    assertThat(tight.timetable().overrun()).isEqualTo(Duration.ofMinutes(20));
    assertThat(tight.timetable().slots().get(6).overruns()).isTrue();
  }

  @Test
  void builder_rejectsTablesWithUnknownVraagstukOrSideAndTwoTablesWithOneHost() {
    SessionPlan plan = WorldCafe4Maart.sessionPlan();
    List<Table> tables = List.of(
        Table.builder().number(1).side(3).vraagstuk(9).host("h").build(),
        Table.builder().number(2).side(1).host("h").build());
    assertThatThrownBy(() -> SessionPlan.copyOf(plan).withTables(tables))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("table 1 stands on side 3")
        .hasMessageContaining("table 1 carries vraagstuk 9")
        .hasMessageContaining("host 'h' is host of more than one table");
  }

  @Test
  void builder_rejectsRoundsOutOfOrder() {
    SessionPlan plan = WorldCafe4Maart.sessionPlan();
    assertThatThrownBy(() -> SessionPlan.copyOf(plan).withRounds(List.of(plan.rounds().get(1))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("round at position 1 must have number 1, but has 2");
  }

  @Test
  void stopText_saysRoundTableSideAndVraagstukInDutchOrEnglish() {
    Stop stop = Stop.builder().round(2).table(5).side(2).sideName(WorldCafe4Maart.sides().get(1)).vraagstuk(2)
        .build();
    assertThat(stop.text(Locale.forLanguageTag("nl"))).isEqualTo("ronde 2: tafel 5 (blauw), vraagstuk 2");
    assertThat(stop.text(Locale.ENGLISH)).isEqualTo("round 2: table 5 (blue), question 2");
    assertThat(Stop.builder().round(3).build().text(Locale.forLanguageTag("nl"))).isEqualTo("ronde 3: afwezig");
    assertThat(Stop.builder().round(1).table(4).side(OptionalInt.of(1)).build().text(Locale.ENGLISH))
        .isEqualTo("round 1: table 4 (side 1)");
  }
}
