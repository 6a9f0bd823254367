package nl.opgave.model.community;

import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** One option of a poll. */
@Value.Immutable
abstract class PollOptionDef {
  /** The stable id. */
  @Value.Parameter
  public abstract String id();

  /** The label shown, "Opgavetrekker". */
  @Value.Parameter
  public abstract String label();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("poll option id", id());
    if (!Checks.isText(label(), 300)) {
      rules.text("poll option label of " + Checks.quote(id()), label(), 300);
    }
    rules.done();
  }
}
