package nl.opgave.model.doelenboom;

import nl.opgave.model.InvalidValueException;
import nl.opgave.model.internal.Checks;
import org.immutables.value.Value;

/** A parent link of a doelenboom, from a child node to the node it refines (the piStar direction). */
@Value.Immutable
abstract class LinkDef {
  /** The id of the child. */
  @Value.Parameter
  public abstract String childId();

  /** The id of the parent. */
  @Value.Parameter
  public abstract String parentId();

  @Value.Check
  void check() {
    Checks.id("link.childId", childId());
    try {
      Checks.id("parentId", parentId());
    } catch (InvalidValueException e) {
      throw new InvalidValueException("link from " + Checks.quote(childId()) + ": " + e.getMessage());
    }
  }
}
