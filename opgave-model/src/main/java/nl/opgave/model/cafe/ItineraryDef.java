package nl.opgave.model.cafe;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** Where one participant sits round by round. */
@Value.Immutable
abstract class ItineraryDef {
  /** The participant. */
  @Value.Parameter
  public abstract Participant participant();

  /** One stop per round, in round order. */
  @Value.Parameter
  public abstract List<Stop> stops();

  /** Returns the itinerary as lines, one per round, in Dutch or, for English locales, in English. */
  public String text(Locale locale) {
    return stops().stream().map(s -> s.text(locale)).collect(Collectors.joining("\n"));
  }
}
