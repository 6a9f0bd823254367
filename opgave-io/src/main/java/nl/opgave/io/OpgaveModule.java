package nl.opgave.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import java.util.Objects;
import nl.opgave.io.internal.Codecs;
import nl.opgave.io.internal.Jackson2Out;
import nl.opgave.io.internal.Jackson2Tokens;

/**
 * A Jackson module that reads and writes opgave values with a host's own ObjectMapper: documents (such as
 * {@code Community}) with their envelope, and every value inside them (such as {@code Member}) as the same JSON
 * the documents hold. Register it with {@code JsonMapper.builder().addModule(new OpgaveModule())}, or discover it
 * through {@code ObjectMapper.findModules()}.
 *
 * <p>Reading is strict (unknown fields are problems) and throws {@link OpgaveJsonMappingException}, a
 * {@code JsonProcessingException} listing every problem, also when the value sits inside a host's bean. The host's
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
    for (Codecs.Binding<?> binding : ModuleBindings.ALL) {
      register(serializers, deserializers, binding, lenient, limits);
    }
    setSerializers(serializers);
    setDeserializers(deserializers);
  }

  private static <T> void register(SimpleSerializers serializers, SimpleDeserializers deserializers,
      Codecs.Binding<T> binding, boolean lenient, ReadLimits limits) {
    serializers.addSerializer(binding.type(), new CodecSerializer<>(binding));
    deserializers.addDeserializer(binding.type(), new CodecDeserializer<>(binding, lenient, limits));
  }

  private static final class CodecSerializer<T> extends JsonSerializer<T> {
    private final Codecs.Binding<T> binding;

    CodecSerializer(Codecs.Binding<T> binding) {
      this.binding = binding;
    }

    @Override
    public Class<T> handledType() {
      return binding.type();
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
      binding.write(new Jackson2Out(out), value);
    }
  }

  private static final class CodecDeserializer<T> extends JsonDeserializer<T> {
    private final Codecs.Binding<T> binding;
    private final boolean lenient;
    private final ReadLimits limits;

    CodecDeserializer(Codecs.Binding<T> binding, boolean lenient, ReadLimits limits) {
      this.binding = binding;
      this.lenient = lenient;
      this.limits = limits;
    }

    @Override
    public Class<?> handledType() {
      return binding.type();
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      try {
        return binding.read(new Jackson2Tokens(parser), lenient, limits);
      } catch (OpgaveFormatException e) {
        throw new OpgaveJsonMappingException(e);
      }
    }
  }
}
