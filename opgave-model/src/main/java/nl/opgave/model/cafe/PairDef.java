package nl.opgave.model.cafe;

import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** Two participants, by id, to keep apart or together. */
@Value.Immutable
abstract class PairDef {
  /** The first participant's id. */
  @Value.Parameter
  public abstract String first();

  /** The second participant's id. */
  @Value.Parameter
  public abstract String second();

  /** Returns whether the pair names the participant. */
  public boolean contains(String id) {
    return first().equals(id) || second().equals(id);
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_PAIR_FIRST", first());
    rules.id("#FIELD_PAIR_SECOND", second());
    rules.check(!first().equals(second()), ProblemCode.PAIR_SAME, Checks.quote(first()));
    rules.done();
  }
}
