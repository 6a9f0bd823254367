package nl.opgave.model.community;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A bijeenkomst of a series: number, title, time in Europe/Amsterdam, place, host and programme. */
@Value.Immutable
abstract class EventDef implements Comparable<Event> {
  /** The zone every bijeenkomst is planned in. */
  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** The stable id, "opgavebeweging-3". */
  public abstract String id();

  /** The series, "Opgavebeweging". */
  public abstract String series();

  /** The number within the series, from 1. */
  public abstract int number();

  /** The title. */
  public abstract String title();

  /** When it starts, in Europe/Amsterdam. */
  public abstract ZonedDateTime start();

  /** When it ends (exclusive), in Europe/Amsterdam. */
  public abstract ZonedDateTime end();

  /** The place, "Provincie Zuid-Holland, Den Haag". */
  public abstract String location();

  /** The id of the host organisation, if known. */
  public abstract Optional<String> hostOrganisationId();

  /** The programme; empty when not yet known. */
  @Value.Default
  public Programme programme() {
    return Programme.builder().build();
  }

  /** Returns the length of the bijeenkomst. */
  public Duration length() {
    return Duration.between(start(), end());
  }

  /**
   * Returns the programme laid out from the start, with any overrun against the end; durations are elapsed time,
   * also across a daylight saving change.
   */
  public Timetable timetable() {
    return programme().timetable(start(), Optional.of(end()));
  }

  /** Orders by start, then series, number and id. */
  @Override
  public int compareTo(Event other) {
    int c = start().toInstant().compareTo(other.start().toInstant());
    if (c == 0) {
      c = series().compareTo(other.series());
    }
    if (c == 0) {
      c = Integer.compare(number(), other.number());
    }
    if (c == 0) {
      c = id().compareTo(other.id());
    }
    return c;
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_EVENT_ID", id());
    String event = Checks.quote(id());
    rules.text(Checks.term(ProblemCode.LABEL_EVENT, event, "#FIELD_SERIES"), series(), 200);
    rules.positive(Checks.term(ProblemCode.LABEL_EVENT, event, "#FIELD_NUMBER"), number());
    rules.text(Checks.term(ProblemCode.LABEL_EVENT, event, "#FIELD_TITLE"), title(), 500);
    rules.text(Checks.term(ProblemCode.LABEL_EVENT, event, "#FIELD_LOCATION"), location(), 500);
    hostOrganisationId().ifPresent(o -> rules.id(Checks.term(ProblemCode.LABEL_EVENT, event,
        "#FIELD_HOST_ORGANISATION"), o));
    rules.check(start().getZone().equals(AMSTERDAM), ProblemCode.EVENT_ZONE, event, "#FIELD_START", start());
    rules.check(end().getZone().equals(AMSTERDAM), ProblemCode.EVENT_ZONE, event, "#FIELD_END", end());
    rules.check(end().isAfter(start()), ProblemCode.EVENT_END_BEFORE_START, event, end(), start());
    rules.check(start().toLocalDate().equals(end().toLocalDate()), ProblemCode.EVENT_OTHER_DAY, event, end(), start());
    rules.done();
  }
}
