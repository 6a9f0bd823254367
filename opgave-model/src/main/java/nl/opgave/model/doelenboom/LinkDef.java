package nl.opgave.model.doelenboom;

import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
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
    Rules rules = new Rules();
    rules.id("#FIELD_LINK_CHILD", childId());
    if (!Checks.isId(parentId())) {
      rules.id(Checks.term(ProblemCode.FIELD_LINK_PARENT, Checks.quote(childId())), parentId());
    }
    rules.done();
  }
}
