package nl.opgave.jackson3;

import java.io.Closeable;
import java.util.List;
import nl.opgave.io.OpgaveFormatException;
import tools.jackson.databind.DatabindException;

/**
 * What {@link OpgaveJackson3Module} throws from a Jackson 3 mapper when JSON is not a valid opgave value: a
 * {@code tools.jackson.core.JacksonException}, so that a host's and a framework's handling of unreadable input
 * applies, with every problem found. Its cause is the {@link OpgaveFormatException} that {@code OpgaveJson} would
 * throw.
 */
public final class OpgaveJacksonException extends DatabindException {
  private static final long serialVersionUID = 1L;

  private final transient List<OpgaveFormatException.Problem> problems;

  OpgaveJacksonException(OpgaveFormatException cause) {
    super((Closeable) null, cause.getMessage(), cause);
    this.problems = cause.problems();
  }

  /** Returns every problem found, in document order. */
  public List<OpgaveFormatException.Problem> problems() {
    return problems == null ? List.of() : problems;
  }
}
