package nl.opgave.model.community;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** The movement's calendar: bijeenkomsten in time order, read relative to an instant the caller passes in. */
@Value.Immutable
abstract class CalendarDef {
  /** The bijeenkomsten, in the order given. */
  public abstract List<Event> events();

  /** Returns the bijeenkomsten in time order. */
  @Value.Lazy
  public List<Event> chronological() {
    return events().stream().sorted().collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the bijeenkomsten that have not started at the instant, soonest first; a bijeenkomst in progress is
   * not among them but in {@link #inProgress(Instant)}.
   *
   * @throws NullPointerException if now is null
   */
  public List<Event> upcoming(Instant now) {
    return chronological().stream().filter(e -> e.start().toInstant().isAfter(now))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the bijeenkomsten in progress at the instant (started at or before it, not yet ended), soonest first.
   *
   * @throws NullPointerException if now is null
   */
  public List<Event> inProgress(Instant now) {
    return chronological().stream()
        .filter(e -> !e.start().toInstant().isAfter(now) && e.end().toInstant().isAfter(now))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the bijeenkomsten that ended at or before the instant, most recent first.
   *
   * @throws NullPointerException if now is null
   */
  public List<Event> past(Instant now) {
    List<Event> past = chronological().stream().filter(e -> !e.end().toInstant().isAfter(now))
        .collect(Collectors.toList());
    java.util.Collections.reverse(past);
    return List.copyOf(past);
  }

  /**
   * Returns the first bijeenkomst that starts after the instant: the first of {@link #upcoming(Instant)}.
   *
   * @throws NullPointerException if now is null
   */
  public Optional<Event> next(Instant now) {
    return upcoming(now).stream().findFirst();
  }

  /**
   * Returns the bijeenkomst with the id.
   *
   * @throws NullPointerException if id is null
   */
  public Optional<Event> event(String id) {
    return events().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.uniqueIds("#FIELD_CALENDAR_EVENTS", events(), Event::id);
    rules.done();
  }
}
