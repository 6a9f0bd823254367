package nl.opgave.io;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.Closeable;
import java.util.List;

/**
 * What {@link OpgaveModule} throws from a Jackson 2 {@code ObjectMapper} when JSON is not a valid opgave value: a
 * {@code JsonProcessingException}, so that a host's and a framework's handling of unreadable input applies, with
 * every problem found. Its cause is the {@link OpgaveFormatException} that {@link OpgaveJson} would throw.
 */
public final class OpgaveJsonMappingException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final transient List<OpgaveFormatException.Problem> problems;

  OpgaveJsonMappingException(OpgaveFormatException cause) {
    super((Closeable) null, cause.getMessage(), cause);
    this.problems = cause.problems();
  }

  /** Returns every problem found, in document order. */
  public List<OpgaveFormatException.Problem> problems() {
    return problems == null ? List.of() : problems;
  }
}
