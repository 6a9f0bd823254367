package nl.opgave.model.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TimetableDstTest {
  private static final ZoneRules RULES = Event.AMSTERDAM.getRules();
  private static final int FIRST_YEAR = 2020;
  private static final int YEARS = 16;

  static LongStream seeds() {
    return LongStream.range(0, 20L * YEARS * 2);
  }

  @Test
  void timetable_ofAnEventAcrossTheAutumnChangeRunsItsElapsedFortyFiveMinutes() {
    ZonedDateTime start = ZonedDateTime.ofStrict(LocalDateTime.of(2025, 10, 26, 2, 30), ZoneOffset.ofHours(2),
        Event.AMSTERDAM);
    ZonedDateTime end = ZonedDateTime.ofStrict(LocalDateTime.of(2025, 10, 26, 2, 15), ZoneOffset.ofHours(1),
        Event.AMSTERDAM);
    Event fits = event(start, end, List.of(30, 15));
    assertThat(fits.length()).isEqualTo(Duration.ofMinutes(45));
    Timetable timetable = fits.timetable();
    assertThat(timetable.overrun()).isZero();
    assertThat(timetable.slots()).extracting(TimetableSlot::start)
        .containsExactly(LocalTime.of(2, 30), LocalTime.of(2, 0));
    assertThat(timetable.end()).isEqualTo(LocalTime.of(2, 15));
    assertThat(event(start, end, List.of(30, 20)).timetable().overrun()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void timetable_ofAnEventAcrossTheSpringChangeCountsTheMissingHourAsNotThere() {
    ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(2025, 3, 30, 1, 30), Event.AMSTERDAM);
    ZonedDateTime end = ZonedDateTime.of(LocalDateTime.of(2025, 3, 30, 3, 30), Event.AMSTERDAM);
    Timetable timetable = event(start, end, List.of(60, 30)).timetable();
    assertThat(timetable.overrun()).isEqualTo(Duration.ofMinutes(30));
    assertThat(timetable.slots()).extracting(TimetableSlot::overruns).containsExactly(false, true);
    assertThat(timetable.slots().get(1).start()).isEqualTo(LocalTime.of(3, 30));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void timetable_laysItemsOutInElapsedTimeAcrossBothDaylightSavingChangesOf2020To2035(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int year = FIRST_YEAR + (int) (seed % YEARS);
    ZoneOffsetTransition spring = RULES.nextTransition(LocalDate.of(year, 1, 1).atStartOfDay(Event.AMSTERDAM)
        .toInstant());
    ZoneOffsetTransition transition = (seed / YEARS) % 2 == 0 ? spring : RULES.nextTransition(spring.getInstant());
    assertThat(transition.getInstant().atZone(Event.AMSTERDAM).getYear()).isEqualTo(year);
    LocalDate day = transition.getInstant().atZone(Event.AMSTERDAM).toLocalDate();
    Instant dayStart = day.atStartOfDay(Event.AMSTERDAM).toInstant();
    Instant dayEnd = day.plusDays(1).atStartOfDay(Event.AMSTERDAM).toInstant().minusSeconds(60);
    Instant start = max(dayStart, transition.getInstant().minus(Duration.ofMinutes(random.nextInt(1, 181))));
    Instant end = min(dayEnd, start.plus(Duration.ofMinutes(random.nextInt(1, 241))));
    List<Integer> minutes = new ArrayList<>();
    int items = random.nextInt(1, 7);
    for (int i = 0; i < items; i++) {
      minutes.add(random.nextInt(1, 91));
    }
    Event event = event(start.atZone(Event.AMSTERDAM), end.atZone(Event.AMSTERDAM), minutes);

    Timetable timetable = event.timetable();

    Instant at = start;
    for (int i = 0; i < items; i++) {
      Instant until = at.plus(Duration.ofMinutes(minutes.get(i)));
      TimetableSlot slot = timetable.slots().get(i);
      assertThat(slot.start()).isEqualTo(at.atZone(Event.AMSTERDAM).toLocalTime());
      assertThat(slot.end()).isEqualTo(until.atZone(Event.AMSTERDAM).toLocalTime());
      assertThat(slot.overruns()).isEqualTo(until.isAfter(end));
      at = until;
    }
    Duration over = Duration.between(end, at);
    assertThat(timetable.overrun()).isEqualTo(over.isNegative() ? Duration.ZERO : over);
    assertThat(timetable.end()).isEqualTo(at.atZone(Event.AMSTERDAM).toLocalTime());
    assertThat(timetable.length()).isEqualTo(Duration.between(start, at));
  }

  private static Event event(ZonedDateTime start, ZonedDateTime end, List<Integer> minutes) {
    List<ProgrammeItem> items = new ArrayList<>();
    for (int i = 0; i < minutes.size(); i++) {
      items.add(ProgrammeItem.of("onderdeel " + (i + 1), ProgrammeItemKind.OVERIG,
          Duration.ofMinutes(minutes.get(i))));
    }
    return Event.builder().id("nacht").series("Opgavebeweging").number(1).title("Nachtsessie").start(start)
        .end(end).location("Den Haag").programme(Programme.of(items)).build();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
