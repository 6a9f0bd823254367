package nl.opgave.model;

import java.util.List;

/**
 * Thrown when a value of the model is built from input that breaks one of its rules; the message names the
 * field, the offending value and, where it has one, the owner's id.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Creates the exception for one problem.
   *
   * @param problem what is wrong, naming the field and the value
   */
  public InvalidValueException(String problem) {
    this(List.of(describe(problem)));
  }

  /**
   * Creates the exception for required attributes that were not set; called by generated builders.
   *
   * @param missing the names of the attributes that were not set
   */
  public InvalidValueException(String... missing) {
    this(List.of("required field(s) not set: " + String.join(", ", missing)));
  }

  /**
   * Creates the exception for several problems found at once.
   *
   * @param problems what is wrong, one entry per problem, never empty
   */
  public InvalidValueException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem found, in the order they were found. */
  public List<String> problems() {
    return problems;
  }

  private static String describe(String problem) {
    if (problem != null && problem.matches("[A-Za-z][A-Za-z0-9]*")) {
      return problem + " must not be null";
    }
    return String.valueOf(problem);
  }
}
