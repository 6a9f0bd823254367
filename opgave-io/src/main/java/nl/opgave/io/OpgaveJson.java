package nl.opgave.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.io.internal.Jackson2Out;

/**
 * Reads and writes opgave documents as JSON: an envelope {@code {"format": "opgave.community", "version": 1, ...}}
 * around the value, a fixed field order, strict reading that reports every problem with its place.
 *
 * <p>Instances are immutable and thread-safe. {@link #standard()} is strict and writes pretty, canonical output
 * (two-space indent, {@code "name": value}, one trailing newline); the same value always gives the same bytes.
 */
public final class OpgaveJson {
  private static final JsonFactory WRITE_FACTORY = JsonFactory.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();
  private static final OpgaveJson STANDARD = new OpgaveJson(true, false, ReadLimits.DEFAULT, DocumentType.all());

  private final boolean pretty;
  private final boolean lenient;
  private final ReadLimits limits;
  private final Documents documents;

  OpgaveJson(boolean pretty, boolean lenient, ReadLimits limits, List<DocumentType<?>> types) {
    this.pretty = pretty;
    this.lenient = lenient;
    this.limits = limits;
    this.documents = new Documents(types, lenient, limits);
  }

  /** Returns the standard instance: strict reading, pretty output, {@link ReadLimits#DEFAULT}. */
  public static OpgaveJson standard() {
    return STANDARD;
  }

  /** Returns this instance writing compact output: no white space between tokens, no trailing newline. */
  public OpgaveJson compact() {
    return new OpgaveJson(false, lenient, limits, DocumentType.all());
  }

  /** Returns this instance writing pretty output. */
  public OpgaveJson pretty() {
    return new OpgaveJson(true, lenient, limits, DocumentType.all());
  }

  /**
   * Returns this instance reading leniently: unknown fields are skipped instead of reported. Everything else stays
   * strict; skipped fields are not kept, so writing the value back drops them.
   */
  public OpgaveJson lenient() {
    return new OpgaveJson(pretty, true, limits, DocumentType.all());
  }

  /** Returns this instance reading strictly: unknown fields are problems (the default). */
  public OpgaveJson strict() {
    return new OpgaveJson(pretty, false, limits, DocumentType.all());
  }

  /**
   * Returns this instance with other read limits.
   *
   * @throws NullPointerException if limits is null
   */
  public OpgaveJson withLimits(ReadLimits readLimits) {
    Objects.requireNonNull(readLimits, "limits");
    return new OpgaveJson(pretty, lenient, readLimits, DocumentType.all());
  }

  /** Returns the read limits in force. */
  public ReadLimits limits() {
    return limits;
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a document of the type.
   *
   * @param source the name used in problems, such as the file name
   * @throws OpgaveFormatException with every problem found, if the bytes are not a valid document of the type
   * @throws NullPointerException if an argument is null
   */
  public <T> T read(DocumentType<T> type, byte[] json, String source) {
    Objects.requireNonNull(type, "type");
    return type.cast(documents.read(Objects.requireNonNull(json, "json"), Objects.requireNonNull(source, "source"),
        type));
  }

  /**
   * Reads a document of the type from a UTF-8 string.
   *
   * @throws OpgaveFormatException with every problem found, if the text is not a valid document of the type
   * @throws NullPointerException if an argument is null
   */
  public <T> T read(DocumentType<T> type, String json, String source) {
    return read(type, json.getBytes(StandardCharsets.UTF_8), source);
  }

  /**
   * Reads a document of the type from a stream, which is read to its end (at most the document size limit) but
   * not closed.
   *
   * @throws OpgaveFormatException with every problem found, if the stream holds no valid document of the type
   * @throws IOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public <T> T read(DocumentType<T> type, InputStream in, String source) throws IOException {
    return read(type, readBounded(in, source), source);
  }

  /**
   * Reads a document of the type from a file; problems name the file as given.
   *
   * @throws OpgaveFormatException with every problem found, if the file holds no valid document of the type
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public <T> T read(DocumentType<T> type, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(type, in, file.toString());
    }
  }

  /**
   * Reads a document of any type this library knows, detected from its envelope.
   *
   * @throws OpgaveFormatException with every problem found, if the bytes are not a valid document
   * @throws NullPointerException if an argument is null
   */
  public Object read(byte[] json, String source) {
    return documents.read(Objects.requireNonNull(json, "json"), Objects.requireNonNull(source, "source"), null);
  }

  /**
   * Checks a document of any type this library knows and returns every problem found; empty when it is valid.
   *
   * @throws NullPointerException if an argument is null
   */
  public List<OpgaveFormatException.Problem> validate(byte[] json, String source) {
    try {
      read(json, source);
      return List.of();
    } catch (OpgaveFormatException e) {
      return e.problems();
    }
  }

  /**
   * Checks the document in a file and returns every problem found; empty when it is valid.
   *
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if file is null
   */
  public List<OpgaveFormatException.Problem> validate(Path file) throws IOException {
    String source = file.toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = readBounded(in, source);
    } catch (OpgaveFormatException e) {
      return e.problems();
    }
    return validate(bytes, source);
  }

