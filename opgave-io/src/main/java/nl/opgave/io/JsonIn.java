package nl.opgave.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.io.internal.JsonTokens;
import nl.opgave.io.internal.Token;
import nl.opgave.io.internal.TokenStreamException;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.internal.Checks;

/** A strict cursor over JSON tokens: tracks the JSON Pointer, collects problems, resolves id references. */
final class JsonIn {
  static final String DATE_TIME_EXAMPLE = "an ISO-8601 date-time with offset and zone, "
      + "2025-03-04T10:00:00+01:00[Europe/Amsterdam]";
  static final String INSTANT_EXAMPLE = "an ISO-8601 date-time with offset, 2025-03-04T12:30:00Z";

  private final JsonTokens parser;
  private final String source;
  private final boolean lenient;
  private final ReadLimits limits;
  private final List<Problem> problems;
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private boolean[] arrays = new boolean[16];
  private Fields[] fields = new Fields[16];
  private long[] seen = new long[16];
  private int[] next = new int[16];
  private int depth;
  private final Map<String, Scope> scopes = new HashMap<>();
  private final Map<String, Ids> shared = new HashMap<>();
  private boolean skipMirrored;
  private ZoneId zone;

  JsonIn(JsonTokens parser, String source, boolean lenient, ReadLimits limits) {
    this(parser, source, lenient, limits, new ArrayList<>());
  }

  private JsonIn(JsonTokens parser, String source, boolean lenient, ReadLimits limits, List<Problem> problems) {
    this.parser = parser;
    this.source = source;
    this.lenient = lenient;
    this.limits = limits;
    this.problems = problems;
  }

  /**
   * Leaves the id checks that the model makes itself ({@link #declareMirrored}, {@link #referMirrored}) to the
   * model: a fast first pass over a document; a second pass with them reports the problems with their pointers.
   */
  JsonIn skipMirrored(boolean skip) {
    this.skipMirrored = skip;
    return this;
  }

  /** Returns a cursor over another parser that reports its problems here. */
  JsonIn nested(JsonTokens other) {
    return new JsonIn(other, source, lenient, limits, problems);
  }

  /** Takes over the problems of an earlier cursor over the same document. */
  void adopt(JsonIn earlier) {
    problems.addAll(earlier.problems);
  }

  /** Reports a parse error of Jackson's in our words, at its location and the current pointer. */
  void parseError(TokenStreamException e, ReadLimits readLimits) {
    ProblemMessage described = JacksonErrors.describe(e, readLimits);
    long location = e.hasLocation() ? e.location() : parser.location();
    int line = line(location);
    int column = column(location);
    problems.add(new Problem(source, line, column, pointer(Math.max(depth, 0)), described));
  }

  JsonTokens parser() {
    return parser;
  }

  String source() {
    return source;
  }

  /** Moves to the first token; an empty document is a problem that stops reading. */
  void start() throws IOException {
    if (parser.nextToken() == null) {
      problem(ProblemMessage.of(ProblemCode.JSON_EMPTY));
      throw Stop.INSTANCE;
    }
  }

  /** After the root value: anything but the end of input is a problem. */
  void end() throws IOException {
    if (parser.nextToken() != null) {
      problem(ProblemMessage.of(ProblemCode.JSON_TRAILING));
    }
  }

  // ---------------------------------------------------------------- structure

  /** Enters the object at the current token, or reports the wrong type and skips it (returns null). */
  Mark object(String expected) throws IOException {
    if (parser.currentToken() != Token.START_OBJECT) {
      wrongType(expected);
      return null;
    }
    Mark mark = new Mark(depth, skipMirrored ? Mark.NOWHERE : parser.tokenLocation(), problems.size());
    Fields named = fields[depth];
    if (named == null) {
      fields[depth] = new Fields();
    } else {
      named.reset();
    }
    seen[depth] = 0;
    next[depth] = 0;
    push(null);
    return mark;
  }

  /** Moves to the value of the next field and returns its name, or leaves the object and returns null. */
  String field() throws IOException {
    String name = parser.nextFieldName();
    if (name != null) {
      names[depth - 1] = name;
      if (!fields[depth - 1].add(name)) {
        duplicate(name);
      }
      parser.nextToken();
      if (!skipMirrored) {
        fields[depth - 1].locate(name, parser.tokenLocation());
      }
      return name;
    }
    depth--;
    return null;
  }

