package nl.opgave.model.cafe;

import java.util.Optional;
import java.util.OptionalInt;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A café table: its number, and optionally its side, vraagstuk, fixed host and capacity. */
@Value.Immutable
abstract class TableDef {
  /** The number, 1 and up, unique in the café. */
  @Value.Parameter
  public abstract int number();

  /** The number of the side the table stands on, if the café has sides. */
  public abstract OptionalInt side();

  /** The number of the vraagstuk on the table, if it has one. */
  public abstract OptionalInt vraagstuk();

  /** The id of the tafelhost who stays at this table every round, if any. */
  public abstract Optional<String> host();

  /** The most people the table seats, host included; unlimited when empty. */
  public abstract OptionalInt capacity();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.positive("#FIELD_TABLE_NUMBER", number());
    positive(rules, side(), "#FIELD_SIDE");
    positive(rules, vraagstuk(), "#FIELD_VRAAGSTUK");
    Optional<String> host = host();
    if (host.isPresent() && !Checks.isId(host.get())) {
      rules.id(Checks.term(ProblemCode.LABEL_TABLE, number(), "#FIELD_HOST"), host.get());
    }
    positive(rules, capacity(), "#FIELD_CAPACITY");
    rules.done();
  }

  private void positive(Rules rules, OptionalInt value, String field) {
    if (value.isPresent() && value.getAsInt() <= 0) {
      rules.positive(Checks.term(ProblemCode.LABEL_TABLE, number(), field), value.getAsInt());
    }
  }
}
