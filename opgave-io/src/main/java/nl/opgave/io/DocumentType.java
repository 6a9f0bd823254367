package nl.opgave.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.SessionPlan;
import nl.opgave.model.community.Community;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.GroeneCirkel;

/**
 * A kind of opgave document: its envelope's {@code format} name, the {@code version} this library writes, and the
 * value type it holds. A reader of version N also reads the older versions listed by {@link #oldestVersion()}.
 *
 * @param <T> the value type of the document
 */
public final class DocumentType<T> {
  /** The community: members and organisations, calendar, begrippenlijst, poll, chat and opgaven. */
  public static final DocumentType<Community> COMMUNITY = new DocumentType<>("opgave.community", 1,
      Community.class, () -> CommunityCodec.INSTANCE, Map.of());

  /** A doelenboom: droom, doelen and projects as nodes, the parent links and the cross-links. */
  public static final DocumentType<Doelenboom> DOELENBOOM = new DocumentType<>("opgave.doelenboom", 1,
      Doelenboom.class, () -> DoelenboomCodec.DOELENBOOM_DOCUMENT, Map.of());

  /** A Groene Cirkel: its droom, doelenboom, partners, projects, horizons and the state of its six steps. */
  public static final DocumentType<GroeneCirkel> GROENE_CIRKEL = new DocumentType<>("opgave.groene-cirkel", 1,
      GroeneCirkel.class, () -> DoelenboomCodec.GROENE_CIRKEL_DOCUMENT, Map.of());

  /** A World Café session plan: vraagstukken, sides, tables, rounds, spelregels and harvests. */
  public static final DocumentType<SessionPlan> SESSION_PLAN = new DocumentType<>("opgave.session-plan", 1,
      SessionPlan.class, () -> CafeCodec.SESSION_PLAN_DOCUMENT, Map.of());

  /** A table rotation: the request, every round's seating, statistics, bounds and alternatives. */
  public static final DocumentType<RotationPlan> ROTATION_PLAN = new DocumentType<>("opgave.rotation-plan", 1,
      RotationPlan.class, () -> CafeCodec.ROTATION_PLAN_DOCUMENT, Map.of());

  private static final List<DocumentType<?>> ALL = List.of(COMMUNITY, SESSION_PLAN, ROTATION_PLAN, DOELENBOOM,
      GROENE_CIRKEL);

  private final String format;
  private final int version;
  private final Class<T> valueType;
  private final Supplier<DocumentCodec<T>> codec;
  private final Map<Integer, UnaryOperator<ObjectNode>> upgrades;

  /** The codec is fetched on first use, so writing one kind of document does not set up the others' codecs. */
  private DocumentType(String format, int version, Class<T> valueType, Supplier<DocumentCodec<T>> codec,
      Map<Integer, UnaryOperator<ObjectNode>> upgrades) {
    this.format = format;
    this.version = version;
    this.valueType = valueType;
    this.codec = codec;
    this.upgrades = Map.copyOf(upgrades);
  }

  /** Returns the envelope's format name, "opgave.community". */
  public String format() {
    return format;
  }

  /** Returns the version this library writes. */
  public int version() {
    return version;
  }

  /** Returns the oldest version this library reads (upgrading it to {@link #version()} on the way in). */
  public int oldestVersion() {
    int oldest = version;
    while (upgrades.containsKey(oldest - 1)) {
      oldest--;
    }
    return oldest;
  }

  /** Returns the type of value the document holds. */
  public Class<T> valueType() {
    return valueType;
  }

  /** Returns the JSON Schema (draft 2020-12) of the document, as text. */
  public String schema() {
    String resource = "schema/" + format + ".schema.json";
    try (InputStream in = DocumentType.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource nl/opgave/io/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns every document type this library reads and writes. */
  public static List<DocumentType<?>> all() {
    return ALL;
  }

  /**
   * Returns the document type with the format name.
   *
   * @throws NullPointerException if format is null
   */
  public static Optional<DocumentType<?>> forFormat(String format) {
    Objects.requireNonNull(format, "format");
    return ALL.stream().filter(t -> t.format.equals(format)).findFirst();
  }

  /**
   * Returns the document type whose value type the value is.
   *
   * @throws NullPointerException if value is null
   */
  public static Optional<DocumentType<?>> forValue(Object value) {
    Objects.requireNonNull(value, "value");
    return ALL.stream().filter(t -> t.valueType.isInstance(value)).findFirst();
  }

  @Override
  public String toString() {
    return format + " v" + version;
  }

  DocumentCodec<T> codec() {
    return codec.get();
  }

  UnaryOperator<ObjectNode> upgrade(int from) {
    return upgrades.get(from);
  }

  /** Returns this type with one more upgrade, from version {@code from} to {@code from + 1}. */
  DocumentType<T> withUpgrade(int from, UnaryOperator<ObjectNode> upgrade) {
    Map<Integer, UnaryOperator<ObjectNode>> next = new TreeMap<>(upgrades);
    next.put(from, upgrade);
    return new DocumentType<>(format, version, valueType, codec, next);
  }

  /** Returns this type as if it were written at another version (for testing upgrades). */
  DocumentType<T> atVersion(int newVersion) {
    return new DocumentType<>(format, newVersion, valueType, codec, upgrades);
  }

  T cast(Object value) {
    return valueType.cast(value);
  }
}
