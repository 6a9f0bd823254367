package nl.opgave.model.community;

import nl.opgave.model.ProblemCode;
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
    rules.id("#FIELD_POLL_OPTION_ID", id());
    if (!Checks.isText(label(), 300)) {
      rules.text(Checks.term(ProblemCode.FIELD_POLL_OPTION_LABEL, Checks.quote(id())), label(), 300);
    }
    rules.done();
  }
}
