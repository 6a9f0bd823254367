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
    side().ifPresent(s -> rules.positive(Checks.term(ProblemCode.LABEL_TABLE, number(), "#FIELD_SIDE"), s));
    vraagstuk().ifPresent(v -> rules.positive(Checks.term(ProblemCode.LABEL_TABLE, number(), "#FIELD_VRAAGSTUK"), v));
    host().ifPresent(h -> rules.id(Checks.term(ProblemCode.LABEL_TABLE, number(), "#FIELD_HOST"), h));
    capacity().ifPresent(c -> rules.positive(Checks.term(ProblemCode.LABEL_TABLE, number(), "#FIELD_CAPACITY"), c));
    rules.done();
  }
}
