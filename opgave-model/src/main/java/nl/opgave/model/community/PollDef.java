package nl.opgave.model.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A poll with one vote per member; voting again replaces the vote, and every change returns a new poll. */
@Value.Immutable
abstract class PollDef {
  /** The stable id. */
  public abstract String id();

  /** The question, "Wat is jouw opgavegerichte rol?". */
  public abstract String question();

  /** The options in the order shown. */
  public abstract List<PollOption> options();

  /** The votes: member id to option id, in the order the members first voted. */
  public abstract Map<String, String> votes();

  /**
   * Returns the poll with the member's vote set to the option, replacing an earlier vote.
   *
   * @throws nl.opgave.model.InvalidValueException if the member id is invalid or the option is unknown
   */
  public Poll vote(String memberId, String optionId) {
    Checks.id("#FIELD_POLL_VOTER", memberId);
    checkOption(memberId, optionId);
    Map<String, String> next = new LinkedHashMap<>(votes());
    next.put(memberId, optionId);
    return Poll.copyOf(this).withVotes(next);
  }

  /** Returns the poll without the member's vote; the same poll when the member had not voted. */
  public Poll withdraw(String memberId) {
    if (!votes().containsKey(memberId)) {
      return (Poll) this;
    }
    Map<String, String> next = new LinkedHashMap<>(votes());
    next.remove(memberId);
    return Poll.copyOf(this).withVotes(next);
  }

  /** Returns the count per option, with percentages that sum to 100 when anyone voted. */
  public PollTally tally() {
    int[] counts = new int[options().size()];
    for (String option : votes().values()) {
      counts[indexOf(option)]++;
    }
    int voters = votes().size();
    int[] rounded = largestRemainder(counts, voters);
    List<PollResult> results = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      double share = voters == 0 ? 0 : 100.0 * counts[i] / voters;
      results.add(PollResult.of(options().get(i), counts[i], share, rounded[i]));
    }
    return PollTally.builder().results(results).voters(voters).build();
  }

  private static int[] largestRemainder(int[] counts, int total) {
    int[] rounded = new int[counts.length];
    if (total == 0) {
      return rounded;
    }
    int given = 0;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      rounded[i] = counts[i] * 100 / total;
      given += rounded[i];
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(i -> -((counts[i] * 100) % total)).thenComparingInt(i -> i));
    for (int k = 0; given < 100; k++, given++) {
      rounded[order.get(k)]++;
    }
    return rounded;
  }

  private int indexOf(String optionId) {
    for (int i = 0; i < options().size(); i++) {
      if (options().get(i).id().equals(optionId)) {
        return i;
      }
    }
    return -1;
  }

  private void checkOption(String memberId, String optionId) {
    ProblemMessage problem = optionProblem(memberId, optionId);
    if (problem != null) {
      throw InvalidValueException.of(List.of(problem));
    }
  }

  private ProblemMessage optionProblem(String memberId, String optionId) {
    if (optionId == null || indexOf(optionId) < 0) {
      return ProblemMessage.of(ProblemCode.POLL_UNKNOWN_OPTION, Checks.quote(id()), Checks.quote(memberId),
          Checks.quote(optionId));
    }
    return null;
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_POLL_ID", id());
    rules.text("#FIELD_POLL_QUESTION", question(), 1000);
    if (options().isEmpty()) {
      rules.check(false, ProblemCode.POLL_WITHOUT_OPTIONS, Checks.quote(id()));
    }
    rules.uniqueIds(Checks.term(ProblemCode.FIELD_POLL_OPTIONS, Checks.quote(id())), options(), PollOption::id);
    for (Map.Entry<String, String> vote : votes().entrySet()) {
      rules.id("#FIELD_POLL_VOTER", vote.getKey());
      rules.report(optionProblem(vote.getKey(), vote.getValue()));
    }
    rules.done();
  }

  /** Returns the movement's role poll, "Wat is jouw opgavegerichte rol?", with the six roles as options. */
  public static Poll rolePoll(String id) {
    Poll.Builder poll = Poll.builder().id(id).question("Wat is jouw opgavegerichte rol?");
    for (OpgaveRole role : OpgaveRole.of(OpgaveRole.Group.POLL)) {
      poll.addOptions(PollOption.of(role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), role.label()));
    }
    return poll.build();
  }
}
