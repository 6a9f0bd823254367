package nl.opgave.model.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;

/** Preconditions shared by the value types of opgave; every failure names the field and the value. */
public final class Checks {
  /** What an id is, for messages: "1-100 letters, digits, ...". */
  public static final String ID_RULE = "1-100 letters, digits, '.', '_', ':' or '-' starting with a letter or digit";
  private static final boolean[] LATIN1_LETTER_OR_NUMBER = latin1LettersAndNumbers();

  private Checks() {}

  /** The id pattern, compiled on first use: only ids outside Latin-1 or invalid ones need it. */
  private static final class IdPattern {
    static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]{0,99}");
  }

  public static String id(String field, String value) {
    ProblemMessage problem = idProblem(field, value);
    if (problem != null) {
      throw InvalidValueException.of(List.of(problem));
    }
    return value;
  }

  static ProblemMessage idProblem(String field, String value) {
    if (isId(value)) {
      return null;
    }
    return ProblemMessage.of(ProblemCode.NOT_AN_ID, field, quote(value));
  }

  /** Returns true if {@link #id} accepts the value: for building a field name only when it does not. */
  /** Returns an argument that renders as the code with the arguments, in the language of the problem. */
  public static String term(ProblemCode code, Object... arguments) {
    StringBuilder term = new StringBuilder("#").append(code.name());
    for (Object argument : arguments) {
      String text = String.valueOf(argument);
      term.append('\u001F');
      if (text.startsWith("#")) {
        boolean nested = text.indexOf('\u001F') >= 0;
        term.append(nested ? "\u0002" : "").append(text).append(nested ? "\u0003" : "");
      } else {
        term.append(text.replace('\u001F', '\u241F').replace('\u0002', '\u2402').replace('\u0003', '\u2403'));
      }
    }
    return term.toString();
  }

  public static boolean isId(String value) {
    return value != null && (isPlainId(value) || IdPattern.ID.matcher(value).matches());
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
    ProblemMessage problem = textProblem(field, value, maxLength);
    if (problem != null) {
      throw InvalidValueException.of(List.of(problem));
    }
    return value;
  }

  static ProblemMessage textProblem(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return ProblemMessage.of(ProblemCode.TEXT_BLANK, field, quote(value));
    }
    if (!value.strip().equals(value)) {
      return ProblemMessage.of(ProblemCode.TEXT_SPACE_AROUND, field, quote(value));
    }
    if (value.length() > maxLength) {
      return ProblemMessage.of(ProblemCode.TEXT_TOO_LONG, field, maxLength, value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        return ProblemMessage.of(ProblemCode.TEXT_CONTROL, field, String.format("%04X", (int) c), i, quote(value));
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
      throw InvalidValueException.of(List.of(positiveProblem(field, value)));
    }
    return value;
  }

  static ProblemMessage positiveProblem(String field, int value) {
    return ProblemMessage.of(ProblemCode.NOT_POSITIVE, field, value);
  }

  public static int nonNegative(String field, int value) {
    if (value < 0) {
      throw InvalidValueException.of(List.of(nonNegativeProblem(field, value)));
    }
    return value;
  }

  static ProblemMessage nonNegativeProblem(String field, int value) {
    return ProblemMessage.of(ProblemCode.NEGATIVE, field, value);
  }

  public static void check(boolean condition, String problem) {
    if (!condition) {
      throw new InvalidValueException(problem);
    }
  }

  public static void check(boolean condition, ProblemCode code, Object... arguments) {
    if (!condition) {
      throw InvalidValueException.of(code, arguments);
    }
  }

  public static <T> void uniqueIds(String field, Collection<T> values, Function<T, String> id) {
    ProblemMessage problem = uniqueIdsProblem(field, values, id);
    if (problem != null) {
      throw InvalidValueException.of(List.of(problem));
    }
  }

  static <T> ProblemMessage uniqueIdsProblem(String field, Collection<T> values, Function<T, String> id) {
    Set<String> seen = new HashSet<>(values.size() * 4 / 3 + 1);
    for (T value : values) {
      String key = id.apply(value);
      if (!seen.add(key)) {
        return ProblemMessage.of(ProblemCode.ID_TWICE, field, quote(key));
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
