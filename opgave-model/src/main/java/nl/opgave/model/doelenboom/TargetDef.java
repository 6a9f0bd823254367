package nl.opgave.model.doelenboom;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A measurable target of a doelenboom node: a quantity of a unit, optionally by a deadline ("10 speelbossen"). */
@Value.Immutable
abstract class TargetDef {
  /** How many, greater than zero: 10. */
  @Value.Parameter
  public abstract BigDecimal quantity();

  /** Of what: "speelbossen". */
  @Value.Parameter
  public abstract String unit();

  /** The day by which the target must be reached, if agreed. */
  public abstract Optional<LocalDate> deadline();

  /**
   * Returns a target without a deadline.
   *
   * @throws nl.opgave.model.InvalidValueException if quantity is not positive or unit is blank
   */
  public static Target of(long quantity, String unit) {
    return Target.of(BigDecimal.valueOf(quantity), unit);
  }

  /** Returns "10 speelbossen", with " uiterlijk 2030-12-31" when there is a deadline. */
  public String label() {
    return quantity().toPlainString() + " " + unit() + deadline().map(d -> " uiterlijk " + d).orElse("");
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.check(quantity().signum() > 0, ProblemCode.TARGET_QUANTITY, quantity().toPlainString());
    rules.text("#FIELD_TARGET_UNIT", unit(), 200);
    rules.done();
  }
}
