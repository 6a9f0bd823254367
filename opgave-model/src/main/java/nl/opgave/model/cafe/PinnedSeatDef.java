package nl.opgave.model.cafe;

import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A seat fixed in advance: this participant sits at this table in this round. */
@Value.Immutable
abstract class PinnedSeatDef {
  /** The participant's id. */
  @Value.Parameter
  public abstract String participant();

  /** The round, 1 and up. */
  @Value.Parameter
  public abstract int round();

  /** The table number. */
  @Value.Parameter
  public abstract int table();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_PIN_PARTICIPANT", participant());
    rules.positive(Checks.term(ProblemCode.LABEL_PIN, participant(), "#FIELD_ROUND"), round());
    rules.positive(Checks.term(ProblemCode.LABEL_PIN, participant(), "#FIELD_TABLE"), table());
    rules.done();
  }
}
