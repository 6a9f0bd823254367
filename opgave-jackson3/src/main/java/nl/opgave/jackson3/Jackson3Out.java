package nl.opgave.jackson3;

import nl.opgave.io.internal.JsonName;
import nl.opgave.io.internal.JsonOut;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/** opgave-io's token writer over a Jackson 3 generator. */
final class Jackson3Out extends JsonOut {
  private final JsonGenerator out;

  Jackson3Out(JsonGenerator out) {
    this.out = out;
  }

  static SerializableString encoded(JsonName name) {
    Object encoded = name.encoded();
    if (encoded instanceof SerializableString serialized) {
      return serialized;
    }
    SerializableString serialized = new SerializedString(name.value());
    name.encoded(serialized);
    return serialized;
  }

  @Override
  public void writeStartObject() {
    out.writeStartObject();
  }

  @Override
  public void writeEndObject() {
    out.writeEndObject();
  }

  @Override
  public void writeStartArray() {
    out.writeStartArray();
  }

  @Override
  public void writeEndArray() {
    out.writeEndArray();
  }

  @Override
  public void writeFieldName(String name) {
    out.writeName(name);
  }

  @Override
  public void writeFieldName(JsonName name) {
    out.writeName(encoded(name));
  }

  @Override
  public void writeString(String value) {
    out.writeString(value);
  }

  @Override
  public void writeString(JsonName value) {
    out.writeString(encoded(value));
  }

  @Override
  public void writeNumber(int value) {
    out.writeNumber(value);
  }

  @Override
  public void writeNumber(long value) {
    out.writeNumber(value);
  }

  @Override
  public void writeNumber(double value) {
    out.writeNumber(value);
  }

  @Override
  public void writeNumber(String encoded) {
    out.writeNumber(encoded);
  }

  @Override
  public void writeBoolean(boolean value) {
    out.writeBoolean(value);
  }

  @Override
  public void writeNull() {
    out.writeNull();
  }
}
