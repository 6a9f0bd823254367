package nl.opgave.model.community;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import nl.opgave.model.DutchText;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A member of the movement: a person with a Dutch name, an organisation and opgave roles. */
@Value.Immutable
abstract class MemberDef implements Comparable<Member> {
  private static final Comparator<String> ORDER = DutchText.order();

  /** The stable id. */
  public abstract String id();

  /** The person's name. */
  public abstract PersonName name();

  /** The id of the member's organisation, if known. */
  public abstract Optional<String> organisationId();

  /** The opgave roles the member holds; iteration follows the roles' declaration order. */
  public abstract Set<OpgaveRole> roles();

  /** Returns the display name, "Jos van der Ploeg". */
  public String displayName() {
    return name().displayName();
  }

  /** Returns the Dutch sort key, "Ploeg, Jos van der". */
  public String sortKey() {
    return name().sortKey();
  }

  /** Orders members in Dutch order of their names, then by id; consistent with equals. */
  @Override
  public int compareTo(Member other) {
    int c = name().compareTo(other.name());
    if (c == 0) {
      c = ORDER.compare(id(), other.id());
    }
    if (c == 0) {
      c = ORDER.compare(organisationId().orElse(""), other.organisationId().orElse(""));
    }
    if (c == 0) {
      c = roleKey(roles()).compareTo(roleKey(other.roles()));
    }
    return c;
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_MEMBER_ID", id());
    Optional<String> organisationId = organisationId();
    if (organisationId.isPresent() && !Checks.isId(organisationId.get())) {
      rules.id(Checks.term(ProblemCode.FIELD_MEMBER_ORGANISATION, id()), organisationId.get());
    }
    rules.done();
  }

  private static String roleKey(Set<OpgaveRole> roles) {
    StringBuilder key = new StringBuilder();
    for (OpgaveRole role : OpgaveRole.values()) {
      key.append(roles.contains(role) ? '1' : '0');
    }
    return key.toString();
  }
}
