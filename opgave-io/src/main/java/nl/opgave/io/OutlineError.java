package nl.opgave.io;

import java.util.List;
import java.util.Locale;

/** The stable kinds of outline problems, each with an English and a Dutch message. */
public enum OutlineError {
  /** A tab character anywhere on a line. */
  TAB("tab character; indent with two spaces per level and use no tabs",
      "tabteken; spring in met twee spaties per niveau en gebruik geen tabs"),
  /** An indent that is not a multiple of two spaces. */
  ODD_INDENT("indent of %s spaces is not a multiple of two", "inspringing van %s spaties is geen veelvoud van twee"),
  /** The first item is indented. */
  FIRST_INDENTED("the first item must not be indented", "het eerste item mag niet inspringen"),
  /** An indent deeper than one level below the item above. */
  SKIPPED_LEVEL("indent skips a level: level %s follows level %s",
      "inspringing slaat een niveau over: niveau %s volgt op niveau %s"),
  /** An item at the fourth level. */
  FOURTH_LEVEL("a fourth level; an outline has three levels (droom, doel, project)",
      "een vierde niveau; een overzicht heeft drie niveaus (droom, doel, project)"),
  /** A line that does not start with "- ". */
  MISSING_BULLET("missing bullet: an item starts with '- '", "opsommingsteken ontbreekt: een item begint met '- '"),
  /** A dash not followed by a space. */
  MISSING_SPACE("missing space after the bullet '-'", "spatie na het opsommingsteken '-' ontbreekt"),
  /** A bullet without text. */
  EMPTY_ITEM("empty item: text must follow '- '", "leeg item: na '- ' moet tekst volgen"),
  /** An item longer than the limit. */
  TOO_LONG("item of %s characters; at most %s are allowed", "item van %s tekens; hooguit %s zijn toegestaan"),
  /** A control character in an item. */
  CONTROL_CHARACTER("control character U+%s", "stuurteken U+%s"),
  /** A target whose quantity is zero. */
  TARGET_NOT_POSITIVE("target %s: the quantity must be greater than zero (write \\[ for a bracket that is text)",
      "streefwaarde %s: het aantal moet groter dan nul zijn (schrijf \\[ voor een haak die tekst is)"),
  /** A target whose deadline is not a date. */
  TARGET_DATE("target %s: %s is not a date (yyyy-mm-dd)", "streefwaarde %s: %s is geen datum (jjjj-mm-dd)"),
  /** A target whose unit is too long. */
  TARGET_UNIT("target %s: the unit must be at most 200 characters", "streefwaarde %s: de eenheid mag hooguit 200"
      + " tekens hebben"),
  /** Bytes that are not UTF-8. */
  INVALID_UTF8("invalid UTF-8: byte 0x%s does not start a valid sequence",
      "ongeldige UTF-8: byte 0x%s begint geen geldige reeks");

  private final String english;
  private final String dutch;

  OutlineError(String english, String dutch) {
    this.english = english;
    this.dutch = dutch;
  }

  String message(List<String> args, Locale locale) {
    boolean nl = locale != null && "nl".equals(locale.getLanguage());
    return String.format(Locale.ROOT, nl ? dutch : english, args.toArray());
  }
}
