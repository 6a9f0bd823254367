package nl.opgave.model.cafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.seed.WorldCafe4Maart;
import org.junit.jupiter.api.Test;

class RotationRequestTest {
  private static RotationRequest.Builder small() {
    return RotationRequest.builder()
        .participants(List.of(Participant.of("a", "x"), Participant.of("b", "x"), Participant.of("c", "y")))
        .tables(List.of(Table.builder().number(1).host("a").build(), Table.of(2)))
        .rounds(2);
  }

  @Test
  void seedRequest_has36ParticipantsAndSixHosts() {
    RotationRequest request = WorldCafe4Maart.rotationRequest(7);
    assertThat(request.participants()).hasSize(36);
    assertThat(request.tables()).allSatisfy(t -> assertThat(request.participant(t.host().get())).isPresent());
    assertThat(request.seed()).isEqualTo(7);
    assertThat(request.rounds()).isEqualTo(3);
  }

  @Test
  void builder_rejectsHostWhoIsNotAParticipant() {
    assertThatThrownBy(() -> small().tables(List.of(Table.builder().number(1).host("z").build())).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("host 'z' of table 1 is not a participant");
  }

  @Test
  void builder_rejectsHostPinnedToAnotherTable() {
    assertThatThrownBy(() -> small().addPins(PinnedSeat.of("a", 1, 2)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("host a of table 1 is pinned to table 2 in round 1; hosts never move");
  }

  @Test
  void builder_rejectsPairKeptBothApartAndTogether() {
    assertThatThrownBy(() -> small().addKeepApart(Pair.of("b", "c")).addKeepTogether(Pair.of("c", "b")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("kept both apart and together");
  }

  @Test
  void builder_collectsEveryProblemWithItsValue() {
    assertThatThrownBy(() -> small().addPins(PinnedSeat.of("q", 1, 1), PinnedSeat.of("b", 3, 9))
        .addKeepApart(Pair.of("b", "nobody")).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).problems()).hasSize(4))
        .hasMessageContaining("'q', who is not a participant")
        .hasMessageContaining("round 3, but there are only 2 rounds")
        .hasMessageContaining("table 9, which does not exist")
        .hasMessageContaining("'nobody', who is not a participant");
  }

  @Test
  void builder_rejectsMixOfTablesWithAndWithoutSide() {
    assertThatThrownBy(() -> small().tables(List.of(Table.builder().number(1).side(1).build(), Table.of(2))).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("either every table stands on a side or none does");
  }

  @Test
  void participant_attendsOnlyItsRounds() {
    Participant late = Participant.builder().id("late").firstRound(2).lastRound(3).build();
    assertThat(late.attends(1)).isFalse();
    assertThat(late.attends(2)).isTrue();
    assertThat(late.attends(4)).isFalse();
    assertThatThrownBy(() -> Participant.builder().id("x").firstRound(3).lastRound(2).build())
        .hasMessageContaining("lastRound 2 must not lie before firstRound 3");
  }

  @Test
  void builder_rejectsEveryRepeatedIdAmong100000() {
    List<Participant> people = new ArrayList<>();
    for (int i = 1; i <= 100_000; i++) {
      people.add(Participant.of("p" + i));
    }
    people.add(Participant.of("p77777"));
    people.add(Participant.of("p1"));
    assertThatThrownBy(() -> RotationRequest.builder().participants(people).addTables(Table.of(1)).rounds(1).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).problems()).hasSize(2))
        .hasMessageContaining("participant id 'p77777' occurs twice")
        .hasMessageContaining("participant id 'p1' occurs twice");
  }

  @Test
  void builder_judgesPinsByTheLastParticipantOfARepeatedId() {
    assertThatThrownBy(() -> RotationRequest.builder()
        .participants(List.of(Participant.of("a"), Participant.builder().id("a").firstRound(2).build()))
        .addTables(Table.of(1)).rounds(2).addPins(PinnedSeat.of("a", 1, 1)).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).problems()).hasSize(2))
        .hasMessageContaining("participant id 'a' occurs twice")
        .hasMessageContaining("pinned seat of a is in round 1, which they do not attend");
  }

  @Test
  void builder_rejectsTheLastOfManyParticipantsOnASideWithoutTable() {
    List<Participant> people = new ArrayList<>();
    for (int i = 1; i <= 10_000; i++) {
      people.add(Participant.of("p" + i));
    }
    people.add(Participant.builder().id("late").side(3).build());
    assertThatThrownBy(() -> RotationRequest.builder().participants(people)
        .tables(List.of(Table.builder().number(1).side(1).build(), Table.builder().number(2).side(2).build()))
        .rounds(1).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).problems()).hasSize(1))
        .hasMessageContaining("participant late is on side 3, but no table stands on that side");
  }
}
