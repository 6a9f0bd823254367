package nl.opgave.model.community;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** An opgave: a societal task worked on across boundaries, with its phase, domain and who holds which role. */
@Value.Immutable
abstract class OpgaveDef {
  /** The stable id. */
  public abstract String id();

  /** The title, "Europaplein Heemskerk". */
  public abstract String title();

  /** The phase. */
  public abstract OpgavePhase phase();

  /** The domain, "Water, natuur en klimaat". */
  public abstract String domain();

  /** Who holds which role, in the order given. */
  public abstract List<RoleAssignment> assignments();

  /** Returns the ids of the members holding the role, in the order given. */
  public List<String> holders(OpgaveRole role) {
    return assignments().stream().filter(a -> a.role() == role).map(RoleAssignment::memberId)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Returns the roles the member holds in this opgave, in the order given. */
  public List<OpgaveRole> rolesOf(String memberId) {
    return assignments().stream().filter(a -> a.memberId().equals(memberId)).map(RoleAssignment::role)
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_OPGAVE_ID", id());
    if (!Checks.isText(title(), 500)) {
      rules.text(Checks.term(ProblemCode.FIELD_OPGAVE_TITLE, Checks.quote(id())), title(), 500);
    }
    if (!Checks.isText(domain(), 500)) {
      rules.text(Checks.term(ProblemCode.FIELD_OPGAVE_DOMAIN, Checks.quote(id())), domain(), 500);
    }
    Set<RoleAssignment> seen = new HashSet<>();
    for (RoleAssignment a : assignments()) {
      if (!seen.add(a)) {
        rules.check(false, ProblemCode.ROLE_HELD_TWICE, Checks.quote(id()), Checks.quote(a.memberId()),
            a.role().label());
      }
    }
    rules.done();
  }
}
