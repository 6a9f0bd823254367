package nl.opgave.model.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.opgave.model.internal.Checks;
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
    Checks.text("community name", name(), 300);
    List<String> problems = new ArrayList<>();
    MemberDirectory directory = directory();
    for (Event event : calendar().events()) {
      event.hostOrganisationId().filter(o -> directory.organisation(o).isEmpty())
          .ifPresent(o -> problems.add("event " + Checks.quote(event.id()) + ": hostOrganisationId "
              + Checks.quote(o) + " names no organisation"));
    }
    poll().ifPresent(poll -> poll.votes().keySet().stream().filter(m -> directory.member(m).isEmpty())
        .forEach(m -> problems.add("poll " + Checks.quote(poll.id()) + ": vote by " + Checks.quote(m)
            + " names no member")));
    for (ChatMessage message : chat().messages()) {
      if (directory.member(message.authorId()).isEmpty()) {
        problems.add("chat message " + Checks.quote(message.id()) + ": authorId " + Checks.quote(message.authorId())
            + " names no member");
      }
    }
    Checks.uniqueIds("opgaven", opgaven(), Opgave::id);
    for (Opgave opgave : opgaven()) {
      for (RoleAssignment a : opgave.assignments()) {
        if (directory.member(a.memberId()).isEmpty()) {
          problems.add("opgave " + Checks.quote(opgave.id()) + ": " + a.role().label() + " "
              + Checks.quote(a.memberId()) + " names no member");
        }
      }
    }
    Checks.none(problems);
  }
}
