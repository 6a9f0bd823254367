package nl.opgave.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opgave.io.internal.TokenStreamException;

/** Turns Jackson's parse errors into our words: no class names, no source descriptions, no getter names. */
final class JacksonErrors {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'",
      Pattern.DOTALL);
  private static final Pattern SOURCE = Pattern.compile("\\s*\\(?\\[Source: [^\\]]*\\]\\)?");
  private static final Pattern CODE = Pattern.compile(" \\(code \\d+\\)");
  private static final Pattern CONSTRAINT = Pattern.compile(" \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
      Pattern.DOTALL);

  private JacksonErrors() {}

  /** Returns the message and what was expected, for a JSON parse error. */
  static String[] describe(JsonProcessingException e, ReadLimits limits) {
    return describe(e.getOriginalMessage(), e instanceof StreamConstraintsException, limits);
  }

  /** Returns the message and what was expected, for a parse error under the token reader. */
  static String[] describe(TokenStreamException e, ReadLimits limits) {
    return describe(e.originalMessage(), e.constraint(), limits);
  }

  private static String[] describe(String originalMessage, boolean constraint, ReadLimits limits) {
    String original = originalMessage == null ? "" : originalMessage;
    if (constraint) {
      return new String[] {constraint(original, limits), ""};
    }
    Matcher duplicate = DUPLICATE.matcher(original);
    if (duplicate.find()) {
      return new String[] {"the field " + JsonIn.quote(duplicate.group(1)) + " appears twice", "each field once"};
    }
    String message = original;
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    message = SOURCE.matcher(message).replaceAll("");
    message = CODE.matcher(message).replaceAll("");
    if (message.startsWith("Unexpected end-of-input")) {
      return new String[] {message.contains("close marker")
          ? "the document ends before all its objects and arrays are closed" : "the document ends too early",
          "the rest of the JSON document"};
    }
    if (message.contains("UTF-8") || message.contains("UTF8")) {
      return new String[] {"invalid UTF-8" + detail(message), "text encoded as UTF-8"};
    }
    if (message.isBlank()) {
      message = "malformed JSON";
    }
    return new String[] {"malformed JSON: " + lowerFirst(message), "well-formed JSON (RFC 8259)"};
  }

  private static String constraint(String original, ReadLimits limits) {
    if (original.startsWith("Document nesting depth")) {
      return "objects and arrays are nested deeper than " + limits.maxDepth() + " levels (the read limit)";
    }
    if (original.startsWith("String value length")) {
      return "a string is longer than " + limits.maxStringLength() + " characters (the read limit)";
    }
    if (original.startsWith("Number value length")) {
      return "a number is longer than " + limits.maxNumberLength() + " characters (the read limit)";
    }
    if (original.startsWith("Name length")) {
      return "a field name is longer than " + limits.maxNameLength() + " characters (the read limit)";
    }
    if (original.startsWith("Document length")) {
      return "the document is larger than " + limits.maxDocumentBytes() + " bytes (the read limit)";
    }
    Matcher matcher = CONSTRAINT.matcher(original);
    String limit = matcher.find() ? " of " + matcher.group(1) : "";
    return "the document exceeds a read limit" + limit;
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
