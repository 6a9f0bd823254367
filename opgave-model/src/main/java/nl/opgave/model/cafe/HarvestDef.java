package nl.opgave.model.cafe;

import java.util.Optional;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** How one side of the café shares its insights after the last round (the oogst). */
@Value.Immutable
abstract class HarvestDef {
  /** The number of the side whose tables harvest together. */
  @Value.Parameter
  public abstract int side();

  /** Who reports to whom, "De tafelhosts van de blauwe tafels koppelen terug aan de blauwe tafels." */
  @Value.Parameter
  public abstract String instruction();

  /** The question of the harvest, "Wat zijn de inzichten die jullie hebben opgedaan?", if any. */
  public abstract Optional<String> question();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.positive("#FIELD_HARVEST_SIDE", side());
    rules.text(Checks.term(ProblemCode.LABEL_HARVEST, side(), "#FIELD_INSTRUCTION"), instruction(), 1_000);
    question().ifPresent(q -> rules.text(Checks.term(ProblemCode.LABEL_HARVEST, side(), "#FIELD_QUESTION"), q, 1_000));
    rules.done();
  }
}
