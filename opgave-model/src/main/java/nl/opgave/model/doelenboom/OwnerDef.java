package nl.opgave.model.doelenboom;

import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** Who owns a doelenboom node: a member or an organisation, by id. */
@Value.Immutable
abstract class OwnerDef {
  /** Whether the id names a member or an organisation. */
  @Value.Parameter
  public abstract OwnerKind kind();

  /** The member's or organisation's id. */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the member with this id as owner.
   *
   * @throws nl.opgave.model.InvalidValueException if id is not a valid id
   */
  public static Owner member(String id) {
    return Owner.of(OwnerKind.MEMBER, id);
  }

  /**
   * Returns the organisation with this id as owner.
   *
   * @throws nl.opgave.model.InvalidValueException if id is not a valid id
   */
  public static Owner organisation(String id) {
    return Owner.of(OwnerKind.ORGANISATION, id);
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_OWNER_ID", id());
    rules.done();
  }
}
