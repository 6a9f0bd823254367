package nl.opgave.io;

import java.io.IOException;
import nl.opgave.io.internal.JsonOut;

/** Writes and reads the body of a document: every field after the envelope's "format" and "version". */
interface DocumentCodec<T> {
  /** Writes the fields of the value into the open document object. */
  void writeBody(JsonOut out, T value) throws IOException;

  /**
   * Reads the fields of the document object (skipping "format" and "version") up to its end; returns null after
   * reporting problems to the cursor.
   */
  T readBody(JsonIn in, JsonIn.Mark document) throws IOException;
}
