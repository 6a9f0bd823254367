package nl.opgave.io;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/** The one canonical text of each kind of time: seconds always, a fraction only when not zero. */
final class Times {
  private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral('T')
      .appendValue(ChronoField.HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
      .toFormatter();
  private static final DateTimeFormatter ZONED = new DateTimeFormatterBuilder()
      .append(LOCAL)
      .appendOffsetId()
      .appendLiteral('[')
      .appendZoneRegionId()
      .appendLiteral(']')
      .toFormatter();
  private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder()
      .append(LOCAL)
      .appendOffsetId()
      .toFormatter();

  private Times() {}

  /** "2025-03-04T10:00:00+01:00[Europe/Amsterdam]" (RFC 9557). */
  static String zoned(ZonedDateTime time) {
    return ZONED.format(time);
  }

  /** "2025-03-04T12:30:00Z". */
  static String instant(Instant instant) {
    return INSTANT.format(instant.atOffset(ZoneOffset.UTC));
  }
}
