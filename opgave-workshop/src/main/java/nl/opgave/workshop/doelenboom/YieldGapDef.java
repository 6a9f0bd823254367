package nl.opgave.workshop.doelenboom;

import org.immutables.value.Value;

/**
 * The seed's yield gap: the return of the dream portfolio minus the autonomous baseline, the measure of the will to
 * invest together.
 */
@Value.Immutable
abstract class YieldGapDef {
  /** The roadmap when the shared dream moves feasibility and brings new money. */
  @Value.Parameter
  public abstract Roadmap dream();

  /** The roadmap of the autonomous baseline. */
  @Value.Parameter
  public abstract Roadmap autonomous();

  /** Returns the dream's total yield minus the baseline's. */
  public long gap() {
    return dream().totalYield() - autonomous().totalYield();
  }
}
