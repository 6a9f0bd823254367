package nl.opgave.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opgave.io.internal.Codecs;
import nl.opgave.io.internal.JsonOut;
import nl.opgave.io.internal.JsonTokens;
import nl.opgave.io.internal.TokenStreamException;

/** Hands every value's codec to the JSON libraries' modules (see {@link Codecs}). */
final class ModuleBindings {
  static final List<Codecs.Binding<?>> ALL;

  static {
    List<Codecs.Binding<?>> all = new ArrayList<>();
    for (Map<Class<?>, ValueCodec<?>> values : List.of(CommunityCodec.VALUES, CafeCodec.VALUES,
        DoelenboomCodec.VALUES)) {
      for (Map.Entry<Class<?>, ValueCodec<?>> entry : values.entrySet()) {
        all.add(binding(entry.getKey(), entry.getValue()));
      }
    }
    for (DocumentType<?> type : DocumentType.all()) {
      all.add(document(type));
    }
    ALL = List.copyOf(all);
    Codecs.provide(ALL);
  }

  private ModuleBindings() {}

  private static <T> Codecs.Binding<T> document(DocumentType<T> type) {
    return new Binding<>(type.valueType(), ValueCodec.of((out, value) -> Documents.write(out, type, value),
        in -> Documents.readEmbedded(in, type)));
  }

  @SuppressWarnings("unchecked")
  private static <T> Codecs.Binding<T> binding(Class<?> type, ValueCodec<?> codec) {
    return new Binding<>((Class<T>) type, (ValueCodec<T>) codec);
  }

  private static final class Binding<T> implements Codecs.Binding<T> {
    private final Class<T> type;
    private final ValueCodec<T> codec;

    Binding(Class<T> type, ValueCodec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public Class<T> type() {
      return type;
    }

    @Override
    public void write(JsonOut out, T value) throws IOException {
      codec.write(out, value);
    }

    @Override
    public T read(JsonTokens tokens, boolean lenient, ReadLimits limits) throws IOException {
      JsonIn in = new JsonIn(tokens, "json", lenient, limits);
      T value = null;
      try {
        value = codec.read(in);
      } catch (JsonIn.Stop stop) {
        value = null;
      } catch (TokenStreamException e) {
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
