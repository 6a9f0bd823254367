package nl.opgave.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** {@link JsonOut} over a Jackson 2 generator. */
public final class Jackson2Out extends JsonOut {
  private final JsonGenerator out;

  /** Writes to the generator. */
  public Jackson2Out(JsonGenerator out) {
    this.out = out;
  }

  /** The generator written to. */
  public JsonGenerator generator() {
    return out;
  }

  @Override
  public void writeStartObject() throws IOException {
    out.writeStartObject();
  }

  @Override
  public void writeEndObject() throws IOException {
    out.writeEndObject();
  }

  @Override
  public void writeStartArray() throws IOException {
    out.writeStartArray();
  }

  @Override
  public void writeEndArray() throws IOException {
    out.writeEndArray();
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    out.writeFieldName(name);
  }

  @Override
  public void writeFieldName(JsonName name) throws IOException {
    out.writeFieldName(name.jackson2);
  }

  @Override
  public void writeString(String value) throws IOException {
    out.writeString(value);
  }

  @Override
  public void writeString(JsonName value) throws IOException {
    out.writeString(value.jackson2);
  }

  @Override
  public void writeNumber(int value) throws IOException {
    out.writeNumber(value);
  }

  @Override
  public void writeNumber(long value) throws IOException {
    out.writeNumber(value);
  }

  @Override
  public void writeNumber(double value) throws IOException {
    out.writeNumber(value);
  }

  @Override
  public void writeNumber(String encoded) throws IOException {
    out.writeNumber(encoded);
  }

  @Override
  public void writeBoolean(boolean value) throws IOException {
    out.writeBoolean(value);
  }

  @Override
  public void writeNull() throws IOException {
    out.writeNull();
  }
}
