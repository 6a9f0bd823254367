package nl.opgave.model.cafe;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/**
 * What changed during a café, to re-plan from a round on: people who leave (no-shows, a host who has to go) and
 * people who arrive late. Rounds before {@link #fromRound()} never change.
 */
@Value.Immutable
abstract class RepairRequestDef {
  /** The first round that may change. */
  public abstract int fromRound();

  /** The ids of participants who do not attend from {@link #fromRound()} on. */
  public abstract List<String> leaving();

  /** Participants who join from {@link #fromRound()} on (or later, if their first round says so). */
  public abstract List<Participant> arriving();

  /** Additional seats fixed in rounds from {@link #fromRound()} on. */
  public abstract List<PinnedSeat> pins();

  /** The seed of the repair's random choices; the original request's seed if empty. */
  public abstract OptionalLong seed();

  /** The time budget; the original request's if empty. */
  public abstract Optional<Duration> timeLimit();

  /** The iteration budget; the original request's if empty. */
  public abstract OptionalLong iterationLimit();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.positive("#FIELD_REPAIR_FROM_ROUND", fromRound());
    Set<String> seen = new HashSet<>();
    for (String id : leaving()) {
      rules.id("#FIELD_REPAIR_LEAVING", id);
      rules.check(seen.add(id), ProblemCode.REPAIR_LEAVING_TWICE, Checks.quote(id));
    }
    for (Participant p : arriving()) {
      rules.check(seen.add(p.id()), ProblemCode.REPAIR_NAMED_TWICE, Checks.quote(p.id()));
    }
    pins().forEach(pin -> rules.check(pin.round() >= fromRound(), ProblemCode.REPAIR_PIN_EARLY,
        pin.participant(), pin.round(), fromRound()));
    rules.done();
  }
}
