package nl.opgave.io;

import java.util.List;
import java.util.Locale;
import nl.opgave.model.ProblemCode;

/** The stable kinds of outline problems, each with an English and a Dutch message from {@link ProblemCode}. */
public enum OutlineError {
  /** A tab character anywhere on a line. */
  TAB,
  /** An indent that is not a multiple of two spaces. */
  ODD_INDENT,
  /** The first item is indented. */
  FIRST_INDENTED,
  /** An indent deeper than one level below the item above. */
  SKIPPED_LEVEL,
  /** An item at the fourth level. */
  FOURTH_LEVEL,
  /** A line that does not start with "- ". */
  MISSING_BULLET,
  /** A dash not followed by a space. */
  MISSING_SPACE,
  /** A bullet without text. */
  EMPTY_ITEM,
  /** An item longer than the limit. */
  TOO_LONG,
  /** A control character in an item. */
  CONTROL_CHARACTER,
  /** Bytes that are not UTF-8. */
  INVALID_UTF8;

  /** Returns the library-wide code, whose table holds the messages. */
  public ProblemCode problemCode() {
    return this == INVALID_UTF8 ? ProblemCode.OUTLINE_INVALID_UTF8 : ProblemCode.valueOf(name());
  }

  String message(List<String> args, Locale locale) {
    return problemCode().message(args, locale);
  }
}
