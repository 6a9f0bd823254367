package nl.opgave.workshop.doelenboom;

import org.immutables.value.Value;

/** The money of one horizon in a roadmap: what was available (new budget plus carry-over) and what was spent. */
@Value.Immutable
abstract class HorizonUseDef {
  /** The horizon's name. */
  @Value.Parameter
  public abstract String horizon();

  /** The horizon's own budget. */
  @Value.Parameter
  public abstract long budget();

  /** The budget plus what earlier horizons left unspent. */
  @Value.Parameter
  public abstract long available();

  /** What the projects starting at this horizon cost together; never more than available. */
  @Value.Parameter
  public abstract long spent();
}
