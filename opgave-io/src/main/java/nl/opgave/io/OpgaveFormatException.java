package nl.opgave.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;

/**
 * Thrown when a document cannot be read: it names the place of every problem (source, line, column, JSON
 * Pointer), what is wrong and what was expected there.
 */
public final class OpgaveFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates the exception for the problems found, at least one.
   *
   * @throws IllegalArgumentException if problems is empty
   */
  public OpgaveFormatException(List<Problem> problems) {
    super(message(problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem found, in document order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder text = new StringBuilder();
    for (Problem problem : problems) {
      if (text.length() > 0) {
        text.append(System.lineSeparator());
      }
      text.append(problem);
    }
    return text.toString();
  }

  /**
   * One problem of a document: where it is (source, line, column, JSON Pointer), its stable code and the arguments
   * its message names. {@link #message()} and {@link #expected()} are the English text; {@link #render(Locale)}
   * gives the whole line in Dutch or English.
   *
   * @param source the file or stream name, "community.json"
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param pointer the JSON Pointer of the bad value ("" for the whole document); for CSV the pointer into the
   *     list of rows read, "/3/organisation"
   * @param code the stable code, {@link ProblemCode#TEXT} for a problem given as text only
   * @param arguments the values the message names, in the order of the code's template
   */
  public record Problem(String source, int line, int column, String pointer, ProblemCode code,
      List<String> arguments) {
    /**
     * Checks the parts and copies the arguments.
     *
     * @throws NullPointerException if a part is null
     */
    public Problem {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(code, "code");
      arguments = List.copyOf(arguments);
    }

    /**
     * Creates a problem at this place with this code and arguments.
     *
     * @throws NullPointerException if a part is null
     */
    public Problem(String source, int line, int column, String pointer, ProblemMessage message) {
      this(source, line, column, pointer, message.code(), message.arguments());
    }

    /**
     * Creates a problem given as text only (code {@link ProblemCode#TEXT}), the same in every language.
     *
     * @throws NullPointerException if a part is null
     */
    public Problem(String source, int line, int column, String pointer, String message, String expected) {
      this(source, line, column, pointer, ProblemCode.TEXT, List.of(message, expected));
    }

    /** Creates a problem given as text only whose message says it all. */
    public Problem(String source, int line, int column, String pointer, String message) {
      this(source, line, column, pointer, message, "");
    }

    /** Returns what is wrong, in English: "found a number". */
    public String message() {
      return code.message(arguments, Locale.ENGLISH);
    }

    /** Returns what is wrong, in Dutch for a Dutch locale, else in English. */
    public String message(Locale locale) {
      return code.message(arguments, locale);
    }

    /** Returns what was expected there, in English, "a string"; empty when the message says it all. */
    public String expected() {
      return code.expected(arguments, Locale.ENGLISH);
    }

    /** Returns what was expected there, in Dutch for a Dutch locale, else in English; may be empty. */
    public String expected(Locale locale) {
      return code.expected(arguments, locale);
    }

    /** Returns the code and arguments without the place. */
    public ProblemMessage problemMessage() {
      return new ProblemMessage(code, arguments);
    }

    /**
     * Returns the same problem at another line and column.
     *
     * @throws IllegalArgumentException if line or column is negative
     */
    public Problem at(int newLine, int newColumn) {
      if (newLine < 0 || newColumn < 0) {
        throw new IllegalArgumentException("line and column must not be negative, but were " + newLine + " and "
            + newColumn);
      }
      return new Problem(source, newLine, newColumn, pointer, code, arguments);
    }

    /**
     * Returns the problem as the command line prints it, {@code FILE:line:col: /json/pointer: message; expected
     * X}, in Dutch for a Dutch locale ("verwacht"), else in English; line breaks become spaces.
     */
    public String render(Locale locale) {
      String expectedText = expected(locale);
      String text = source + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "/" : pointer) + ": "
          + message(locale) + (expectedText.isEmpty() ? ""
          : (ProblemCode.isDutch(locale) ? "; verwacht " : "; expected ") + expectedText);
      return text.replace('\r', ' ').replace('\n', ' ');
    }

    /** Returns the problem as the command line prints it in English. */
    @Override
    public String toString() {
      return render(Locale.ENGLISH);
    }
  }
}
