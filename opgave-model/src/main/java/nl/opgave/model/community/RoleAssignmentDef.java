package nl.opgave.model.community;

import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A member holding a role in an opgave. */
@Value.Immutable
abstract class RoleAssignmentDef {
  /** The member. */
  @Value.Parameter
  public abstract String memberId();

  /** The role the member holds. */
  @Value.Parameter
  public abstract OpgaveRole role();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_ROLE_MEMBER", memberId());
    rules.done();
  }
}
