package nl.opgave.workshop.doelenboom;

import org.immutables.value.Value;

/** A project in a roadmap: the horizon it starts at and the yield it brings from then on. */
@Value.Immutable
abstract class ScheduledProjectDef {
  /** The project's id. */
  @Value.Parameter
  public abstract String projectId();

  /** The name of the horizon it starts at, "T0". */
  @Value.Parameter
  public abstract String horizon();

  /** The position of that horizon, from 0. */
  @Value.Parameter
  public abstract int horizonIndex();

  /** Its cost. */
  @Value.Parameter
  public abstract long cost();

  /** Its yield over the periods from its start to the last horizon: expected yield times periods. */
  @Value.Parameter
  public abstract long yield();
}
