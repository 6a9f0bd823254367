package nl.opgave.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.doelenboom.Target;

/**
 * An outline item's target: a trailing "[10 speelbossen]" or "[10 speelbossen uiterlijk 2030-12-31]" after white
 * space; "\[" before such a bracket keeps it as text.
 */
final class OutlineTarget {
  private static final Pattern SHAPE = Pattern.compile(
      "\\[(\\d+(?:\\.\\d+)?) ([^\\[\\]\\s](?:[^\\[\\]]*?[^\\[\\]\\s])??)(?: uiterlijk (\\d{4}-\\d{2}-\\d{2}))?\\]");

  final String text;
  final Target target;
  final OutlineError error;
  final String[] args;
  final int errorAt;

  private OutlineTarget(String text, Target target, OutlineError error, int errorAt, String... args) {
    this.text = text;
    this.target = target;
    this.error = error;
    this.errorAt = errorAt;
    this.args = args;
  }

  static OutlineTarget split(String item) {
    int open = targetBracket(item);
    if (open < 0) {
      return new OutlineTarget(item, null, null, 0);
    }
    if (item.charAt(open - 1) == '\\') {
      return new OutlineTarget(item.substring(0, open - 1) + item.substring(open), null, null, 0);
    }
    Matcher m = SHAPE.matcher(item.substring(open));
    m.matches();
    String written = m.group();
    if (new BigDecimal(m.group(1)).signum() == 0) {
      return new OutlineTarget(null, null, OutlineError.TARGET_NOT_POSITIVE, open, written);
    }
    Target.Builder target = Target.builder().quantity(new BigDecimal(m.group(1))).unit(m.group(2));
    if (m.group(3) != null) {
      try {
        target.deadline(LocalDate.parse(m.group(3)));
      } catch (DateTimeParseException e) {
        return new OutlineTarget(null, null, OutlineError.TARGET_DATE, open, written, m.group(3));
      }
    }
    try {
      return new OutlineTarget(item.substring(0, open).stripTrailing(), target.build(), null, 0);
    } catch (InvalidValueException e) {
      return new OutlineTarget(null, null, OutlineError.TARGET_UNIT, open, written);
    }
  }

  static String write(String text, Optional<Target> target) {
    if (target.isPresent()) {
      return text + " [" + target.get().label() + "]";
    }
    int open = targetBracket(text);
    return open < 0 ? text : text.substring(0, open) + "\\" + text.substring(open);
  }

  static boolean writable(Target target) {
    OutlineTarget read = split(write("x", Optional.of(target)));
    return target.equals(read.target);
  }

  private static int targetBracket(String text) {
    int open = text.lastIndexOf('[');
    if (open <= 0 || !text.endsWith("]") || !SHAPE.matcher(text.substring(open)).matches()) {
      return -1;
    }
    char before = text.charAt(open - 1);
    return Character.isWhitespace(before) || before == '\\' ? open : -1;
  }
}
