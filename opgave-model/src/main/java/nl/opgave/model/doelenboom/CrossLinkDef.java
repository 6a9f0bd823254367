package nl.opgave.model.doelenboom;

import nl.opgave.model.InvalidValueException;
import nl.opgave.model.internal.Checks;
import org.immutables.value.Value;

/** A "draagt ook bij aan" link: a node also contributes to another node elsewhere in the tree. */
@Value.Immutable
abstract class CrossLinkDef {
  /** The id of the contributing node. */
  @Value.Parameter
  public abstract String fromId();

  /** The id of the node it also contributes to. */
  @Value.Parameter
  public abstract String toId();

  @Value.Check
  void check() {
    Checks.id("crossLink.fromId", fromId());
    try {
      Checks.id("toId", toId());
    } catch (InvalidValueException e) {
      throw new InvalidValueException("crossLink from " + Checks.quote(fromId()) + ": " + e.getMessage());
    }
  }
}
