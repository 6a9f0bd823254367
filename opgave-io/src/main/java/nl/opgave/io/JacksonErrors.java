package nl.opgave.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opgave.io.internal.TokenStreamException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;

/** Turns Jackson's parse errors into our words: no class names, no source descriptions, no getter names. */
final class JacksonErrors {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'",
      Pattern.DOTALL);
  private static final Pattern SOURCE = Pattern.compile("\\s*\\(?\\[Source: [^\\]]*\\]\\)?");
  private static final Pattern CODE = Pattern.compile(" \\(code \\d+\\)");
  private static final Pattern CONSTRAINT = Pattern.compile(" \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
      Pattern.DOTALL);

  private JacksonErrors() {}

  /** Returns the problem, for a JSON parse error. */
  static ProblemMessage describe(JsonProcessingException e, ReadLimits limits) {
    return describe(e.getOriginalMessage(), e instanceof StreamConstraintsException, limits);
  }

  /** Returns the problem, for a parse error under the token reader. */
  static ProblemMessage describe(TokenStreamException e, ReadLimits limits) {
    return describe(e.originalMessage(), e.constraint(), limits);
  }

  private static ProblemMessage describe(String originalMessage, boolean constraint, ReadLimits limits) {
    String original = originalMessage == null ? "" : originalMessage;
    if (constraint) {
      return constraint(original, limits);
    }
    Matcher duplicate = DUPLICATE.matcher(original);
    if (duplicate.find()) {
      return ProblemMessage.of(ProblemCode.JSON_FIELD_TWICE, JsonIn.quote(duplicate.group(1)));
    }
    String message = original;
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    message = SOURCE.matcher(message).replaceAll("");
    message = CODE.matcher(message).replaceAll("");
    if (message.startsWith("Unexpected end-of-input")) {
      return ProblemMessage.of(message.contains("close marker") ? ProblemCode.JSON_ENDS_OPEN
          : ProblemCode.JSON_ENDS_EARLY);
    }
    if (message.contains("UTF-8") || message.contains("UTF8")) {
      return ProblemMessage.of(ProblemCode.JSON_INVALID_UTF8, detail(message));
    }
    return ProblemMessage.of(ProblemCode.JSON_MALFORMED, message.isBlank() ? "" : ": " + lowerFirst(message));
  }

  private static ProblemMessage constraint(String original, ReadLimits limits) {
    if (original.startsWith("Document nesting depth")) {
      return ProblemMessage.of(ProblemCode.JSON_TOO_DEEP, limits.maxDepth());
    }
    if (original.startsWith("String value length")) {
      return ProblemMessage.of(ProblemCode.STRING_TOO_LONG, limits.maxStringLength());
    }
    if (original.startsWith("Number value length")) {
      return ProblemMessage.of(ProblemCode.JSON_NUMBER_TOO_LONG, limits.maxNumberLength());
    }
    if (original.startsWith("Name length")) {
      return ProblemMessage.of(ProblemCode.JSON_NAME_TOO_LONG, limits.maxNameLength());
    }
    if (original.startsWith("Document length")) {
      return ProblemMessage.of(ProblemCode.JSON_TOO_LARGE, limits.maxDocumentBytes());
    }
    Matcher matcher = CONSTRAINT.matcher(original);
    return ProblemMessage.of(ProblemCode.JSON_LIMIT, matcher.find() ? " of " + matcher.group(1) : "");
  }

  private static String detail(String message) {
    int colon = message.indexOf(':');
    return colon < 0 ? "" : ":" + lowerFirst(message.substring(colon + 1));
  }

  private static String lowerFirst(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return trimmed;
    }
    return trimmed.length() > 1 && Character.isUpperCase(trimmed.charAt(1))
        ? trimmed : Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
  }
}
