package nl.opgave.model.doelenboom;

import java.util.List;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A droombijeenkomst: the questions asked and every participant's answers as laddering chains. */
@Value.Immutable
abstract class DroombijeenkomstDef {
  /** The questions, in the order asked: "Wat vindt u belangrijk aan de natuur in uw omgeving?", ... */
  public abstract List<String> questions();

  /** The answers, one chain per participant and statement, in the order given. */
  public abstract List<LadderingChain> chains();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    for (int i = 0; i < questions().size(); i++) {
      rules.text(Checks.term(ProblemCode.FIELD_DROOMBIJEENKOMST_QUESTION, i + 1), questions().get(i), 2000);
    }
    rules.done();
  }
}
