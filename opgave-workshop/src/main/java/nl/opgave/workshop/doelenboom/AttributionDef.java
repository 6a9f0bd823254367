package nl.opgave.workshop.doelenboom;

import org.immutables.value.Value;

/** Who said what: a participant's own wording of a statement or reason that became a doelenboom node. */
@Value.Immutable
abstract class AttributionDef {
  /** The id of the node the words became. */
  @Value.Parameter
  public abstract String nodeId();

  /** Who said it. */
  @Value.Parameter
  public abstract String participant();

  /** The words as said. */
  @Value.Parameter
  public abstract String text();
}
