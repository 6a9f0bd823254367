package nl.opgave.model.community;

import java.time.LocalTime;
import org.immutables.value.Value;

/** A programme item placed in time. */
@Value.Immutable
abstract class TimetableSlotDef {
  /** The item. */
  @Value.Parameter
  public abstract ProgrammeItem item();

  /** When the item starts. */
  @Value.Parameter
  public abstract LocalTime start();

  /** When the item ends (exclusive). */
  @Value.Parameter
  public abstract LocalTime end();

  /** Whether the item ends after the programme's planned end. */
  @Value.Parameter
  public abstract boolean overruns();
}
