package nl.opgave.model.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;

class CommunityTest {
  private static final Instant AFTER_MEETING =
      ZonedDateTime.of(2025, 3, 4, 14, 0, 0, 0, Event.AMSTERDAM).toInstant();

  @Test
  void begrippenlijst_groupsUnderTheLettersOfTheSeedsPortal() {
    Begrippenlijst list = Opgavebeweging.begrippenlijst();
    assertThat(list.index().keySet()).containsExactly('B', 'C', 'L', 'O', 'P', 'T', 'W');
    assertThat(list.index().get('L').stream().map(GlossaryEntry::label).collect(Collectors.toList()))
        .containsExactly(
            "Lezen | De Caluwé en Kaats - Samenwerken werken aan maatschappelijke opgaven",
            "Lezen | Houtkamp, Ruijters en De Vries - Opgavegericht teamleren",
            "Lezen | IenW - Opgavegericht werken aan transities",
            "Lezen | IFV Rapport Als één overheid slagvaardig de toekomst tegemoet",
            "Lezen | Kramer - Tricky Tijden",
            "Lezen | Loyale Tegenspraak [NOG AANPASSEN]",
            "Lezen | NSOB - Grenzeloos Samenwerken: Van A naar B, via B",
            "Lezen | Platform Sociaal Domein - Patronen zomerdialogen");
    assertThat(list.entries()).hasSize(35);
    assertThat(list.filter(GlossaryCategory.WERKVORM)).hasSize(14);
    assertThat(list.search("caluwe")).extracting(GlossaryEntry::source).containsExactly(
        Optional.of("De Caluwé en Kaats"));
  }

