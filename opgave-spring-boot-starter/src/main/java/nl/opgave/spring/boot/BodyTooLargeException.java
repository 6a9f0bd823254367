package nl.opgave.spring.boot;

import java.io.IOException;

final class BodyTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  BodyTooLargeException(long limitBytes) {
    super("the request body is larger than " + limitBytes + " bytes (the read limit)");
    this.limitBytes = limitBytes;
  }

  long limitBytes() {
    return limitBytes;
  }
}
