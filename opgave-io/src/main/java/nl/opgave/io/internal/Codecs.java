package nl.opgave.io.internal;

import java.io.IOException;
import java.util.List;

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
     * Reads the value at the current token, with the limits of a {@code nl.opgave.io.ReadLimits} (typed as Object:
     * this package must not depend on the API package that depends on it).
     *
     * @throws ClassCastException if limits is not a {@code ReadLimits}
     * @throws RuntimeException an {@code nl.opgave.io.OpgaveFormatException} with every problem, if the tokens hold
     *     no valid value
     */
    T read(JsonTokens in, boolean lenient, Object limits) throws IOException;
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
