package nl.opgave.spring.boot;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.jackson3.OpgaveJacksonException;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns opgave's errors into RFC 9457 problem details: a type, a title, a status, a detail and the extension
 * member {@code problems}, which lists every problem with its pointer, line, column, code (a
 * {@link ProblemCode} name) and message; the title, the detail and every message in Dutch for a Dutch locale
 * ({@link ProblemCode#isDutch}), else in English.
 */
public final class OpgaveProblemDetails {
  /** The type of an unreadable document: malformed JSON, a wrong field, a broken rule. */
  public static final URI INVALID_DOCUMENT = URI.create("urn:opgave:problem:invalid-document");
  /** The type of a value that breaks a rule of the model. */
  public static final URI INVALID_VALUE = URI.create("urn:opgave:problem:invalid-value");
  /** The type of a request body larger than the read limit. */
  public static final URI TOO_LARGE = URI.create("urn:opgave:problem:document-too-large");
  /** The name of the extension member that lists the problems. */
  public static final String PROBLEMS = "problems";

  private OpgaveProblemDetails() {}

  /** Returns the problem details of an unreadable document: 400, every problem listed, in the locale's language. */
  public static ProblemDetail of(OpgaveFormatException exception, Locale locale) {
    return unreadable(exception.problems(), locale);
  }

  /**
   * Returns the problem details of a value that breaks the model's rules: 400, every broken rule listed, in the
   * locale's language.
   */
  public static ProblemDetail of(InvalidValueException exception, Locale locale) {
    List<Map<String, Object>> problems = new ArrayList<>();
    for (ProblemMessage message : exception.details()) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("code", message.code().name());
      problem.put("message", message.message(locale));
      problems.add(problem);
    }
    return details(HttpStatus.BAD_REQUEST, INVALID_VALUE, text(locale, "Ongeldige waarde", "Invalid value"),
        problems, locale);
  }

  /**
   * Returns the problem details of JSON that Jackson 3 could not read or bind: 400, with the place Jackson
   * reports (its message Jackson's own, in English); an {@link OpgaveJacksonException} with every problem it
   * carries, in the locale's language.
   */
  public static ProblemDetail of(JacksonException exception, Locale locale) {
    OpgaveJacksonException ours = find(exception, OpgaveJacksonException.class);
    if (ours != null) {
      return unreadable(ours.problems(), locale);
    }
    OpgaveFormatException format = find(exception, OpgaveFormatException.class);
    if (format != null) {
      return of(format, locale);
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("pointer", pointer(exception.getPath()));
    TokenStreamLocation location = exception.getLocation();
    problem.put("line", location == null ? 0 : Math.max(0, location.getLineNr()));
    problem.put("column", location == null ? 0 : Math.max(0, location.getColumnNr()));
    String message = exception.getOriginalMessage();
    problem.put("code", ProblemCode.TEXT.name());
    problem.put("message", message == null ? exception.getClass().getSimpleName() : message.lines().findFirst()
        .orElse(""));
    return details(HttpStatus.BAD_REQUEST, INVALID_DOCUMENT, unreadableTitle(locale), List.of(problem), locale);
  }

  /** Returns the problem details of a body larger than the limit: 413, in the locale's language. */
  public static ProblemDetail tooLarge(long limitBytes, Locale locale) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("pointer", "");
    ProblemMessage message = ProblemMessage.of(ProblemCode.FILE_TOO_LARGE, String.valueOf(limitBytes));
    problem.put("code", message.code().name());
    problem.put("message", message.message(locale));
    return details(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, text(locale, "Document te groot", "Document too large"),
        List.of(problem), locale);
  }

  private static ProblemDetail unreadable(List<OpgaveFormatException.Problem> found, Locale locale) {
    List<Map<String, Object>> problems = new ArrayList<>();
    found.forEach(p -> problems.add(problem(p, locale)));
    return details(HttpStatus.BAD_REQUEST, INVALID_DOCUMENT, unreadableTitle(locale), problems, locale);
  }

  private static String unreadableTitle(Locale locale) {
    return text(locale, "Onleesbaar document", "Unreadable document");
  }

  private static String text(Locale locale, String dutch, String english) {
    return ProblemCode.isDutch(locale) ? dutch : english;
  }

  private static Map<String, Object> problem(OpgaveFormatException.Problem p, Locale locale) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("pointer", p.pointer());
    problem.put("line", p.line());
    problem.put("column", p.column());
    problem.put("code", p.code().name());
    problem.put("message", p.message(locale));
    String expected = p.expected(locale);
    if (!expected.isEmpty()) {
      problem.put("expected", expected);
    }
    problem.put("source", p.source());
    return problem;
  }

  private static ProblemDetail details(HttpStatus status, URI type, String title,
      List<Map<String, Object>> problems, Locale locale) {
    ProblemDetail detail = ProblemDetail.forStatus(status);
    detail.setType(type);
    detail.setTitle(title);
    Map<String, Object> first = problems.get(0);
    String where = String.valueOf(first.getOrDefault("pointer", ""));
    String text = (where.isEmpty() ? "" : where + ": ") + first.get("message");
    detail.setDetail(problems.size() == 1 ? text
        : problems.size() + text(locale, " problemen; de eerste: ", " problems; the first: ") + text);
    detail.setProperty(PROBLEMS, problems);
    return detail;
  }

  private static String pointer(List<JacksonException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : path) {
      pointer.append('/');
      if (reference.getPropertyName() != null) {
        pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
      } else if (reference.getIndex() >= 0) {
        pointer.append(reference.getIndex());
      } else {
        pointer.append('-');
      }
    }
    return pointer.toString();
  }

  static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
