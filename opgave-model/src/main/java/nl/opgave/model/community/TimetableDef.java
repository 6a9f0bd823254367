package nl.opgave.model.community;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A programme laid out from a start time, with the overrun against a planned end if there is one. */
@Value.Immutable
abstract class TimetableDef {
  /** The slots in programme order. */
  public abstract List<TimetableSlot> slots();

  /** The planned end, if one was given. */
  public abstract Optional<LocalTime> plannedEnd();

  /** The start of the first item. */
  public abstract LocalTime start();

  /** The total length of the programme (elapsed time). */
  public abstract Duration length();

  /** The clock time the last item ends. */
  public abstract LocalTime end();

  /** By how much the programme runs past the planned end (elapsed time); zero when it fits or has no planned end. */
  public abstract Duration overrun();
}