  /**
   * Moves to the value of the next field and returns its name, the known one's own instance, or leaves the object
   * and returns null; reads the known fields by their bytes while they come in their order.
   */
  String field(FieldNames known) throws IOException {
    int at = depth - 1;
    int expected = next[at];
    int index;
    String name;
    if (expected < known.size() && parser.nextFieldName(known.serialized(expected))) {
      index = expected;
      name = known.name(index);
    } else {
      name = expected < known.size() ? parser.currentToken() == Token.FIELD_NAME ? parser.currentName() : null
          : parser.nextFieldName();
      if (name == null) {
        depth--;
        return null;
      }
      index = known.indexOf(name);
    }
    names[at] = name;
    if (index >= 0) {
      long bit = 1L << index;
      if ((seen[at] & bit) != 0) {
        duplicate(name);
      }
      seen[at] |= bit;
      next[at] = index + 1;
      name = known.name(index);
    } else if (!fields[at].add(name)) {
      duplicate(name);
    }
    parser.nextToken();
    if (!skipMirrored) {
      fields[at].locate(name, parser.tokenLocation());
    }
    return name;
  }

  /** Enters the array at the current token, or reports the wrong type and skips it (returns false). */
  boolean array(String expected) throws IOException {
    if (parser.currentToken() != Token.START_ARRAY) {
      wrongType(expected);
      return false;
    }
    push(null);
    indexes[depth - 1] = -1;
    arrays[depth - 1] = true;
    return true;
  }

  /** Moves to the next element and returns true, or leaves the array and returns false. */
  boolean element() throws IOException {
    if (parser.nextToken() == Token.END_ARRAY) {
      depth--;
      return false;
    }
    int index = ++indexes[depth - 1];
    if (index >= limits.maxCollectionSize()) {
      problem(ProblemMessage.of(ProblemCode.JSON_TOO_MANY_ELEMENTS, limits.maxCollectionSize()));
      throw Stop.INSTANCE;
    }
    return true;
  }

  /** Reports an unknown field (or skips it in lenient mode) and skips its value. */
  void unknown(String name, String known) throws IOException {
    boolean envelope = depth == 1 && ("format".equals(name) || "version".equals(name));
    if (!lenient && !envelope) {
      problem(ProblemMessage.of(ProblemCode.JSON_UNKNOWN_FIELD, quote(name), known));
    }
    skip();
  }

