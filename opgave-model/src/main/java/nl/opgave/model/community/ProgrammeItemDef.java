package nl.opgave.model.community;

import java.time.Duration;
import java.util.Optional;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** One item of a programme: a title, a kind and how long it takes. */
@Value.Immutable
abstract class ProgrammeItemDef {
  /** The title, "Opgavegericht organiseren bij Provincie Zuid-Holland". */
  @Value.Parameter
  public abstract String title();

  /** The kind of item. */
  @Value.Parameter
  public abstract ProgrammeItemKind kind();

  /** How long the item takes; positive, at most a day. */
  @Value.Parameter
  public abstract Duration duration();

  /** Who leads the item, if named: "Jos van der Ploeg". */
  public abstract Optional<String> speaker();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.text("#FIELD_PROGRAMME_ITEM_TITLE", title(), 500);
    if (duration().isNegative() || duration().isZero() || duration().compareTo(Duration.ofDays(1)) > 0) {
      rules.check(false, ProblemCode.PROGRAMME_ITEM_DURATION, Checks.quote(title()), duration());
    }
    if (speaker().isPresent()) {
      rules.text("#FIELD_PROGRAMME_ITEM_SPEAKER", speaker().get(), 300);
    }
    rules.done();
  }
}
