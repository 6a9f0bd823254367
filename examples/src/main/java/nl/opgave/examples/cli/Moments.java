package nl.opgave.examples.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import nl.opgave.model.community.Event;

/** Reads the moment a --now option names: a date, a local date-time, or a date-time with offset or zone. */
final class Moments {
  private Moments() {}

  static ZonedDateTime parse(String option, String value, Lang lang) {
    String text = value.strip();
    try {
      return ZonedDateTime.parse(text).withZoneSameInstant(Event.AMSTERDAM);
    } catch (DateTimeParseException e) {
      // not with offset or zone; try the local forms
    }
    try {
      return LocalDateTime.parse(text).atZone(Event.AMSTERDAM);
    } catch (DateTimeParseException e) {
      // not a local date-time; try a date
    }
    try {
      return LocalDate.parse(text).atStartOfDay(Event.AMSTERDAM);
    } catch (DateTimeParseException e) {
      throw new UserException(lang.pick(option + " '" + value + "' is geen moment; gebruik een datum (2025-03-04),"
          + " datum en tijd (2025-03-04T13:30) of met zone (2025-03-04T13:30+01:00[Europe/Amsterdam])",
          option + " '" + value + "' is not a moment; use a date (2025-03-04), date and time (2025-03-04T13:30)"
          + " or with zone (2025-03-04T13:30+01:00[Europe/Amsterdam])"));
    }
  }
}
