package nl.opgave.model.community;

import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** An organisation that members belong to and that hosts bijeenkomsten. */
@Value.Immutable
abstract class OrganisationDef {
  /** The stable id, "pzh". */
  @Value.Parameter
  public abstract String id();

  /** The name, "Provincie Zuid-Holland". */
  @Value.Parameter
  public abstract String name();

  /** The kind of organisation. */
  @Value.Parameter
  public abstract OrganisationKind kind();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_ORGANISATION_ID", id());
    if (!Checks.isText(name(), 300)) {
      rules.text(Checks.term(ProblemCode.FIELD_ORGANISATION_NAME, id()), name(), 300);
    }
    rules.done();
  }
}
