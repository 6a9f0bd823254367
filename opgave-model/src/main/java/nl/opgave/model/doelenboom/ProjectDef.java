package nl.opgave.model.doelenboom;

import java.util.List;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/**
 * A project of a Groene Cirkel as the circle judges it: cost, political feasibility, expected yield and the
 * doelenboom nodes it serves. The seed names projects by letter ("a", "b", "h", "J", "D", "M").
 */
@Value.Immutable
abstract class ProjectDef {
  /** The id, the seed's letter: "a". */
  public abstract String id();

  /** The name, "10 Speelbossen in en rondom Den Haag". */
  public abstract String name();

  /** What the project costs, in whole units of money (euros unless the host says otherwise); not negative. */
  public abstract long cost();

  /** The political feasibility today, a score from 0 (no support) to 100 (certain). */
  public abstract int feasibility();

  /** The yield the project brings in each horizon period once started, in the host's unit; not negative. */
  public abstract long expectedYield();

  /** The ids of the doelenboom nodes the project serves. */
  public abstract List<String> servedNodeIds();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_PROJECT_ID", id());
    String project = Checks.quote(id());
    rules.text(Checks.term(ProblemCode.LABEL_PROJECT, project, "#FIELD_NAME"), name(), 500);
    rules.check(cost() >= 0, ProblemCode.PROJECT_COST, project, cost());
    rules.check(feasibility() >= 0 && feasibility() <= 100, ProblemCode.PROJECT_FEASIBILITY, project, feasibility());
    rules.check(expectedYield() >= 0, ProblemCode.PROJECT_YIELD, project, expectedYield());
    for (String node : servedNodeIds()) {
      rules.id(Checks.term(ProblemCode.LABEL_PROJECT, project, "#FIELD_SERVED_NODES"), node);
    }
    rules.done();
  }
}
