package nl.opgave.io;

import java.time.Instant;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
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

  /**
   * Reads "2025-03-04T10:00:00+01:00" (a fraction of 1-9 digits, 'Z' for UTC) from the start of the text to end
   * without a formatter; null for any other shape or an impossible value, which the ISO formatter then reports.
   */
  static OffsetDateTime offsetDateTime(String text, int end) {
    if (end < 20 || text.length() < end || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1 || hour > 23
        || minute > 59 || second > 59 || day > 28 && day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    int at = 19;
    int nano = 0;
    if (text.charAt(at) == '.') {
      int from = ++at;
      while (at < end && at - from < 9 && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
        nano = nano * 10 + text.charAt(at++) - '0';
      }
      if (at == from) {
        return null;
      }
      for (int i = at - from; i < 9; i++) {
        nano *= 10;
      }
    }
    ZoneOffset offset;
    if (at == end - 1 && text.charAt(at) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (at == end - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-') && text.charAt(at + 3) == ':') {
      int hours = digits(text, at + 1, 2);
      int minutes = digits(text, at + 4, 2);
      if ((hours | minutes) < 0 || hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
        return null;
      }
      int seconds = hours * 3600 + minutes * 60;
      offset = ZoneOffset.ofTotalSeconds(text.charAt(at) == '-' ? -seconds : seconds);
    } else {
      return null;
    }
    return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + c - '0';
    }
    return value;
  }

  /** "2025-03-04T10:00:00+01:00[Europe/Amsterdam]" (RFC 9557). */
  static String zoned(ZonedDateTime time) {
    return ZONED.format(time);
  }

  /** "2025-03-04T12:30:00Z". */
  static String instant(Instant instant) {
    return INSTANT.format(instant.atOffset(ZoneOffset.UTC));
  }
}
