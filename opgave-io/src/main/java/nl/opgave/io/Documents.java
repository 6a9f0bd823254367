package nl.opgave.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.io.internal.Jackson2Tokens;
import nl.opgave.io.internal.JsonName;
import nl.opgave.io.internal.JsonOut;
import nl.opgave.io.internal.JsonTokens;
import nl.opgave.io.internal.Token;
import nl.opgave.io.internal.TokenStreamException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;

/** Reads and writes documents: the envelope, version upgrades, and the type's codec for the body. */
final class Documents {
  private static final JsonName FORMAT = JsonName.of("format");
  private static final JsonName VERSION = JsonName.of("version");
  private static final String DOCUMENT = "a JSON object: an opgave document with 'format' and 'version'";

  private final List<DocumentType<?>> types;
  private final boolean lenient;
  private final ReadLimits limits;
  private final JsonFactory factory;
  private volatile ObjectMapper trees;

  Documents(List<DocumentType<?>> types, boolean lenient, ReadLimits limits) {
    this.types = List.copyOf(types);
    this.lenient = lenient;
    this.limits = limits;
    this.factory = readFactory(limits, false);
  }

  /** The mapper for documents of older versions, made on first use: most documents never need it. */
  private ObjectMapper trees() {
    ObjectMapper mapper = trees;
    if (mapper == null) {
      mapper = JsonMapper.builder(readFactory(limits)).build();
      trees = mapper;
    }
    return mapper;
  }

  static JsonFactory readFactory(ReadLimits limits) {
    return readFactory(limits, true);
  }

