package nl.opgave.io.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Objects;

/** A field name or string written often: encoded once per token stream implementation. */
public final class JsonName {
  private final String value;
  final SerializableString jackson2;
  private volatile Object other;

  private JsonName(String value) {
    this.value = Objects.requireNonNull(value, "value");
    this.jackson2 = new SerializedString(value);
  }

  /** Returns the name of the text. */
  public static JsonName of(String value) {
    return new JsonName(value);
  }

  /** Returns the text. */
  public String value() {
    return value;
  }

  /** Returns the encoded form another adapter stored, or null. */
  public Object encoded() {
    return other;
  }

  /** Stores another adapter's encoded form (an immutable object; one adapter per name besides Jackson 2). */
  public void encoded(Object encoded) {
    this.other = encoded;
  }

  @Override
  public String toString() {
    return value;
  }
}
