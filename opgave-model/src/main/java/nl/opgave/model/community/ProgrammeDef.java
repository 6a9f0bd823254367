package nl.opgave.model.community;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.opgave.model.internal.Checks;
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
   * Lays the items out from the start time and marks what runs past the planned end.
   *
   * @throws nl.opgave.model.InvalidValueException if the programme runs past midnight
   */
  public Timetable timetable(LocalTime start, Optional<LocalTime> plannedEnd) {
    Checks.check(Duration.between(start, LocalTime.MAX).compareTo(length()) >= 0,
        "programme starting at " + start + " runs " + length() + " and would run past midnight");
    plannedEnd.ifPresent(end -> Checks.check(!end.isBefore(start),
        "planned end " + end + " lies before the start " + start));
    List<TimetableSlot> slots = new ArrayList<>();
    LocalTime at = start;
    for (ProgrammeItem item : items()) {
      LocalTime end = at.plus(item.duration());
      boolean over = plannedEnd.isPresent() && end.isAfter(plannedEnd.get());
      slots.add(TimetableSlot.of(item, at, end, over));
      at = end;
    }
    return Timetable.builder().slots(slots).start(start).plannedEnd(plannedEnd).length(length()).build();
  }

  /** Returns a programme of the items. */
  public static Programme of(List<ProgrammeItem> items) {
    return Programme.builder().items(items).build();
  }
}