  /** Without Jackson's duplicate detection only for parsers that {@link JsonIn} reads: it finds them itself. */
  private static JsonFactory readFactory(ReadLimits limits, boolean detectDuplicates) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .maxDocumentLength(limits.maxDocumentBytes())
            .build())
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, detectDuplicates)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  static <T> void write(JsonOut out, DocumentType<T> type, T value) throws IOException {
    out.writeStartObject();
    out.writeFieldName(FORMAT);
    out.writeString(type.format());
    out.writeFieldName(VERSION);
    out.writeNumber(type.version());
    type.codec().writeBody(out, value);
    out.writeEndObject();
  }

  // ------------------------------------------------------------------ reading whole documents

  /** Reads a document of the expected type (any registered type when null); throws with every problem found. */
  Object read(byte[] bytes, String source, DocumentType<?> expected) {
    if (bytes.length > limits.maxDocumentBytes()) {
      throw new OpgaveFormatException(List.of(new Problem(source, 0, 0, "",
          ProblemMessage.of(ProblemCode.JSON_TOO_LARGE, limits.maxDocumentBytes()))));
    }
    if (notUtf8(bytes)) {
      throw new OpgaveFormatException(List.of(new Problem(source, 1, 1, "",
          ProblemMessage.of(ProblemCode.JSON_NOT_UTF8))));
    }
    Cursor fast = new Cursor(true);
    Object value = attempt(bytes, source, expected, fast);
    if (!fast.in.hasProblems()) {
      if (value == null) {
        throw new IllegalStateException("no value and no problem for " + source);
      }
      return value;
    }
    Cursor thorough = new Cursor(false);
    attempt(bytes, source, expected, thorough);
    throw new OpgaveFormatException(thorough.in.hasProblems() ? thorough.in.problems() : fast.in.problems());
  }

  private Object attempt(byte[] bytes, String source, DocumentType<?> expected, Cursor cursor) {
    try {
      return readChecked(bytes, source, expected, cursor);
    } catch (JsonIn.Stop stop) {
      return null;
    } catch (TokenStreamException e) {
      cursor.in.parseError(e, limits);
    } catch (JsonProcessingException e) {
      cursor.in.parseError(Jackson2Tokens.translate(e), limits);
    } catch (CharConversionException e) {
      cursor.in.problem(0, 0, "", ProblemMessage.of(ProblemCode.JSON_ENCODING));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  /** Jackson would read these as UTF-16 or UTF-32; RFC 8259 allows only UTF-8 between systems. */
  private static boolean notUtf8(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
        || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
      return true;
    }
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private Object readChecked(byte[] bytes, String source, DocumentType<?> expected, Cursor cursor)
      throws IOException {
    JsonIn in = cursor.open(new Jackson2Tokens(factory.createParser(bytes)), source, lenient, limits);
    in.start();
    JsonIn.Mark document = in.object(DOCUMENT);
    if (document == null) {
      throw JsonIn.Stop.INSTANCE;
    }
    if ("format".equals(in.field())) {
      DocumentType<?> type = type(in, expected);
      if ("version".equals(in.field())) {
        int version = version(in, type);
        if (version == type.version()) {
          Object value = type.codec().readBody(in, document);
          in.end();
          return value;
        }
        return upgrade(bytes, source, type, version, cursor);
      }
    }
    in = cursor.open(new Jackson2Tokens(factory.createParser(bytes)), source, lenient, limits);
    in.start();
    document = in.object(DOCUMENT);
    DocumentType<?> type = null;
    Integer version = null;
    boolean hasFormat = false;
    String field;
    while ((field = in.field()) != null) {
      if (field.equals("format")) {
        hasFormat = true;
        type = type(in, expected);
      } else if (field.equals("version")) {
        version = in.integer();
      } else {
        in.skip();
      }
    }
    in.end();
    if (!hasFormat) {
      in.missing(document, "format", "one of " + formats());
    }
    if (version == null) {
      in.missing(document, "version", "an integer, the document's version");
    }
    if (type == null || version == null) {
      throw JsonIn.Stop.INSTANCE;
    }
    checkVersion(in, document, type, version);
    if (version != type.version()) {
      return upgrade(bytes, source, type, version, cursor);
    }
    in = cursor.open(new Jackson2Tokens(factory.createParser(bytes)), source, lenient, limits);
    in.start();
    document = in.object(DOCUMENT);
    Object value = type.codec().readBody(in, document);
    in.end();
    return value;
  }

  private Object upgrade(byte[] bytes, String source, DocumentType<?> type, int version, Cursor cursor)
      throws IOException {
    JsonNode tree = trees().readTree(bytes);
    return readUpgraded((ObjectNode) tree, source, type, version, cursor);
  }

  private Object readUpgraded(ObjectNode tree, String source, DocumentType<?> type, int version, Cursor cursor)
      throws IOException {
    ObjectNode upgraded = tree;
    for (int v = version; v < type.version(); v++) {
      UnaryOperator<ObjectNode> step = type.upgrade(v);
      try {
        upgraded = step.apply(upgraded);
      } catch (RuntimeException e) {
        cursor.in.problem(0, 0, "", "cannot upgrade this version " + v + " document to version " + (v + 1)
            + ": " + e.getMessage(), "a valid version " + v + " document");
        throw JsonIn.Stop.INSTANCE;
      }
    }
    upgraded.put("version", type.version());
    JsonIn in = cursor.open(new Jackson2Tokens(trees().treeAsTokens(upgraded)), source, lenient, limits);
    in.start();
    JsonIn.Mark document = in.object(DOCUMENT);
    Object value = type.codec().readBody(in, document);
    in.end();
    return value;
  }

  private DocumentType<?> type(JsonIn in, DocumentType<?> expected) throws IOException {
    String format = in.string();
    if (format == null) {
      throw JsonIn.Stop.INSTANCE;
    }
    DocumentType<?> type = types.stream().filter(t -> t.format().equals(format)).findFirst().orElse(null);
    if (type == null) {
      in.problem(ProblemMessage.of(ProblemCode.JSON_UNKNOWN_FORMAT, JsonIn.quote(format), formats()));
      throw JsonIn.Stop.INSTANCE;
    }
    if (expected != null && !expected.format().equals(format)) {
      in.problem(ProblemMessage.of(ProblemCode.JSON_OTHER_FORMAT, JsonIn.quote(format),
          JsonIn.quote(expected.format())));
      throw JsonIn.Stop.INSTANCE;
    }
    return type;
  }

  private int version(JsonIn in, DocumentType<?> type) throws IOException {
    Integer version = in.integer();
    if (version == null) {
      throw JsonIn.Stop.INSTANCE;
    }
    checkVersion(in, null, type, version);
    return version;
  }

  private static void checkVersion(JsonIn in, JsonIn.Mark document, DocumentType<?> type, int version) {
    if (version >= type.oldestVersion() && version <= type.version()) {
      return;
    }
    String expected = type.oldestVersion() == type.version() ? "version " + type.version()
        : "a version from " + type.oldestVersion() + " to " + type.version();
    String message = version > type.version()
        ? "version " + version + " of " + type.format() + " is newer than this reader"
        : "version " + version + " of " + type.format() + " is older than this reader can upgrade";
    if (document == null) {
      in.problem(message, expected);
    } else {
      in.problem(document, message + " (at /version)", expected);
    }
    throw JsonIn.Stop.INSTANCE;
  }

  private String formats() {
    StringJoiner joiner = new StringJoiner(", ");
    types.forEach(t -> joiner.add("'" + t.format() + "'"));
    return joiner.toString();
  }

  // ------------------------------------------------------------------ reading inside a host's stream

  /**
   * Reads a document of the type at the cursor (inside a host's JSON): streams it when "format" and "version"
   * come first at the current version, otherwise buffers it as a tree and reads that.
   */
  static <T> T readEmbedded(JsonIn in, DocumentType<T> type) throws IOException {
    JsonIn.Mark document = in.object(DOCUMENT);
    if (document == null) {
      return null;
    }
    ObjectNode tree = Trees.MAPPER.createObjectNode();
    String first = in.field();
    if (first == null) {
      return readTree(in, tree, type);
    }
    if (first.equals("format")) {
      String format = in.string();
      if (format != null && format.equals(type.format())) {
        String second = in.field();
        if ("version".equals(second)) {
          Integer version = in.integer();
          if (version != null && version == type.version()) {
            return type.cast(type.codec().readBody(in, document));
          }
          tree.put("format", format);
          if (version != null) {
            tree.put("version", version);
          }
        } else {
          tree.put("format", format);
          if (second != null) {
            tree.set(second, tree(in));
          }
        }
      } else {
        tree.put("format", format);
      }
    } else {
      tree.set(first, tree(in));
    }
    String field;
    while ((field = in.field()) != null) {
      tree.set(field, tree(in));
    }
    return readTree(in, tree, type);
  }

  /** The mapper for embedded documents, made on first use. */
  private static final class Trees {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** Reads the value at the cursor's current token into a tree; a field twice in one object is a problem. */
  private static JsonNode tree(JsonIn in) throws IOException {
    JsonTokens tokens = in.parser();
    Token token = tokens.currentToken();
    if (token == Token.START_OBJECT) {
      ObjectNode object = Trees.MAPPER.createObjectNode();
      String name;
      while ((name = tokens.nextFieldName()) != null) {
        tokens.nextToken();
        if (object.has(name)) {
          in.problem(ProblemMessage.of(ProblemCode.JSON_FIELD_TWICE, JsonIn.quote(name)));
          throw JsonIn.Stop.INSTANCE;
        }
        object.set(name, tree(in));
      }
      return object;
    }
    if (token == Token.START_ARRAY) {
      ArrayNode array = Trees.MAPPER.createArrayNode();
      while (tokens.nextToken() != Token.END_ARRAY) {
        array.add(tree(in));
      }
      return array;
    }
    JsonNodeFactory nodes = Trees.MAPPER.getNodeFactory();
    return switch (token == null ? Token.OTHER : token) {
      case VALUE_STRING -> nodes.textNode(tokens.text());
      case VALUE_NUMBER_INT -> switch (tokens.integerSize()) {
        case INT -> nodes.numberNode(tokens.intValue());
        case LONG -> nodes.numberNode(tokens.longValue());
        case BIG -> nodes.numberNode(new BigInteger(tokens.text()));
      };
      case VALUE_NUMBER_FLOAT -> nodes.numberNode(tokens.doubleValue());
      case VALUE_TRUE -> nodes.booleanNode(true);
      case VALUE_FALSE -> nodes.booleanNode(false);
      case VALUE_NULL -> nodes.nullNode();
      default -> throw new IllegalStateException("no value at " + in.pointer());
    };
  }

  private static <T> T readTree(JsonIn outer, ObjectNode tree, DocumentType<T> type) throws IOException {
    JsonNode format = tree.get("format");
    JsonNode version = tree.get("version");
    if (format == null || !format.isTextual() || !format.asText().equals(type.format())) {
      outer.problem("not an " + JsonIn.quote(type.format()) + " document: 'format' is "
          + (format == null ? "missing" : JsonIn.quote(format.toString())), "'format': '" + type.format() + "'");
      return null;
    }
    if (version == null || !version.canConvertToExactIntegral() || !version.canConvertToInt()) {
      outer.problem("'version' is " + (version == null ? "missing" : JsonIn.quote(version.toString())),
          "'version': " + type.version());
      return null;
    }
    int v = version.intValue();
    if (v < type.oldestVersion() || v > type.version()) {
      outer.problem("version " + v + " of " + type.format() + " cannot be read", "a version from "
          + type.oldestVersion() + " to " + type.version());
      return null;
    }
    ObjectNode upgraded = tree;
    for (int from = v; from < type.version(); from++) {
      upgraded = type.upgrade(from).apply(upgraded);
    }
    upgraded.put("version", type.version());
    JsonIn in = outer.nested(new Jackson2Tokens(Trees.MAPPER.treeAsTokens(upgraded)));
    in.start();
    JsonIn.Mark document = in.object(DOCUMENT);
    return type.cast(type.codec().readBody(in, document));
  }

  /** The cursor in use: replaced when a document is read a second time. */
  private static final class Cursor {
    final boolean fast;
    JsonIn in;

    Cursor(boolean fast) {
      this.fast = fast;
    }

    JsonIn open(JsonTokens parser, String source, boolean lenient, ReadLimits limits) {
      JsonIn next = new JsonIn(parser, source, lenient, limits).skipMirrored(fast);
      if (in != null) {
        next.adopt(in);
      }
      in = next;
      return next;
    }
  }
}
