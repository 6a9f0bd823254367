package nl.opgave.model.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** The movement's digital environment as one value: leden, chatbox, begrippenlijst, kalender, poll and opgaven. */
@Value.Immutable
abstract class CommunityDef {
  /** The name of the movement, "Opgavebeweging". */
  public abstract String name();

  /** Members and organisations. */
  public abstract MemberDirectory directory();

  /** The bijeenkomsten. */
  public abstract Calendar calendar();

  /** The begrippenlijst. */
  public abstract Begrippenlijst begrippenlijst();

  /** The role poll, if the community runs one. */
  public abstract Optional<Poll> poll();

  /** The chatbox. */
  @Value.Default
  public Chat chat() {
    return Chat.builder().build();
  }

  /** The opgaven members work on. */
  public abstract List<Opgave> opgaven();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.text("#FIELD_COMMUNITY_NAME", name(), 300);
    List<ProblemMessage> problems = new ArrayList<>();
    MemberDirectory directory = directory();
    Map<String, Organisation> organisations = directory.organisationIndex();
    Map<String, Member> members = directory.memberIndex();
    for (Event event : calendar().events()) {
      Optional<String> host = event.hostOrganisationId();
      if (host.isPresent() && !organisations.containsKey(host.get())) {
        problems.add(ProblemMessage.of(ProblemCode.EVENT_HOST_UNKNOWN, Checks.quote(event.id()),
            Checks.quote(host.get())));
      }
    }
    if (poll().isPresent()) {
      Poll poll = poll().get();
      for (String m : poll.votes().keySet()) {
        if (!members.containsKey(m)) {
          problems.add(ProblemMessage.of(ProblemCode.POLL_VOTER_UNKNOWN, Checks.quote(poll.id()), Checks.quote(m)));
        }
      }
    }
    for (ChatMessage message : chat().messages()) {
      if (!members.containsKey(message.authorId())) {
        problems.add(ProblemMessage.of(ProblemCode.CHAT_AUTHOR_UNKNOWN, Checks.quote(message.id()),
            Checks.quote(message.authorId())));
      }
    }
    rules.uniqueIds("#FIELD_OPGAVEN", opgaven(), Opgave::id);
    for (Opgave opgave : opgaven()) {
      for (RoleAssignment a : opgave.assignments()) {
        if (!members.containsKey(a.memberId())) {
          problems.add(ProblemMessage.of(ProblemCode.ROLE_MEMBER_UNKNOWN, Checks.quote(opgave.id()), a.role().label(),
              Checks.quote(a.memberId())));
        }
      }
    }
    rules.report(problems);
    rules.done();
  }
}
