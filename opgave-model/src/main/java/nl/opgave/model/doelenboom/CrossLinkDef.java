package nl.opgave.model.doelenboom;

import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
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
    Rules rules = new Rules();
    rules.id("#FIELD_CROSS_LINK_FROM", fromId());
    if (!Checks.isId(toId())) {
      rules.id(Checks.term(ProblemCode.FIELD_CROSS_LINK_TO, Checks.quote(fromId())), toId());
    }
    rules.done();
  }
}
