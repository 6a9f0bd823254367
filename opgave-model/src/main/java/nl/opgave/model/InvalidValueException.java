package nl.opgave.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown when a value of the model is built from input that breaks one of its rules; the message names the
 * field, the offending value and, where it has one, the owner's id. Each problem also has a stable code and
 * arguments ({@link #details()}), for a message in Dutch.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The messages of the generated builders' null checks: "title", "tables element", "votes value for key: m". */
  private static final Pattern NULL_MESSAGE = Pattern.compile(
      "([A-Za-z][A-Za-z0-9]*)(| element| key| value for key: (.*))", Pattern.DOTALL);

  private final List<ProblemMessage> details;

  /**
   * Creates the exception for one problem.
   *
   * @param problem what is wrong, naming the field and the value
   */
  public InvalidValueException(String problem) {
    this(List.of(describe(problem)), true);
  }

  /**
   * Creates the exception for required attributes that were not set; called by generated builders.
   *
   * @param missing the names of the attributes that were not set
   */
  public InvalidValueException(String... missing) {
    this(List.of(ProblemMessage.of(ProblemCode.REQUIRED_NOT_SET, String.join(", ", missing))), true);
  }

  /**
   * Creates the exception for several problems found at once.
   *
   * @param problems what is wrong, one entry per problem, never empty
   */
  public InvalidValueException(List<String> problems) {
    this(texts(problems), true);
  }

  private InvalidValueException(List<ProblemMessage> details, boolean copied) {
    super(join(details));
    this.details = copied ? details : List.copyOf(details);
  }

  /**
   * Creates the exception for problems with codes and arguments.
   *
   * @throws NullPointerException if details or one of them is null
   */
  public static InvalidValueException of(List<ProblemMessage> details) {
    return new InvalidValueException(List.copyOf(details), true);
  }

  /**
   * Creates the exception for one problem with a code and its arguments.
   *
   * @throws NullPointerException if code is null
   */
  public static InvalidValueException of(ProblemCode code, Object... arguments) {
    return of(List.of(ProblemMessage.of(code, arguments)));
  }

  /** Returns every problem found, in English, in the order they were found. */
  public List<String> problems() {
    List<String> texts = new ArrayList<>(details.size());
    details.forEach(d -> texts.add(d.message()));
    return List.copyOf(texts);
  }

  /** Returns every problem found with its code and arguments, in the order they were found. */
  public List<ProblemMessage> details() {
    return details;
  }

  private static String join(List<ProblemMessage> details) {
    StringBuilder text = new StringBuilder();
    for (ProblemMessage detail : details) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(detail.message(Locale.ENGLISH));
    }
    return text.toString();
  }

  private static List<ProblemMessage> texts(List<String> problems) {
    List<ProblemMessage> details = new ArrayList<>(problems.size());
    for (String problem : problems) {
      details.add(ProblemMessage.of(ProblemCode.MODEL_RULE, problem));
    }
    return List.copyOf(details);
  }

  private static ProblemMessage describe(String problem) {
    Matcher generated = problem == null ? null : NULL_MESSAGE.matcher(problem);
    if (generated == null || !generated.matches()) {
      return ProblemMessage.of(ProblemCode.MODEL_RULE, String.valueOf(problem));
    }
    String field = generated.group(1);
    switch (generated.group(2)) {
      case "":
        return ProblemMessage.of(ProblemCode.NULL_VALUE, field);
      case " element":
        return ProblemMessage.of(ProblemCode.NULL_ELEMENT, field);
      case " key":
        return ProblemMessage.of(ProblemCode.NULL_MAP_KEY, field);
      default:
        return ProblemMessage.of(ProblemCode.NULL_MAP_VALUE, field, "'" + generated.group(3) + "'");
    }
  }
}
