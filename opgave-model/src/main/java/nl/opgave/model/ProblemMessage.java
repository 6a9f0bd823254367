package nl.opgave.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What is wrong, without where: a stable code and the arguments its message names (field, value, limit, ...),
 * rendered in English or Dutch from the one table, {@link ProblemCode}.
 *
 * @param code the stable code
 * @param arguments the values the message names, in the order of the code's template
 */
public record ProblemMessage(ProblemCode code, List<String> arguments) {
  /**
   * Checks the parts and copies the arguments.
   *
   * @throws NullPointerException if code or arguments is null
   */
  public ProblemMessage {
    Objects.requireNonNull(code, "code");
    arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
  }

  /**
   * Returns the message with these arguments.
   *
   * @throws NullPointerException if code or an argument is null
   */
  public static ProblemMessage of(ProblemCode code, Object... arguments) {
    String[] texts = new String[arguments.length];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = String.valueOf(arguments[i]);
    }
    return new ProblemMessage(code, List.of(texts));
  }

  /** Returns what is wrong, in English. */
  public String message() {
    return code.message(arguments, Locale.ENGLISH);
  }

  /** Returns what is wrong, in Dutch for a Dutch locale, else in English. */
  public String message(Locale locale) {
    return code.message(arguments, locale);
  }

  /** Returns what was expected, in English; empty when the message says it all. */
  public String expected() {
    return code.expected(arguments, Locale.ENGLISH);
  }

  /** Returns what was expected, in Dutch for a Dutch locale, else in English; empty when the message says it all. */
  public String expected(Locale locale) {
    return code.expected(arguments, locale);
  }

  /** Returns the English message. */
  @Override
  public String toString() {
    return message();
  }
}