  /**
   * Places problems found in a document after it was read, such as workshop's doelenboom violations, at the line
   * and column where the value their JSON Pointer names starts; a problem whose pointer the document does not hold
   * keeps its place. Returns the problems in the same order.
   *
   * @throws NullPointerException if an argument is null
   */
  public List<OpgaveFormatException.Problem> locate(byte[] json, List<OpgaveFormatException.Problem> problems) {
    Objects.requireNonNull(json, "json");
    return Positions.locate(Documents.readFactory(limits), json, List.copyOf(problems));
  }

  private byte[] readBounded(InputStream in, String source) throws IOException {
    Objects.requireNonNull(source, "source");
    long max = limits.maxDocumentBytes();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int read;
    while ((read = in.read(buffer)) >= 0) {
      total += read;
      if (total > max) {
        throw new OpgaveFormatException(List.of(new OpgaveFormatException.Problem(source, 0, 0, "",
            ProblemMessage.of(ProblemCode.JSON_TOO_LARGE, max))));
      }
      bytes.write(buffer, 0, read);
    }
    return bytes.toByteArray();
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes the value as a document of the type, UTF-8 encoded.
   *
   * @throws NullPointerException if an argument is null
   */
  public <T> byte[] write(DocumentType<T> type, T value) {
    try (ByteArrayBuilder bytes = new ByteArrayBuilder()) {
      write(type, value, bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the value as a document of its type, UTF-8 encoded.
   *
   * @throws IllegalArgumentException if no document type holds values of the value's class
   * @throws NullPointerException if value is null
   */
  public byte[] write(Object value) {
    return write(typeOf(value), value);
  }

  /**
   * Writes the value as a document of its type, as a string.
   *
   * @throws IllegalArgumentException if no document type holds values of the value's class
   * @throws NullPointerException if value is null
   */
  public String writeString(Object value) {
    return new String(write(value), StandardCharsets.UTF_8);
  }

  /**
   * Writes the value as a document of the type to the stream, UTF-8 encoded; the stream is flushed, not closed.
   *
   * @throws IOException if the stream cannot be written
   * @throws NullPointerException if an argument is null
   */
  public <T> void write(DocumentType<T> type, T value, OutputStream out) throws IOException {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    try (JsonGenerator generator = generator(out)) {
      Documents.write(new Jackson2Out(generator), type, value);
      if (pretty) {
        generator.writeRaw('\n');
      }
    }
  }

  /**
   * Writes the value as a document of its type to the writer, without building the whole document as one string
   * first; the writer is flushed, not closed.
   *
   * @throws IllegalArgumentException if no document type holds values of the value's class
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Object value, Writer out) {
    Objects.requireNonNull(out, "out");
    DocumentType<Object> type = typeOf(value);
    try (JsonGenerator generator = WRITE_FACTORY.createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        generator.setPrettyPrinter(prettyPrinter());
      }
      Documents.write(new Jackson2Out(generator), type, value);
      if (pretty) {
        generator.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static DocumentType<Object> typeOf(Object value) {
    return (DocumentType<Object>) DocumentType.forValue(value).orElseThrow(() -> new IllegalArgumentException(
        "no opgave document holds a " + value.getClass().getSimpleName()));
  }

  private JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator generator = WRITE_FACTORY.createGenerator(out, JsonEncoding.UTF8);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      generator.setPrettyPrinter(prettyPrinter());
    }
    return generator;
  }

  static PrettyLayout prettyPrinter() {
    return new PrettyLayout();
  }

  // ------------------------------------------------------------------ Jackson

  /** Returns a Jackson module with this instance's strictness and limits, for a host's own ObjectMapper. */
  public OpgaveModule module() {
    return new OpgaveModule(lenient, limits);
  }

  /**
   * Returns a new ObjectMapper with this instance's module and read limits registered; it writes opgave values as
   * the same bytes as {@link #compact()}.
   */
  public ObjectMapper mapper() {
    JsonFactory factory = Documents.readFactory(limits).rebuild()
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
    return JsonMapper.builder(factory).addModule(module()).build();
  }
}
