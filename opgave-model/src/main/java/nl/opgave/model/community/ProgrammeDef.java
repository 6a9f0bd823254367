package nl.opgave.model.community;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import org.immutables.value.Value;

/** The programme of a bijeenkomst or session: items in order, each with a duration. */
@Value.Immutable
abstract class ProgrammeDef {
  /** The items in the order they happen. */
  public abstract List<ProgrammeItem> items();

  /** Returns the summed duration of the items. */
  public Duration length() {
    return items().stream().map(ProgrammeItem::duration).reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * Lays the items out from a clock time without a zone (no daylight saving change) and marks what runs past the
   * planned end.
   *
   * @throws nl.opgave.model.InvalidValueException if the programme runs past midnight or the planned end lies
   *     before the start
   * @throws NullPointerException if start or plannedEnd is null
   */
  public Timetable timetable(LocalTime start, Optional<LocalTime> plannedEnd) {
    LocalDate day = LocalDate.EPOCH;
    return timetable(ZonedDateTime.of(day, start, ZoneOffset.UTC),
        plannedEnd.map(end -> ZonedDateTime.of(day, end, ZoneOffset.UTC)));
  }

  /**
   * Lays the items out from the start instant and marks what runs past the planned end; durations are elapsed
   * time, so across a daylight saving change a slot's clock times in the start's zone may read 60 minutes more or
   * less than its duration.
   *
   * @throws nl.opgave.model.InvalidValueException if the programme runs past midnight of the start's day or the
   *     planned end lies before the start
   * @throws NullPointerException if start or plannedEnd is null
   */
  public Timetable timetable(ZonedDateTime start, Optional<ZonedDateTime> plannedEnd) {
    Instant begin = start.toInstant();
    Instant finish = begin.plus(length());
    if (!finish.atZone(start.getZone()).toLocalDate().equals(start.toLocalDate())) {
      throw InvalidValueException.of(ProblemCode.PROGRAMME_PAST_MIDNIGHT,
          start.toLocalTime(), length());
    }
    Optional<Instant> planned = plannedEnd.map(ZonedDateTime::toInstant);
    if (planned.isPresent() && planned.get().isBefore(begin)) {
      throw InvalidValueException.of(ProblemCode.PROGRAMME_END_BEFORE_START,
          plannedEnd.get().toLocalTime(), start.toLocalTime());
    }
    List<TimetableSlot> slots = new ArrayList<>();
    Instant at = begin;
    for (ProgrammeItem item : items()) {
      Instant end = at.plus(item.duration());
      boolean over = planned.isPresent() && end.isAfter(planned.get());
      slots.add(TimetableSlot.of(item, clock(at, start), clock(end, start), over));
      at = end;
    }
    Duration overrun = planned.map(end -> Duration.between(end, finish)).filter(d -> !d.isNegative())
        .orElse(Duration.ZERO);
    return Timetable.builder().slots(slots).start(start.toLocalTime())
        .plannedEnd(plannedEnd.map(ZonedDateTime::toLocalTime)).length(length()).end(clock(finish, start))
        .overrun(overrun).build();
  }

  private static LocalTime clock(Instant instant, ZonedDateTime zone) {
    return instant.atZone(zone.getZone()).toLocalTime();
  }

  /** Returns a programme of the items. */
  public static Programme of(List<ProgrammeItem> items) {
    return Programme.builder().items(items).build();
  }
}