  /** Skips the value at the current token; a field that appears twice in it is still a problem that stops. */
  void skip() throws IOException {
    Token token = parser.currentToken();
    if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
      return;
    }
    List<Set<String>> open = new ArrayList<>();
    open.add(token == Token.START_OBJECT ? new HashSet<>() : null);
    while (!open.isEmpty()) {
      token = parser.nextToken();
      if (token == null) {
        return;
      }
      switch (token) {
        case FIELD_NAME:
          if (!open.get(open.size() - 1).add(parser.currentName())) {
            duplicate(parser.currentName());
          }
          break;
        case START_OBJECT:
          open.add(new HashSet<>());
          break;
        case START_ARRAY:
          open.add(null);
          break;
        case END_OBJECT:
        case END_ARRAY:
          open.remove(open.size() - 1);
          break;
        default:
          break;
      }
    }
  }

  private void duplicate(String name) {
    problem(ProblemMessage.of(ProblemCode.JSON_FIELD_TWICE, quote(name)));
    throw Stop.INSTANCE;
  }

  private void push(String name) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
      arrays = Arrays.copyOf(arrays, depth * 2);
      fields = Arrays.copyOf(fields, depth * 2);
      seen = Arrays.copyOf(seen, depth * 2);
      next = Arrays.copyOf(next, depth * 2);
    }
    arrays[depth] = false;
    names[depth++] = name;
  }

  // ---------------------------------------------------------------- values

  String string() throws IOException {
    if (parser.currentToken() == Token.VALUE_STRING) {
      return parser.text();
    }
    wrongType("a string");
    return null;
  }

  /** A string that, when it is one of the ids, is that id's own instance. */
  String string(Ids ids) throws IOException {
    if (parser.currentToken() == Token.VALUE_STRING) {
      String id = ids.find(parser.textCharacters(), parser.textOffset(), parser.textLength());
      return id != null ? id : parser.text();
    }
    wrongType("a string");
    return null;
  }

  /** The ids of a small scope whose references share the ids' strings (in every mode, unlike the scopes). */
  Ids shared(String scope) {
    return shared.computeIfAbsent(scope, k -> new Ids());
  }

  Integer integer() throws IOException {
    if (parser.currentToken() == Token.VALUE_NUMBER_INT
        && parser.integerSize() == JsonTokens.Size.INT) {
      return parser.intValue();
    }
    if (parser.currentToken() == Token.VALUE_NUMBER_INT) {
      problem(ProblemMessage.of(ProblemCode.JSON_INTEGER_TOO_LARGE, parser.text(), Integer.MIN_VALUE,
          Integer.MAX_VALUE));
      return null;
    }
    wrongType("an integer");
    return null;
  }

  Long longValue() throws IOException {
    if (parser.currentToken() == Token.VALUE_NUMBER_INT
        && parser.integerSize() != JsonTokens.Size.BIG) {
      return parser.longValue();
    }
    if (parser.currentToken() == Token.VALUE_NUMBER_INT) {
      problem(ProblemMessage.of(ProblemCode.JSON_INTEGER_TOO_LARGE, parser.text(), Long.MIN_VALUE,
          Long.MAX_VALUE));
      return null;
    }
    wrongType("an integer");
    return null;
  }

  /** A decimal number of at most 18 digits before and 9 after the point, written as a plain JSON number. */
  BigDecimal decimal() throws IOException {
    Token token = parser.currentToken();
    if (token != Token.VALUE_NUMBER_INT && token != Token.VALUE_NUMBER_FLOAT) {
      wrongType("a number");
      return null;
    }
    String text = parser.text();
    if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      problem(ProblemMessage.of(ProblemCode.JSON_EXPONENT, text));
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    if (value.scale() > 9 || value.precision() - value.scale() > 18) {
      problem(ProblemMessage.of(ProblemCode.JSON_TOO_MANY_DIGITS, text));
      return null;
    }
    return value;
  }

  Boolean bool() throws IOException {
    Token token = parser.currentToken();
    if (token == Token.VALUE_TRUE || token == Token.VALUE_FALSE) {
      return token == Token.VALUE_TRUE;
    }
    wrongType("true or false");
    return null;
  }

  Double doubleValue() throws IOException {
    Token token = parser.currentToken();
    if (token != Token.VALUE_NUMBER_INT && token != Token.VALUE_NUMBER_FLOAT) {
      wrongType("a number");
      return null;
    }
    double value = parser.doubleValue();
    if (!Double.isFinite(value)) {
      problem(ProblemMessage.of(ProblemCode.JSON_OUT_OF_RANGE, parser.text()));
      return null;
    }
    return value;
  }

  LocalTime localTime() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      problem(ProblemMessage.of(ProblemCode.JSON_NOT_A_TIME, quote(text)));
      return null;
    }
  }

  LocalDate localDate() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(ProblemMessage.of(ProblemCode.JSON_NOT_A_DATE, quote(text)));
      return null;
    }
  }

  <E extends Enum<E>> E token(EnumTokens<E> tokens) throws IOException {
    if (parser.currentToken() != Token.VALUE_STRING) {
      wrongType("a string");
      return null;
    }
    E value = tokens.parse(parser.textCharacters(), parser.textOffset(), parser.textLength());
    if (value == null) {
      problem(ProblemMessage.of(ProblemCode.JSON_UNKNOWN_VALUE, quote(parser.text()), tokens.known()));
    }
    return value;
  }

  ZonedDateTime zonedDateTime() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    int bracket = text.indexOf('[');
    if (bracket < 0 || !text.endsWith("]")) {
      problem(ProblemMessage.of(ProblemCode.JSON_NO_ZONE, quote(text)));
      return null;
    }
    try {
      OffsetDateTime offsetTime = Times.offsetDateTime(text, bracket);
      if (offsetTime == null) {
        offsetTime = OffsetDateTime.parse(text.substring(0, bracket));
      }
      ZoneId zone = zone(text, bracket + 1, text.length() - 1);
      LocalDateTime local = offsetTime.toLocalDateTime();
      ZoneOffset offset = offsetTime.getOffset();
      if (!zone.getRules().isValidOffset(local, offset)) {
        problem(ProblemMessage.of(ProblemCode.JSON_OFFSET_NOT_IN_ZONE, offset, zone, local));
        return null;
      }
      return ZonedDateTime.ofStrict(local, offset, zone);
    } catch (DateTimeException e) {
      problem(ProblemMessage.of(ProblemCode.JSON_NOT_A_ZONED_DATE_TIME, quote(text)));
      return null;
    }
  }

  private ZoneId zone(String text, int from, int to) {
    ZoneId last = zone;
    if (last == null || last.getId().length() != to - from || !text.startsWith(last.getId(), from)) {
      last = ZoneId.of(text.substring(from, to));
      zone = last;
    }
    return last;
  }

  Instant instant() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      OffsetDateTime time = Times.offsetDateTime(text, text.length());
      return (time == null ? OffsetDateTime.parse(text) : time).toInstant();
    } catch (DateTimeParseException e) {
      problem(ProblemMessage.of(ProblemCode.JSON_NOT_AN_INSTANT, quote(text)));
      return null;
    }
  }

  Duration duration() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      problem(ProblemMessage.of(ProblemCode.JSON_NOT_A_DURATION, quote(text)));
      return null;
    }
  }

  URI uri() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      problem(ProblemMessage.of(ProblemCode.JSON_NOT_A_URI, quote(text)));
      return null;
    }
  }

  // ---------------------------------------------------------------- problems

  /** Reports a problem at the current value. */
  void problem(String message, String expected) {
    problem(ProblemMessage.of(ProblemCode.TEXT, message, expected));
  }

  /** Reports a problem at the current value. */
  void problem(ProblemMessage message) {
    long location = parser.tokenLocation();
    add(new Problem(source, line(location), column(location), pointer(depth), message));
  }

  /** Reports a problem at the object of the mark. */
  void problem(Mark mark, String message, String expected) {
    problem(mark, ProblemMessage.of(ProblemCode.TEXT, message, expected));
  }

  /** Reports a problem at the object of the mark. */
  void problem(Mark mark, ProblemMessage message) {
    int line = mark.location == Mark.NOWHERE ? 0 : line(mark.location);
    int column = mark.location == Mark.NOWHERE ? 0 : column(mark.location);
    add(new Problem(source, line, column, pointer(mark.depth), message));
  }

  void missing(Mark mark, String field, String expected) {
    String word = word(expected);
    problem(mark, word == null ? ProblemMessage.of(ProblemCode.JSON_MISSING_FIELD_DESCRIBED, quote(field), expected)
        : ProblemMessage.of(ProblemCode.JSON_MISSING_FIELD, quote(field), word));
  }

  /** Reports a problem at the given place. */
  void problem(int line, int column, String pointer, String message, String expected) {
    add(new Problem(source, line, column, pointer, message, expected));
  }

  /** Reports a problem at the given place. */
  void problem(int line, int column, String pointer, ProblemMessage message) {
    add(new Problem(source, line, column, pointer, message));
  }

  private void add(Problem problem) {
    problems.add(problem);
    if (problems.size() >= limits.maxProblems()) {
      throw Stop.INSTANCE;
    }
  }

  private void wrongType(String expected) throws IOException {
    String word = word(expected);
    problem(word == null
        ? ProblemMessage.of(ProblemCode.JSON_WRONG_TYPE_DESCRIBED, describe(parser.currentToken()), expected)
        : ProblemMessage.of(ProblemCode.JSON_WRONG_TYPE, describe(parser.currentToken()), word));
    skip();
  }

  /** Returns the table's word ("#WORD_STRING") for an expectation the readers share, or null. */
  private static String word(String expected) {
    switch (expected) {
      case "a string":
        return "#WORD_STRING";
      case "an integer":
        return "#WORD_INTEGER";
      case "a number":
        return "#WORD_NUMBER";
      case "true or false":
        return "#WORD_TRUE_OR_FALSE";
      case "an object":
        return "#WORD_OBJECT";
      case "an array":
        return "#WORD_ARRAY";
      default:
        return null;
    }
  }

  /**
   * Returns the field of the object of the mark that a model problem names, or null: the label itself ("name"), or
   * its English words' last part after ": ", "." or a space ("event 'e1': title", "event.id", "programme item
   * title").
   */
  private String fieldOf(Mark mark, ProblemMessage detail) {
    switch (detail.code()) {
      case NOT_AN_ID:
      case TEXT_BLANK:
      case TEXT_SPACE_AROUND:
      case TEXT_TOO_LONG:
      case TEXT_CONTROL:
      case NOT_POSITIVE:
      case NEGATIVE:
      case NULL_VALUE:
        Fields named = mark.location == Mark.NOWHERE ? null : fields[mark.depth];
        if (named == null) {
          return null;
        }
        String label = ProblemCode.TEXT.message(List.of(detail.arguments().get(0), ""), Locale.ENGLISH);
        for (String field : new String[] {label, after(label, ": "), after(label, "."), after(label, " ")}) {
          if (field != null && named.location(field) != Mark.NOWHERE) {
            return field;
          }
        }
        return null;
      default:
        return null;
    }
  }

  private static String after(String label, String separator) {
    int at = label.lastIndexOf(separator);
    return at < 0 ? null : label.substring(at + separator.length());
  }

  /** Returns the pointer of the object of the mark. */
  String pointer(Mark mark) {
    return pointer(mark.depth);
  }

  /** Returns true if no problem was found since the mark. */
  boolean clean(Mark mark) {
    return problems.size() == mark.problems;
  }

  /** Builds the value of the object at the mark if it is clean; maps the model's rules to problems there. */
  <T> T build(Mark mark, Supplier<T> builder) {
    if (mark == null || !clean(mark)) {
      return null;
    }
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      for (ProblemMessage detail : e.details()) {
        String field = fieldOf(mark, detail);
        if (field == null) {
          problem(mark, detail);
        } else {
          long at = fields[mark.depth].location(field);
          add(new Problem(source, line(at), column(at), pointer(mark.depth) + "/"
              + field.replace("~", "~0").replace("/", "~1"), detail));
        }
      }
      return null;
    }
  }

  List<Problem> problems() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt((Problem p) -> p.line() <= 0 ? Integer.MAX_VALUE : p.line())
        .thenComparingInt(Problem::column));
    if (sorted.size() >= limits.maxProblems()) {
      Problem last = problems.get(problems.size() - 1);
      sorted.add(new Problem(source, last.line(), last.column(), last.pointer(),
          ProblemMessage.of(ProblemCode.STOPPED, limits.maxProblems())));
    }
    return sorted;
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  String pointer() {
    return pointer(depth);
  }

  private String pointer(int upTo) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < upTo; i++) {
      if (arrays[i]) {
        pointer.append('/').append(Math.max(indexes[i], 0));
      } else if (names[i] != null) {
        pointer.append('/').append(names[i].replace("~", "~0").replace("/", "~1"));
      } else {
        break;
      }
    }
    return pointer.toString();
  }

  static int line(long location) {
    return Math.max(JsonTokens.line(location), 0);
  }

  static int column(long location) {
    return JsonTokens.line(location) > 0 ? Math.max(JsonTokens.column(location), 1) : 0;
  }

  static int line(JsonLocation location) {
    return Math.max(location.getLineNr(), 0);
  }

  static int column(JsonLocation location) {
    return location.getLineNr() > 0 ? Math.max(location.getColumnNr(), 1) : 0;
  }

  static String oneLine(String text) {
    StringBuilder line = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        line.append(String.format("\\u%04x", c));
      } else {
        line.appendCodePoint(c);
      }
    });
    return line.toString();
  }

  static String quote(String text) {
    if (text.length() > 60) {
      text = text.substring(0, 57) + "...";
    }
    return "'" + oneLine(text) + "'";
  }

  private static String describe(Token token) {
    if (token == null) {
      return "#WORD_NOTHING";
    }
    switch (token) {
      case START_OBJECT:
        return "#WORD_OBJECT";
      case START_ARRAY:
        return "#WORD_ARRAY";
      case VALUE_STRING:
        return "#WORD_STRING";
      case VALUE_NUMBER_INT:
        return "#WORD_INTEGER";
      case VALUE_NUMBER_FLOAT:
        return "#WORD_FRACTION";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "#WORD_BOOLEAN";
      case VALUE_NULL:
        return "#WORD_NULL";
      default:
        return "#WORD_UNEXPECTED";
    }
  }

  // ---------------------------------------------------------------- references

  /** Declares an id the model also checks for uniqueness (see {@link #skipMirrored}). */
  void declareMirrored(String scope, String id) {
    if (!skipMirrored) {
      declare(scope, id);
    }
  }

  /** Refers to an id the model also checks (see {@link #skipMirrored}). */
  void referMirrored(String scope, String id) {
    if (!skipMirrored) {
      refer(scope, id);
    }
  }

  /** Declares a key the model also checks for uniqueness that is not an id (a glossary label). */
  void declareMirroredKey(String scope, String key) {
    if (!skipMirrored) {
      key(scope, key);
    }
  }

  /**
   * Declares an id at the current value in the scope; a second declaration is a problem. In the pass that reports
   * problems (see {@link #skipMirrored}) so is an id the model refuses, so that no other problem of its object hides it.
   */
  void declare(String scope, String id) {
    if (!skipMirrored && id != null && !Checks.isId(id)) {
      problem(ProblemMessage.of(ProblemCode.JSON_NOT_AN_ID, quote(id)));
    }
    key(scope, id);
  }

  private void key(String scope, String key) {
    if (key != null && !scope(scope).ids.add(key)) {
      problem(ProblemMessage.of(ProblemCode.JSON_ID_TWICE, quote(key)));
    }
  }

  /** Refers at the current value to an id of the scope: checked now if the scope is closed, else when it is. */
  void refer(String scope, String id) {
    if (id == null) {
      return;
    }
    Scope target = scope(scope);
    if (target.closed) {
      if (!target.ids.contains(id)) {
        problem(ProblemMessage.of(ProblemCode.JSON_NAMES_NOTHING, quote(id), target.noun, target.where));
      }
    } else {
      long location = parser.tokenLocation();
      target.pending.add(new Pending(id, line(location), column(location), pointer()));
    }
  }

  /** Closes the scope: its ids are all known; checks every reference made so far. */
  void close(String scope, String noun, String where) {
    if (skipMirrored && !scopes.containsKey(scope)) {
      return;
    }
    Scope target = scope(scope);
    target.closed = true;
    target.noun = noun;
    target.where = where;
    for (Pending pending : target.pending) {
      if (!target.ids.contains(pending.id)) {
        add(new Problem(source, pending.line, pending.column, pending.pointer,
            ProblemMessage.of(ProblemCode.JSON_NAMES_NOTHING, quote(pending.id), noun, where)));
      }
    }
    target.pending.clear();
  }

  private Scope scope(String name) {
    return scopes.computeIfAbsent(name, k -> new Scope());
  }

  /** The field names seen in one object: a short list, a set for objects with many fields. */
  private static final class Fields {
    private final String[] few = new String[8];
    private int count;
    private Set<String> many;

    private Map<String, Long> locations;

    void locate(String name, long location) {
      if (locations == null) {
        locations = new HashMap<>();
      }
      locations.putIfAbsent(name, location);
    }

    long location(String name) {
      Long location = locations == null ? null : locations.get(name);
      return location == null ? Mark.NOWHERE : location;
    }

    void reset() {
      locations = null;
      count = 0;
      many = null;
    }

    boolean add(String name) {
      if (many != null) {
        return many.add(name);
      }
      for (int i = 0; i < count; i++) {
        if (few[i].equals(name)) {
          return false;
        }
      }
      if (count == few.length) {
        many = new HashSet<>(Arrays.asList(few));
        return many.add(name);
      }
      few[count++] = name;
      return true;
    }
  }

  /** The start of an object being read. */
  static final class Mark {
    static final long NOWHERE = Long.MIN_VALUE;
    final int depth;
    final long location;
    final int problems;

    Mark(int depth, long location, int problems) {
      this.depth = depth;
      this.location = location;
      this.problems = problems;
    }
  }

  private static final class Scope {
    final Set<String> ids = new HashSet<>();
    final List<Pending> pending = new ArrayList<>();
    boolean closed;
    String noun = "";
    String where = "";
  }

  private static final class Pending {
    final String id;
    final int line;
    final int column;
    final String pointer;

    Pending(String id, int line, int column, String pointer) {
      this.id = id;
      this.line = line;
      this.column = column;
      this.pointer = pointer;
    }
  }

  /** Ends reading: a fatal problem was found, or too many. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Stop INSTANCE = new Stop();

    private Stop() {
      super("stop", null, false, false);
    }
  }
}
