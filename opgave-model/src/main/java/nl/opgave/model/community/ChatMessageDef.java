package nl.opgave.model.community;

import java.time.Instant;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A message in the movement's chatbox: author, time and text. */
@Value.Immutable
abstract class ChatMessageDef implements Comparable<ChatMessage> {
  /** The longest text a message may have, in characters. */
  public static final int MAX_LENGTH = 4000;

  /** The stable id. */
  public abstract String id();

  /** The member who wrote it. */
  public abstract String authorId();

  /** When it was sent. */
  public abstract Instant sentAt();

  /** The text; at most {@value #MAX_LENGTH} characters, line breaks allowed. */
  public abstract String text();

  /** Orders by time sent, then by id. */
  @Override
  public int compareTo(ChatMessage other) {
    int c = sentAt().compareTo(other.sentAt());
    if (c == 0) {
      c = id().compareTo(other.id());
    }
    if (c == 0) {
      c = authorId().compareTo(other.authorId());
    }
    return c == 0 ? text().compareTo(other.text()) : c;
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_CHAT_MESSAGE_ID", id());
    if (!Checks.isId(authorId())) {
      rules.id(Checks.term(ProblemCode.FIELD_CHAT_AUTHOR, Checks.quote(id())), authorId());
    }
    if (!Checks.isText(text(), MAX_LENGTH)) {
      rules.text(Checks.term(ProblemCode.FIELD_CHAT_TEXT, Checks.quote(id())), text(), MAX_LENGTH);
    }
    rules.done();
  }
}
