package nl.opgave.io.internal;

import java.io.IOException;
import java.util.List;
import nl.opgave.io.ReadLimits;

/** The values a JSON library's module registers, each with the one writer and strict reader opgave-io has. */
public final class Codecs {
  private static volatile List<Binding<?>> bindings;

  private Codecs() {}

  /** One value type's codec. */
  public interface Binding<T> {
    /** The value type. */
    Class<T> type();

    /** Writes the value at the writer's position. */
    void write(JsonOut out, T value) throws IOException;

    /**
     * Reads the value at the current token.
     *
     * @throws nl.opgave.io.OpgaveFormatException with every problem, if the tokens hold no valid value
     */
    T read(JsonTokens in, boolean lenient, ReadLimits limits) throws IOException;
  }

  /** Every value type and document type of opgave-io. */
  public static List<Binding<?>> all() {
    if (bindings == null) {
      try {
        Class.forName("nl.opgave.io.ModuleBindings", true, Codecs.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return bindings;
  }

  /** Called once by opgave-io itself. */
  public static void provide(List<Binding<?>> all) {
    bindings = List.copyOf(all);
  }
}
