package nl.opgave.model.doelenboom;

import java.util.List;
import java.util.Optional;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** The Groene Cirkel Familie: the circles that share the way of working and learn from each other. */
@Value.Immutable
abstract class GroeneCirkelFamilieDef {
  /** The name, "Groene Cirkel Familie". */
  public abstract String name();

  /** The circles, in the order given. */
  public abstract List<GroeneCirkel> circles();

  /** Returns the circle with this id, if any. */
  public Optional<GroeneCirkel> circle(String id) {
    return circles().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.text("#FIELD_FAMILIE_NAME", name(), 300);
    rules.uniqueIds(Checks.term(ProblemCode.FIELD_FAMILIE_CIRCLES, Checks.quote(name())), circles(), GroeneCirkel::id);
    rules.done();
  }
}
