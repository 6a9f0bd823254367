package nl.opgave.io;

import java.util.List;

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
   * One problem of a document.
   *
   * @param source the file or stream name, "community.json"
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param pointer the JSON Pointer of the bad value ("" for the whole document); for CSV the pointer into the
   *     list of rows read, "/3/organisation"
   * @param message what is wrong, "found a number"
   * @param expected what was expected there, "a string"; empty when the message says it all
   */
  public record Problem(String source, int line, int column, String pointer, String message, String expected) {
    /** Creates a problem whose message says it all. */
    public Problem(String source, int line, int column, String pointer, String message) {
      this(source, line, column, pointer, message, "");
    }

    /** Returns the problem as the command line prints it: {@code FILE:line:col: /json/pointer: message}. */
    @Override
    public String toString() {
      return source + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message
          + (expected.isEmpty() ? "" : "; expected " + expected);
    }
  }
}
