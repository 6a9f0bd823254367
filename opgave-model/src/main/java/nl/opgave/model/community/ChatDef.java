package nl.opgave.model.community;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** The chatbox: messages as posted, readable in time order. */
@Value.Immutable
abstract class ChatDef {
  /** The messages, in the order they were posted. */
  public abstract List<ChatMessage> messages();

  /** Returns the messages in time order (time sent, then id). */
  @Value.Lazy
  public List<ChatMessage> chronological() {
    return messages().stream().sorted().collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the chat with the message added.
   *
   * @throws nl.opgave.model.InvalidValueException if a message with its id exists
   */
  public Chat post(ChatMessage message) {
    return Chat.builder().from(this).addMessages(message).build();
  }

  /** Returns the messages sent at or after the instant, in time order. */
  public List<ChatMessage> since(Instant from) {
    return chronological().stream().filter(m -> !m.sentAt().isBefore(from))
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.uniqueIds("#FIELD_CHAT_MESSAGES", messages(), ChatMessage::id);
    rules.done();
  }
}
