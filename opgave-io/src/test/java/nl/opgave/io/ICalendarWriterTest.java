package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.LongStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import nl.opgave.model.community.Calendar;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Event;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ICalendarWriterTest {
  private static final Instant STAMP = Instant.parse("2025-03-01T08:00:00Z");
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private static net.fortuna.ical4j.model.Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static String value(Component component, String property) {
    return component.getProperty(property).map(Property::getValue).orElseThrow();
  }

  @Test
  void seedCalendar_isReadByIcal4jWithEveryRequiredProperty() throws Exception {
    Calendar calendar = Opgavebeweging.calendar();
    String ics = ICalendarWriter.standard().write(calendar, STAMP);

    net.fortuna.ical4j.model.Calendar parsed = parse(ics);

    assertThat(parsed.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
    assertThat(parsed.getProperty(Property.PRODID).map(Property::getValue)).contains("-//opgave//opgave-io//NL");
    assertThat(parsed.getProperty(Property.METHOD).map(Property::getValue)).contains("PUBLISH");
    List<VEvent> events = parsed.getComponents(Component.VEVENT);
    assertThat(events).hasSize(calendar.events().size());
    for (int i = 0; i < events.size(); i++) {
      VEvent parsedEvent = events.get(i);
      Event event = calendar.events().get(i);
      assertThat(value(parsedEvent, Property.UID)).isEqualTo(event.id() + "@opgave");
      assertThat(value(parsedEvent, Property.DTSTAMP)).isEqualTo("20250301T080000Z");
      assertThat(value(parsedEvent, Property.SUMMARY)).isEqualTo(event.title());
      assertThat(value(parsedEvent, Property.LOCATION)).isEqualTo(event.location());
      assertThat(time(parsedEvent, Property.DTSTART)).isEqualTo(event.start().toInstant());
    }
    assertThat(value(events.get(2), Property.DESCRIPTION)).startsWith("Opgavebeweging 3\n10:00 Welkom bij de"
        + " Opgavebeweging\n10:10 Check-in").contains("10:25 Opgavegericht organiseren bij Provincie Zuid-Holland"
        + " (Jos van der Ploeg)");
  }

  /**
   * The VTIMEZONE's two observances (as ical4j reads them) describe exactly java.time's transitions of
   * Europe/Amsterdam from 1997 to 2045: the last Sunday of March and of October at 01:00 UTC.
   */
  @Test
  void vtimezone_describesJavaTimesTransitions() throws Exception {
    net.fortuna.ical4j.model.Calendar parsed = parse(ICalendarWriter.standard().write(Opgavebeweging.calendar(),
        STAMP));
    VTimeZone vtimezone = parsed.getComponent(Component.VTIMEZONE).map(c -> (VTimeZone) c).orElseThrow();
    assertThat(value(vtimezone, Property.TZID)).isEqualTo("Europe/Amsterdam");
    List<String> observances = new java.util.ArrayList<>();
    for (Component observance : vtimezone.getObservances()) {
      observances.add(observance.getName() + " " + value(observance, Property.TZOFFSETFROM) + ">"
          + value(observance, Property.TZOFFSETTO) + " " + value(observance, Property.DTSTART) + " "
          + value(observance, Property.RRULE));
    }
    assertThat(observances).containsExactlyInAnyOrder(
        "DAYLIGHT +0100>+0200 19970330T020000 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "STANDARD +0200>+0100 19961027T030000 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");

    java.time.zone.ZoneRules rules = AMSTERDAM.getRules();
    Instant at = Instant.parse("1997-01-01T00:00:00Z");
    for (int year = 1997; year <= 2045; year++) {
      for (int month : new int[] {3, 10}) {
        java.time.zone.ZoneOffsetTransition transition = rules.nextTransition(at);
        LocalDate lastSunday = LocalDate.of(year, month, 1).with(java.time.temporal.TemporalAdjusters.lastInMonth(
            java.time.DayOfWeek.SUNDAY));
        LocalTime local = month == 3 ? LocalTime.of(2, 0) : LocalTime.of(3, 0);
        assertThat(transition.getDateTimeBefore()).isEqualTo(lastSunday.atTime(local));
        assertThat(transition.getOffsetAfter().getTotalSeconds()).isEqualTo(month == 3 ? 7200 : 3600);
        at = transition.getInstant();
      }
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedCalendars_areWellFormedAndReadBack(long seed) throws Exception {
    Community community = CommunityGenerator.community(seed, 300);
    String ics = ICalendarWriter.standard().write(community.calendar(), STAMP);

    assertThat(ics).endsWith("\r\n").doesNotContain("\r\n\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    List<VEvent> events = parse(ics).getComponents(Component.VEVENT);
    assertThat(events).hasSize(community.calendar().events().size());
    for (int i = 0; i < events.size(); i++) {
      Event event = community.calendar().events().get(i);
      assertThat(value(events.get(i), Property.SUMMARY)).isEqualTo(event.title());
      assertThat(value(events.get(i), Property.LOCATION)).isEqualTo(event.location());
      assertThat(time(events.get(i), Property.DTSTART)).isEqualTo(event.start().toInstant());
      assertThat(time(events.get(i), Property.DTEND)).isEqualTo(event.end().toInstant());
    }
  }

  @Test
  void foldedLines_neverSplitAUtf8Sequence() {
    StringBuilder out = new StringBuilder();
    String summary = "SUMMARY:" + "é🌱ĳ€".repeat(40);

    ICalendarWriter.line(out, summary);

    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    int start = 0;
    for (int i = 0; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        assertThat(i - start).isLessThanOrEqualTo(75);
        assertThat(new String(bytes, start, i - start, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8))
            .isEqualTo(java.util.Arrays.copyOfRange(bytes, start, i));
        start = i + 2;
      }
    }
    assertThat(out.toString().replace("\r\n ", "")).isEqualTo(summary + "\r\n");
  }

  @Test
  void text_isEscaped() {
    assertThat(ICalendarWriter.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
  }

  @Test
  void timesInTheAutumnOverlap_areWrittenInUtcSoClientsCannotMisreadThem() throws Exception {
    ZonedDateTime second = ZonedDateTime.of(LocalDate.of(2025, 10, 26), LocalTime.of(2, 30), AMSTERDAM)
        .withLaterOffsetAtOverlap();
    Event event = Event.builder().id("nacht").series("S").number(1).title("Nacht").start(second)
        .end(second.plusMinutes(20)).location("Zwolle").build();

    String ics = ICalendarWriter.standard().write(Calendar.builder().addEvents(event).build(), STAMP);

    assertThat(ics).contains("DTSTART:20251026T013000Z\r\n");
    assertThat(time(parse(ics).<VEvent>getComponent(Component.VEVENT).orElseThrow(), Property.DTSTART))
        .isEqualTo(second.toInstant());
  }

  @Test
  void output_isTheSameForTheSameInput() {
    assertThat(ICalendarWriter.standard().write(Opgavebeweging.calendar(), STAMP))
        .isEqualTo(ICalendarWriter.standard().write(Opgavebeweging.calendar(), STAMP));
  }

  private static Instant time(Component component, String property) {
    DateProperty<?> date = (DateProperty<?>) component.getProperty(property).orElseThrow();
    return Instant.from(date.getDate());
  }
}
