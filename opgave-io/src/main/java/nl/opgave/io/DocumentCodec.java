package nl.opgave.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes and reads the body of a document: every field after the envelope's "format" and "version". */
interface DocumentCodec<T> {
  /** Writes the fields of the value into the open document object. */
  void writeBody(JsonGenerator out, T value) throws IOException;

  /**
   * Reads the fields of the document object (skipping "format" and "version") up to its end; returns null after
   * reporting problems to the cursor.
   */
  T readBody(JsonIn in, JsonIn.Mark document) throws IOException;
}
