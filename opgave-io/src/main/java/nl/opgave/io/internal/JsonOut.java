package nl.opgave.io.internal;

import java.io.IOException;

/** Writes JSON tokens: what the codecs write against, whatever streaming library is underneath. */
public abstract class JsonOut {
  /** For subclasses. */
  protected JsonOut() {}

  /** Opens an object. */
  public abstract void writeStartObject() throws IOException;

  /** Closes an object. */
  public abstract void writeEndObject() throws IOException;

  /** Opens an array. */
  public abstract void writeStartArray() throws IOException;

  /** Closes an array. */
  public abstract void writeEndArray() throws IOException;

  /** Writes a field name. */
  public abstract void writeFieldName(String name) throws IOException;

  /** Writes a field name encoded once. */
  public abstract void writeFieldName(JsonName name) throws IOException;

  /** Writes a string value. */
  public abstract void writeString(String value) throws IOException;

  /** Writes a string value encoded once. */
  public abstract void writeString(JsonName value) throws IOException;

  /** Writes an integer. */
  public abstract void writeNumber(int value) throws IOException;

  /** Writes an integer. */
  public abstract void writeNumber(long value) throws IOException;

  /** Writes a number. */
  public abstract void writeNumber(double value) throws IOException;

  /** Writes a number given as its JSON text. */
  public abstract void writeNumber(String encoded) throws IOException;

  /** Writes true or false. */
  public abstract void writeBoolean(boolean value) throws IOException;

  /** Writes null. */
  public abstract void writeNull() throws IOException;

  /** Writes a field with a string value. */
  public final void writeStringField(String name, String value) throws IOException {
    writeFieldName(name);
    writeString(value);
  }

  /** Writes a field with an integer value. */
  public final void writeNumberField(String name, int value) throws IOException {
    writeFieldName(name);
    writeNumber(value);
  }

  /** Writes a field with an integer value. */
  public final void writeNumberField(String name, long value) throws IOException {
    writeFieldName(name);
    writeNumber(value);
  }

  /** Writes a field with a number value. */
  public final void writeNumberField(String name, double value) throws IOException {
    writeFieldName(name);
    writeNumber(value);
  }

  /** Writes a field with a boolean value. */
  public final void writeBooleanField(String name, boolean value) throws IOException {
    writeFieldName(name);
    writeBoolean(value);
  }

  /** Writes a field name and opens the array of its value. */
  public final void writeArrayFieldStart(String name) throws IOException {
    writeFieldName(name);
    writeStartArray();
  }
}
