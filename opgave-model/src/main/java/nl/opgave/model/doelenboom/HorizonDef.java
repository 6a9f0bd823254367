package nl.opgave.model.doelenboom;

import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/**
 * A planning horizon of a Groene Cirkel (the seed's T0, T1, T2): from this horizon on, projects whose political
 * feasibility reaches the threshold may start, and the budget is the new money that becomes available then.
 */
@Value.Immutable
abstract class HorizonDef {
  /** The name, "T0". */
  @Value.Parameter
  public abstract String name();

  /** The lowest feasibility score (0-100) a project needs to start at this horizon. */
  @Value.Parameter
  public abstract int feasibilityThreshold();

  /** The money that becomes available at this horizon; money not spent carries over to later horizons. */
  @Value.Parameter
  public abstract long budget();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.text("#FIELD_HORIZON_NAME", name(), 100);
    rules.check(feasibilityThreshold() >= 0 && feasibilityThreshold() <= 100, ProblemCode.HORIZON_THRESHOLD,
        Checks.quote(name()), feasibilityThreshold());
    rules.check(budget() >= 0, ProblemCode.HORIZON_BUDGET, Checks.quote(name()), budget());
    rules.done();
  }
}
