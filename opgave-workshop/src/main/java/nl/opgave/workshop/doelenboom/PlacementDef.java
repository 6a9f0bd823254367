package nl.opgave.workshop.doelenboom;

import org.immutables.value.Value;

/** A project's place in the feasibility-cost plane. */
@Value.Immutable
abstract class PlacementDef {
  /** The project's id. */
  @Value.Parameter
  public abstract String projectId();

  /** The project's feasibility score. */
  @Value.Parameter
  public abstract int feasibility();

  /** The project's cost. */
  @Value.Parameter
  public abstract long cost();

  /** The quadrant. */
  @Value.Parameter
  public abstract Quadrant quadrant();
}
