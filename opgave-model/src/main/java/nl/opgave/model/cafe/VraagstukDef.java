package nl.opgave.model.cafe;

import java.util.Optional;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A vraagstuk discussed at one or more café tables: a number, a title and an optional description. */
@Value.Immutable
abstract class VraagstukDef {
  /** The number, 1 and up, as the slides show it. */
  @Value.Parameter
  public abstract int number();

  /** The title, "Kloof tussen topmanagement en werkvloer". */
  @Value.Parameter
  public abstract String title();

  /** The description that lies on the table, if any. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.positive("#FIELD_VRAAGSTUK_NUMBER", number());
    rules.text(Checks.term(ProblemCode.LABEL_VRAAGSTUK, number(), "#FIELD_TITLE"), title(), 300);
    description().ifPresent(d -> rules.text(Checks.term(ProblemCode.LABEL_VRAAGSTUK, number(), "#FIELD_DESCRIPTION"), d, 5_000));
    rules.done();
  }
}
