package nl.opgave.io;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import nl.opgave.model.community.Calendar;
import nl.opgave.model.community.Event;
import nl.opgave.model.community.ProgrammeItem;

/**
 * Writes a calendar as iCalendar (RFC 5545) for calendar clients: CRLF line ends, lines folded at 75 octets
 * without splitting a UTF-8 sequence, escaped TEXT, {@code METHOD:PUBLISH}, a UID per event that stays the same
 * from one export to the next, and Europe/Amsterdam times with a VTIMEZONE that matches their TZID.
 *
 * <p>Nothing depends on a clock: the caller passes the DTSTAMP. Instances are immutable and thread-safe.
 */
public final class ICalendarWriter {
  /** Europe/Amsterdam as the EU rules have defined it since 1996: CEST from the last Sunday of March to the last Sunday of October. */
  private static final String AMSTERDAM_VTIMEZONE = String.join("\r\n",
      "BEGIN:VTIMEZONE",
      "TZID:Europe/Amsterdam",
      "BEGIN:DAYLIGHT",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0200",
      "TZNAME:CEST",
      "DTSTART:19970330T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "TZOFFSETFROM:+0200",
      "TZOFFSETTO:+0100",
      "TZNAME:CET",
      "DTSTART:19961027T030000",
      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
      "END:STANDARD",
      "END:VTIMEZONE") + "\r\n";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Instant RULES_FROM = Instant.parse("1996-10-27T01:00:00Z");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final ICalendarWriter STANDARD = new ICalendarWriter("-//opgave//opgave-io//NL", "opgave",
      "Opgavebeweging");

  private final String prodId;
  private final String uidDomain;
  private final String calendarName;

  private ICalendarWriter(String prodId, String uidDomain, String calendarName) {
    this.prodId = prodId;
    this.uidDomain = uidDomain;
    this.calendarName = calendarName;
  }

  /** Returns the standard writer: PRODID {@code -//opgave//opgave-io//NL}, UIDs {@code <event id>@opgave}. */
  public static ICalendarWriter standard() {
    return STANDARD;
  }

  /**
   * Returns this writer with another PRODID.
   *
   * @throws IllegalArgumentException if prodId is blank or has a line break
   */
  public ICalendarWriter withProdId(String newProdId) {
    return new ICalendarWriter(oneLine("prodId", newProdId), uidDomain, calendarName);
  }

  /**
   * Returns this writer with another domain after the '@' of each UID, such as the portal's host name.
   *
   * @throws IllegalArgumentException if the domain is blank or has a line break
   */
  public ICalendarWriter withUidDomain(String domain) {
    return new ICalendarWriter(prodId, oneLine("uidDomain", domain), calendarName);
  }

  /**
   * Returns this writer with another calendar name (X-WR-CALNAME).
   *
   * @throws IllegalArgumentException if the name is blank or has a line break
   */
  public ICalendarWriter withCalendarName(String name) {
    return new ICalendarWriter(prodId, uidDomain, oneLine("calendarName", name));
  }

  /**
   * Returns the calendar as iCalendar text, events in the calendar's order.
   *
   * @param dtstamp when the export was made; written as every event's DTSTAMP
   * @throws NullPointerException if an argument is null
   */
  public String write(Calendar calendar, Instant dtstamp) {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(dtstamp, "dtstamp");
    StringBuilder out = new StringBuilder(1024 + calendar.events().size() * 512);
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:" + text(prodId));
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text(calendarName));
    line(out, "X-WR-TIMEZONE:Europe/Amsterdam");
    if (calendar.events().stream().anyMatch(ICalendarWriter::usesTzid)) {
      out.append(AMSTERDAM_VTIMEZONE);
    }
    String stamp = UTC.format(dtstamp);
    for (Event event : calendar.events()) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + text(event.id() + "@" + uidDomain));
      line(out, "DTSTAMP:" + stamp);
      line(out, "DTSTART" + time(event, event.start()));
      line(out, "DTEND" + time(event, event.end()));
      line(out, "SUMMARY:" + text(event.title()));
      line(out, "LOCATION:" + text(event.location()));
      line(out, "DESCRIPTION:" + text(description(event)));
      line(out, "CATEGORIES:" + text(event.series()));
      line(out, "TRANSP:OPAQUE");
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /**
   * Returns the calendar as iCalendar bytes, UTF-8 encoded.
   *
   * @throws NullPointerException if an argument is null
   */
  public byte[] writeBytes(Calendar calendar, Instant dtstamp) {
    return write(calendar, dtstamp).getBytes(StandardCharsets.UTF_8);
  }

  private static boolean usesTzid(Event event) {
    return event.start().getZone().equals(AMSTERDAM) && !event.start().toInstant().isBefore(RULES_FROM);
  }

  private static String time(Event event, ZonedDateTime time) {
    boolean ambiguous = !time.withEarlierOffsetAtOverlap().getOffset().equals(time.getOffset());
    return usesTzid(event) && !ambiguous ? ";TZID=Europe/Amsterdam:" + LOCAL.format(time)
        : ":" + UTC.format(time.toInstant());
  }

  private static String description(Event event) {
    StringBuilder text = new StringBuilder(event.series()).append(' ').append(event.number());
    LocalTime at = event.start().toLocalTime();
    for (ProgrammeItem item : event.programme().items()) {
      text.append('\n').append(CLOCK.format(at)).append(' ').append(item.title());
      item.speaker().ifPresent(s -> text.append(" (").append(s).append(')'));
      at = at.plus(item.duration());
    }
    return text.toString();
  }

  /** Escapes TEXT (RFC 5545 section 3.3.11): backslash, semicolon, comma and line breaks. */
  static String text(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\':
          escaped.append("\\\\");
          break;
        case ';':
          escaped.append("\\;");
          break;
        case ',':
          escaped.append("\\,");
          break;
        case '\r':
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            i++;
          }
          escaped.append("\\n");
          break;
        case '\n':
          escaped.append("\\n");
          break;
        default:
          escaped.append(Character.isISOControl(c) && c != '\t' ? ' ' : c);
      }
    }
    return escaped.toString();
  }

  /** Appends the content line folded at 75 octets (never inside a UTF-8 sequence), ended by CRLF. */
  static void line(StringBuilder out, String line) {
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }

  private static String oneLine(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(field + " must be one non-blank line, but was '" + value + "'");
    }
    return value;
  }
}
