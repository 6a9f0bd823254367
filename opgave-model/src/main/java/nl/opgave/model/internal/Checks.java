package nl.opgave.model.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.opgave.model.InvalidValueException;

/** Preconditions shared by the value types of opgave; every failure names the field and the value. */
public final class Checks {
  /** What an id is, for messages: "1-100 letters, digits, ...". */
  public static final String ID_RULE = "1-100 letters, digits, '.', '_', ':' or '-' starting with a letter or digit";
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]{0,99}");
  private static final boolean[] LATIN1_LETTER_OR_NUMBER = latin1LettersAndNumbers();

  private Checks() {}

  public static String id(String field, String value) {
    String problem = idProblem(field, value);
    if (problem != null) {
      throw new InvalidValueException(problem);
    }
    return value;
  }

  static String idProblem(String field, String value) {
    if (isId(value)) {
      return null;
    }
    return field + " must be " + ID_RULE + ", but was " + quote(value);
  }

  /** Returns true if {@link #id} accepts the value: for building a field name only when it does not. */
  public static boolean isId(String value) {
    return value != null && (isPlainId(value) || ID.matcher(value).matches());
  }

  /** Returns true if {@link #text(String, String, int)} accepts the value. */
  public static boolean isText(String value, int maxLength) {
    return isPlainText(value, maxLength);
  }

  /** The pattern ID without a regex for text without surrogates; false sends the rest to the regex. */
  private static boolean isPlainId(String value) {
    int length = value.length();
    if (length == 0 || length > 100 || !isLetterOrNumber(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isLetterOrNumber(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrNumber(char c) {
    if (c < 0x100) {
      return LATIN1_LETTER_OR_NUMBER[c];
    }
    if (Character.isSurrogate(c)) {
      return false;
    }
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  public static String text(String field, String value) {
    return text(field, value, 10_000);
  }

  public static String text(String field, String value, int maxLength) {
    if (isPlainText(value, maxLength)) {
      return value;
    }
    String problem = textProblem(field, value, maxLength);
    if (problem != null) {
      throw new InvalidValueException(problem);
    }
    return value;
  }

  static String textProblem(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return field + " must not be blank, but was " + quote(value);
    }
    if (!value.strip().equals(value)) {
      return field + " must not start or end with white space, but was " + quote(value);
    }
    if (value.length() > maxLength) {
      return field + " must be at most " + maxLength + " characters, but has " + value.length();
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        return field + " must not contain control character U+" + String.format("%04X", (int) c) + " (at index " + i
            + "), but was " + quote(value);
      }
    }
    return null;
  }

  private static boolean isPlainText(String value, int maxLength) {
    if (value == null) {
      return false;
    }
    int length = value.length();
    if (length == 0 || length > maxLength || isSpace(value.charAt(0)) || isSpace(value.charAt(length - 1))) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if ((c < ' ' && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
        return false;
      }
    }
    return true;
  }

  private static boolean[] latin1LettersAndNumbers() {
    boolean[] table = new boolean[0x100];
    for (char c = 0; c < 0x100; c++) {
      int type = Character.getType(c);
      table[c] = Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
          || type == Character.OTHER_NUMBER;
    }
    return table;
  }

  private static boolean isSpace(char c) {
    return c <= ' ' || (c >= 0x7f && Character.isWhitespace(c));
  }

  public static int positive(String field, int value) {
    if (value <= 0) {
      throw new InvalidValueException(positiveProblem(field, value));
    }
    return value;
  }

  static String positiveProblem(String field, int value) {
    return field + " must be positive, but was " + value;
  }

  public static int nonNegative(String field, int value) {
    if (value < 0) {
      throw new InvalidValueException(nonNegativeProblem(field, value));
    }
    return value;
  }

  static String nonNegativeProblem(String field, int value) {
    return field + " must not be negative, but was " + value;
  }

  public static void check(boolean condition, String problem) {
    if (!condition) {
      throw new InvalidValueException(problem);
    }
  }

  public static <T> void uniqueIds(String field, Collection<T> values, Function<T, String> id) {
    String problem = uniqueIdsProblem(field, values, id);
    if (problem != null) {
      throw new InvalidValueException(problem);
    }
  }

  static <T> String uniqueIdsProblem(String field, Collection<T> values, Function<T, String> id) {
    Set<String> seen = new HashSet<>(values.size() * 4 / 3 + 1);
    for (T value : values) {
      String key = id.apply(value);
      if (!seen.add(key)) {
        return field + " contains the id " + quote(key) + " twice";
      }
    }
    return null;
  }

  public static void none(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
  }

  public static String quote(Object value) {
    if (value == null) {
      return "null";
    }
    String text = value.toString();
    if (text.length() > 80) {
      text = text.substring(0, 77) + "...";
    }
    return "'" + text + "'";
  }
}
