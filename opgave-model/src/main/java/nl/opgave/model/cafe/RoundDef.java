package nl.opgave.model.cafe;

import java.time.Duration;
import java.util.Optional;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A conversation round of a café: its number, duration and purpose. */
@Value.Immutable
abstract class RoundDef {
  /** The number, 1 and up. */
  @Value.Parameter
  public abstract int number();

  /** How long the round lasts. */
  @Value.Parameter
  public abstract Duration duration();

  /** The purpose in a word or two, "verhelderen". */
  @Value.Parameter
  public abstract String purpose();

  /** The question the round asks, "Wat is hier het vraagstuk?", if any. */
  public abstract Optional<String> question();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.positive("#FIELD_ROUND_NUMBER", number());
    rules.check(!duration().isNegative() && !duration().isZero() && duration().compareTo(Duration.ofHours(8)) <= 0,
        ProblemCode.ROUND_DURATION, number(), duration());
    rules.text(Checks.term(ProblemCode.LABEL_ROUND, number(), "#FIELD_PURPOSE"), purpose(), 200);
    question().ifPresent(q -> rules.text(Checks.term(ProblemCode.LABEL_ROUND, number(), "#FIELD_QUESTION"), q, 1_000));
    rules.done();
  }
}
