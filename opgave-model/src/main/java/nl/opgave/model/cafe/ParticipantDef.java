package nl.opgave.model.cafe;

import java.util.Optional;
import java.util.OptionalInt;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A person taking part in a café: an id, optionally a name, organisation, side and the rounds they attend. */
@Value.Immutable
abstract class ParticipantDef {
  /** The stable id, "p7" or "jos-van-der-ploeg". */
  @Value.Parameter
  public abstract String id();

  /** The display name, if known. */
  public abstract Optional<String> name();

  /** The organisation; people of one organisation are colleagues, whom the planner spreads over the tables. */
  public abstract Optional<String> organisation();

  /** The side the person stays on, if fixed; otherwise the planner chooses one. */
  public abstract OptionalInt side();

  /** The first round the person attends: 1 unless they arrive late. */
  @Value.Default
  public int firstRound() {
    return 1;
  }

  /** The last round the person attends, if they leave early. */
  public abstract OptionalInt lastRound();

  /** Returns whether the person attends the given round. */
  public boolean attends(int round) {
    return round >= firstRound() && (lastRound().isEmpty() || round <= lastRound().getAsInt());
  }

  /** Returns the name, or the id when there is no name. */
  public String displayName() {
    return name().orElse(id());
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_PARTICIPANT_ID", id());
    Optional<String> name = name();
    if (name.isPresent() && !Checks.isText(name.get(), 300)) {
      rules.text(Checks.term(ProblemCode.LABEL_PARTICIPANT, id(), "#FIELD_NAME"), name.get(), 300);
    }
    Optional<String> organisation = organisation();
    if (organisation.isPresent() && !Checks.isText(organisation.get(), 300)) {
      rules.text(Checks.term(ProblemCode.LABEL_PARTICIPANT, id(), "#FIELD_ORGANISATION"), organisation.get(), 300);
    }
    OptionalInt side = side();
    if (side.isPresent() && side.getAsInt() <= 0) {
      rules.positive(Checks.term(ProblemCode.LABEL_PARTICIPANT, id(), "#FIELD_SIDE"), side.getAsInt());
    }
    if (firstRound() <= 0) {
      rules.positive(Checks.term(ProblemCode.LABEL_PARTICIPANT, id(), "#FIELD_FIRST_ROUND"), firstRound());
    }
    OptionalInt lastRound = lastRound();
    if (lastRound.isPresent() && lastRound.getAsInt() < firstRound()) {
      rules.check(false, ProblemCode.PARTICIPANT_LEAVES_EARLY, id(), lastRound.getAsInt(), firstRound());
    }
    rules.done();
  }

  /**
   * Returns a participant with an organisation.
   *
   * @throws nl.opgave.model.InvalidValueException if the id is not a valid id or the organisation is blank
   */
  public static Participant of(String id, String organisation) {
    return Participant.builder().id(id).organisation(organisation).build();
  }
}