  @Test
  void calendar_readsRelativeToTheInstantPassedIn() {
    Calendar calendar = Opgavebeweging.calendar();
    assertThat(calendar.next(AFTER_MEETING)).map(Event::location).contains("Gemeente Zwolle");
    assertThat(calendar.upcoming(AFTER_MEETING)).extracting(Event::number).containsExactly(4, 5);
    assertThat(calendar.past(AFTER_MEETING)).extracting(Event::number).containsExactly(3, 2, 1);
    assertThat(calendar.next(Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
  }

  @Test
  void calendar_putsAMeetingInProgressInProgressAndNextIsTheFirstUpcoming() {
    Calendar calendar = Opgavebeweging.calendar();
    Instant during = java.time.ZonedDateTime.parse("2025-06-03T11:00+02:00[Europe/Amsterdam]").toInstant();
    assertThat(calendar.inProgress(during)).extracting(Event::number).containsExactly(4);
    assertThat(calendar.upcoming(during)).extracting(Event::number).containsExactly(5);
    assertThat(calendar.next(during)).isEqualTo(calendar.upcoming(during).stream().findFirst());
    assertThat(calendar.past(during)).extracting(Event::number).containsExactly(3, 2, 1);
    Instant atStart = calendar.event("opgavebeweging-4").orElseThrow().start().toInstant();
    assertThat(calendar.inProgress(atStart)).extracting(Event::number).containsExactly(4);
    Instant atEnd = calendar.event("opgavebeweging-4").orElseThrow().end().toInstant();
    assertThat(calendar.inProgress(atEnd)).isEmpty();
    assertThat(calendar.past(atEnd)).extracting(Event::number).startsWith(4);
  }

  @Test
  void meetingProgramme_fitsTheMorningAndEndsWithLunch() {
    Event meeting = Opgavebeweging.calendar().event(Opgavebeweging.MEETING_ID).orElseThrow();
    Timetable timetable = meeting.timetable();
    assertThat(timetable.overrun()).isEqualTo(Duration.ZERO);
    assertThat(timetable.slots().get(timetable.slots().size() - 1).item().kind())
        .isEqualTo(ProgrammeItemKind.LUNCH);
    assertThat(timetable.end()).isEqualTo(LocalTime.of(13, 30));
  }

  @Test
  void timetable_reportsOverrunAgainstThePlannedEnd() {
    Programme programme = Programme.of(List.of(
        ProgrammeItem.of("Check-in", ProgrammeItemKind.CHECK_IN, Duration.ofMinutes(30)),
        ProgrammeItem.of("World Café", ProgrammeItemKind.GROEPSWERK, Duration.ofMinutes(50))));
    Timetable timetable = programme.timetable(LocalTime.of(9, 0), Optional.of(LocalTime.of(10, 0)));
    assertThat(timetable.overrun()).isEqualTo(Duration.ofMinutes(20));
    assertThat(timetable.slots()).extracting(TimetableSlot::overruns).containsExactly(false, true);
  }

  @Test
  void poll_startsWithZeroVotesAndReplacesARepeatedVote() {
    Poll poll = Opgavebeweging.rolePoll();
    assertThat(poll.tally().summary()).isEqualTo("0 stemmen");
    Poll voted = poll.vote("jos-van-der-ploeg", "opgavetrekker").vote("jos-van-der-ploeg", "opgavecoach");
    assertThat(voted.tally().voters()).isEqualTo(1);
    assertThat(voted.tally().summary()).isEqualTo("1 stem");
    assertThat(voted.votes()).containsEntry("jos-van-der-ploeg", "opgavecoach");
    assertThat(poll.votes()).isEmpty();
  }

  @Test
  void poll_rejectsVoteForUnknownOptionNamingMemberAndOption() {
    assertThatThrownBy(() -> Opgavebeweging.rolePoll().vote("jos", "burgemeester"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'jos'")
        .hasMessageContaining("'burgemeester'");
  }

  @Test
  void event_rejectsEndBeforeStart() {
    ZonedDateTime start = ZonedDateTime.of(2025, 6, 3, 10, 0, 0, 0, Event.AMSTERDAM);
    assertThatThrownBy(() -> Event.builder().id("e1").series("Opgavebeweging").number(4).title("Zwolle")
        .location("Zwolle").start(start).end(start.minusHours(1)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("event 'e1'")
        .hasMessageContaining("end 2025-06-03T09:00");
  }

  @Test
  void event_reportsEveryBrokenRuleOfItsOwnAtOnce() {
    ZonedDateTime start = ZonedDateTime.of(2025, 6, 3, 10, 0, 0, 0, Event.AMSTERDAM);
    assertThatThrownBy(() -> Event.builder().id("e 1").series(" ").number(0).title("Zwolle").location("Zwolle")
        .start(start).end(start.minusHours(1)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.problems()).containsExactly(
            "event.id must be 1-100 letters, digits, '.', '_', ':' or '-' starting with a letter or digit, but was"
                + " 'e 1'",
            "event 'e 1': series must not be blank, but was ' '",
            "event 'e 1': number must be positive, but was 0",
            "event 'e 1': end 2025-06-03T09:00+02:00[Europe/Amsterdam] must lie after start"
                + " 2025-06-03T10:00+02:00[Europe/Amsterdam]"));
  }

  @Test
  void personName_reportsEveryBrokenRuleOfItsOwnAtOnce() {
    assertThatThrownBy(() -> PersonName.builder().voornaam("Jos ").tussenvoegsel("Van").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.problems()).containsExactly(
            "voornaam must not start or end with white space, but was 'Jos '",
            "tussenvoegsel must be stored in lower case, but was 'Van'",
            "tussenvoegsel 'Van' needs an achternaam"));
  }

  @Test
  void directory_rejectsDuplicateMemberId() {
    Member jos = Member.builder().id("jos").name(PersonName.of("Jos", "van der", "Ploeg")).build();
    assertThatThrownBy(() -> MemberDirectory.builder().addMembers(jos, jos).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'jos' twice");
  }

  @Test
  void community_reportsEveryDanglingReferenceAtOnce() {
    Community seed = Opgavebeweging.community();
    Poll poll = seed.poll().orElseThrow().vote("onbekend-1", "opgavecoach");
    Chat chat = seed.chat().post(ChatMessage.builder().id("m2").authorId("onbekend-2")
        .sentAt(AFTER_MEETING).text("Hallo").build());
    assertThatThrownBy(() -> Community.builder().from(seed).poll(poll).chat(chat).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.problems()).hasSize(2))
        .hasMessageContaining("'onbekend-1'")
        .hasMessageContaining("'onbekend-2'");
  }

  @Test
  void directory_searchesByOrganisationAndRole() {
    MemberDirectory directory = Opgavebeweging.directory();
    assertThat(directory.search("ijssel")).extracting(Member::displayName)
        .containsExactly("Marianne Witlox-van den IJssel");
    assertThat(directory.search("zuid holland")).extracting(Member::id).contains("jos-van-der-ploeg");
    assertThat(directory.search("zuid-holland")).extracting(Member::id).contains("jos-van-der-ploeg");
    assertThat(directory.search("p-manager")).extracting(Member::id).containsExactly("karin");
    assertThat(directory.index().get('P')).extracting(Member::displayName).containsExactly("Jos van der Ploeg");
  }

  @Test
  void chatMessage_rejectsTextOverTheLimit() {
    assertThatThrownBy(() -> ChatMessage.builder().id("m").authorId("a").sentAt(AFTER_MEETING)
        .text("x".repeat(ChatMessage.MAX_LENGTH + 1)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 4000");
  }
}
