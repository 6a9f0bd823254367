package nl.opgave.model.doelenboom;

import java.util.List;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/**
 * One participant's answers at a droombijeenkomst as a laddering chain: a statement ("Wat vindt u belangrijk?"),
 * then each answer to "Waarom vindt u dat belangrijk?" in turn, climbing towards the dream.
 */
@Value.Immutable
abstract class LadderingChainDef {
  /** Who answered: a member id, a name or a label such as "deelnemer 2". */
  @Value.Parameter
  public abstract String participant();

  /** The statement first, then each reason; at least the statement. */
  @Value.Parameter
  public abstract List<String> steps();

  /**
   * Returns the chain of a statement and its reasons.
   *
   * @throws nl.opgave.model.InvalidValueException if the participant or a step is blank
   */
  public static LadderingChain of(String participant, String statement, String... reasons) {
    LadderingChain.Builder builder = LadderingChain.builder().participant(participant).addStep(statement);
    for (String reason : reasons) {
      builder.addStep(reason);
    }
    return builder.build();
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.text("#FIELD_LADDERING_PARTICIPANT", participant(), 300);
    rules.check(!steps().isEmpty(), ProblemCode.LADDERING_EMPTY, Checks.quote(participant()));
    for (int i = 0; i < steps().size(); i++) {
      rules.text(Checks.term(ProblemCode.FIELD_LADDERING_STEP, Checks.quote(participant()), i + 1), steps().get(i), 2000);
    }
    rules.done();
  }
}
