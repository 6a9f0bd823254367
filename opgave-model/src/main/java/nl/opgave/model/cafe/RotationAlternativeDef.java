package nl.opgave.model.cafe;

import java.util.OptionalLong;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** What a looser set-up of the same café would give: its lower bound on repeats and, if planned, the repeats reached. */
@Value.Immutable
abstract class RotationAlternativeDef {
  /** The set-up. */
  @Value.Parameter
  public abstract AlternativeKind kind();

  /** The lower bound on repeated meetings in that set-up. */
  @Value.Parameter
  public abstract long repeatsLowerBound();

  /** The repeated meetings of a plan made for that set-up, if one was made. */
  public abstract OptionalLong achievedRepeats();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    String kind = "#ALTERNATIVE_" + kind().name();
    rules.check(repeatsLowerBound() >= 0, ProblemCode.ALTERNATIVE_NEGATIVE, kind, "#FIELD_REPEATS_LOWER_BOUND",
        repeatsLowerBound());
    achievedRepeats().ifPresent(a -> rules.check(a >= 0, ProblemCode.ALTERNATIVE_NEGATIVE, kind,
        "#FIELD_ACHIEVED_REPEATS", a));
    rules.done();
  }
}
