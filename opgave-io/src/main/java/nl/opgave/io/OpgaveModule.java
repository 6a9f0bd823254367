package nl.opgave.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Jackson module that reads and writes opgave values with a host's own ObjectMapper: documents (such as
 * {@code Community}) with their envelope, and every value inside them (such as {@code Member}) as the same JSON
 * the documents hold. Register it with {@code JsonMapper.builder().addModule(new OpgaveModule())}, or discover it
 * through {@code ObjectMapper.findModules()}.
 *
 * <p>Reading is strict (unknown fields are problems) and throws {@link OpgaveFormatException} listing every
 * problem; when the value sits inside a host's bean, Jackson wraps that exception in its own. The host's
 * {@code JsonFactory} read constraints apply to the stream; this module adds the collection and problem limits.
 */
public final class OpgaveModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the strict module with {@link ReadLimits#DEFAULT}; the constructor service discovery uses. */
  public OpgaveModule() {
    this(false, ReadLimits.DEFAULT);
  }

  OpgaveModule(boolean lenient, ReadLimits limits) {
    super("opgave", Version.unknownVersion());
    Objects.requireNonNull(limits, "limits");
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Map<Class<?>, ValueCodec<?>> values : List.of(CommunityCodec.VALUES, CafeCodec.VALUES,
        DoelenboomCodec.VALUES)) {
      for (Map.Entry<Class<?>, ValueCodec<?>> entry : values.entrySet()) {
        register(serializers, deserializers, entry.getKey(), entry.getValue(), lenient, limits);
      }
    }
    for (DocumentType<?> type : DocumentType.all()) {
      register(serializers, deserializers, type.valueType(), document(type), lenient, limits);
    }
    setSerializers(serializers);
    setDeserializers(deserializers);
  }

  private static <T> ValueCodec<T> document(DocumentType<T> type) {
    return ValueCodec.of((out, value) -> Documents.write(out, type, value), in -> Documents.readEmbedded(in, type));
  }

  @SuppressWarnings("unchecked")
  private static <T> void register(SimpleSerializers serializers, SimpleDeserializers deserializers,
      Class<?> type, ValueCodec<?> codec, boolean lenient, ReadLimits limits) {
    Class<T> valueType = (Class<T>) type;
    ValueCodec<T> valueCodec = (ValueCodec<T>) codec;
    serializers.addSerializer(valueType, new CodecSerializer<>(valueType, valueCodec));
    deserializers.addDeserializer(valueType, new CodecDeserializer<>(valueType, valueCodec, lenient, limits));
  }

  private static final class CodecSerializer<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final ValueCodec<T> codec;

    CodecSerializer(Class<T> type, ValueCodec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
      codec.write(out, value);
    }
  }

  private static final class CodecDeserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final ValueCodec<T> codec;
    private final boolean lenient;
    private final ReadLimits limits;

    CodecDeserializer(Class<T> type, ValueCodec<T> codec, boolean lenient, ReadLimits limits) {
      this.type = type;
      this.codec = codec;
      this.lenient = lenient;
      this.limits = limits;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonIn in = new JsonIn(parser, "json", lenient, limits);
      T value = null;
      try {
        value = codec.read(in);
      } catch (JsonIn.Stop stop) {
        value = null;
      } catch (JsonProcessingException e) {
        in.parseError(e, limits);
      }
      if (in.hasProblems()) {
        throw new OpgaveFormatException(in.problems());
      }
      if (value == null) {
        throw new IllegalStateException("no value and no problem");
      }
      return value;
    }
  }
}
