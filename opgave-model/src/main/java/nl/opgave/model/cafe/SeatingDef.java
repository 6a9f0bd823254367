package nl.opgave.model.cafe;

import java.util.List;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** Where everyone sits in one round: a table number per participant, in the request's order; 0 for absent. */
@Value.Immutable
abstract class SeatingDef {
  /** The round, 1 and up. */
  @Value.Parameter
  public abstract int round();

  /** The table number of each participant in the request's order, or 0 when they do not attend the round. */
  @Value.Parameter
  public abstract List<Integer> tables();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.positive("#FIELD_SEATING_ROUND", round());
    List<Integer> tables = tables();
    for (int i = 0; i < tables.size(); i++) {
      int table = tables.get(i);
      if (table < 0) {
        rules.check(false, ProblemCode.SEATING_NEGATIVE, round(), i + 1, table);
      }
    }
    rules.done();
  }
}
