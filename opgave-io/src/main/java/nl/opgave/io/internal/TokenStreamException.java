package nl.opgave.io.internal;

import java.io.IOException;

/** A parse error of the streaming library under a {@link JsonTokens}: its message, place and kind. */
public final class TokenStreamException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String originalMessage;
  private final long location;
  private final boolean hasLocation;
  private final boolean constraint;

  /**
   * Creates the exception.
   *
   * @param originalMessage the library's message without its location
   * @param location the packed location, if known
   * @param hasLocation whether the location is known
   * @param constraint whether a read limit (a stream constraint) was exceeded
   */
  public TokenStreamException(String originalMessage, long location, boolean hasLocation, boolean constraint,
      Throwable cause) {
    super(originalMessage, cause);
    this.originalMessage = originalMessage == null ? "" : originalMessage;
    this.location = location;
    this.hasLocation = hasLocation;
    this.constraint = constraint;
  }

  /** The library's message without its location. */
  public String originalMessage() {
    return originalMessage;
  }

  /** The packed location (see {@link JsonTokens#location(int, int)}); meaningful if {@link #hasLocation()}. */
  public long location() {
    return location;
  }

  /** Whether the location is known. */
  public boolean hasLocation() {
    return hasLocation;
  }

  /** Whether a read limit was exceeded. */
  public boolean constraint() {
    return constraint;
  }
}
