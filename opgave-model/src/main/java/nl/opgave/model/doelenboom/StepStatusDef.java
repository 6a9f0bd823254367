package nl.opgave.model.doelenboom;

import java.util.Optional;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** The state of one step of a Groene Cirkel, with an optional note. */
@Value.Immutable
abstract class StepStatusDef {
  /** The step. */
  @Value.Parameter
  public abstract Stap stap();

  /** How far the circle is with it. */
  @Value.Parameter
  public abstract StepState state();

  /** A note, "a, b en h gestart". */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    note().ifPresent(n -> rules.text(Checks.term(ProblemCode.FIELD_STEP_NOTE, stap().number()), n, 2000));
    rules.done();
  }
}
