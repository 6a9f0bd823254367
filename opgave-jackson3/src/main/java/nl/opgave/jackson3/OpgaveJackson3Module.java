package nl.opgave.jackson3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.io.ReadLimits;
import nl.opgave.io.internal.Codecs;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module that reads and writes opgave values with a host's own {@code JsonMapper}: documents (such as
 * {@code Community}) with their envelope, and every value inside them (such as {@code Member}), as the same JSON
 * as opgave-io's Jackson 2 {@code OpgaveModule} and {@code OpgaveJson}. Register it with
 * {@code JsonMapper.builder().addModule(new OpgaveJackson3Module())}, or discover it with
 * {@code findAndAddModules()}.
 *
 * <p>Reading is strict (unknown fields are problems) and throws {@link OpgaveJacksonException}, a
 * {@code JacksonException} listing every problem, also when the value sits inside a host's bean. The host's
 * stream read constraints apply to the stream; this module adds the collection and problem limits.
 */
public final class OpgaveJackson3Module extends JacksonModule {
  private final ReadLimits limits;

  /** Creates the strict module with {@link ReadLimits#DEFAULT}; the constructor service discovery uses. */
  public OpgaveJackson3Module() {
    this(ReadLimits.DEFAULT);
  }

  /**
   * Creates the strict module with other read limits.
   *
   * @throws NullPointerException if limits is null
   */
  public OpgaveJackson3Module(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public String getModuleName() {
    return "opgave";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Codecs.Binding<?> binding : Codecs.all()) {
      register(serializers, deserializers, binding, limits);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void register(SimpleSerializers serializers, SimpleDeserializers deserializers,
      Codecs.Binding<T> binding, ReadLimits limits) {
    serializers.addSerializer(binding.type(), new CodecSerializer<>(binding));
    deserializers.addDeserializer(binding.type(), new CodecDeserializer<>(binding, limits));
  }

  private static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final Codecs.Binding<T> binding;

    CodecSerializer(Codecs.Binding<T> binding) {
      this.binding = binding;
    }

    @Override
    public Class<?> handledType() {
      return binding.type();
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) throws JacksonException {
      try {
        binding.write(new Jackson3Out(out), value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final Codecs.Binding<T> binding;
    private final ReadLimits limits;

    CodecDeserializer(Codecs.Binding<T> binding, ReadLimits limits) {
      this.binding = binding;
      this.limits = limits;
    }

    @Override
    public Class<?> handledType() {
      return binding.type();
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
      try {
        return binding.read(new Jackson3Tokens(parser), false, limits);
      } catch (OpgaveFormatException e) {
        throw new OpgaveJacksonException(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
