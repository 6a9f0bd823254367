package nl.opgave.model.cafe;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** One round of a participant's itinerary: the table, its side and its vraagstuk, or absence. */
@Value.Immutable
abstract class StopDef {
  /** The round. */
  public abstract int round();

  /** The table number; empty when the participant does not attend the round. */
  public abstract OptionalInt table();

  /** The side number of the table, if the café has sides. */
  public abstract OptionalInt side();

  /** The side's name, if it has one. */
  public abstract Optional<Side> sideName();

  /** The vraagstuk on the table, if any. */
  public abstract OptionalInt vraagstuk();

  /** Whether the participant hosts this table. */
  @Value.Default
  public boolean host() {
    return false;
  }

  /**
   * Returns the stop as a line: "ronde 2: tafel 5 (blauw), vraagstuk 2" in Dutch, "round 2: table 5 (blue),
   * question 2" for English locales.
   */
  public String text(Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    StringBuilder line = new StringBuilder(en ? "round " : "ronde ").append(round()).append(": ");
    if (table().isEmpty()) {
      return line.append(en ? "absent" : "afwezig").toString();
    }
    line.append(en ? "table " : "tafel ").append(table().getAsInt());
    if (sideName().isPresent()) {
      line.append(" (").append(sideName().get().name(locale)).append(')');
    } else if (side().isPresent()) {
      line.append(en ? " (side " : " (kant ").append(side().getAsInt()).append(')');
    }
    vraagstuk().ifPresent(v -> line.append(en ? ", question " : ", vraagstuk ").append(v));
    if (host()) {
      line.append(en ? ", host" : ", tafelhost");
    }
    return line.toString();
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.positive("#FIELD_STOP_ROUND", round());
    rules.done();
  }
}
