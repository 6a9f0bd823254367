package nl.opgave.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The CLI's standard output: a writer in the platform's charset that, when that charset is UTF-8, also takes
 * UTF-8 bytes straight to the stream, so large outputs skip encoding characters one by one.
 */
final class CliOut extends PrintWriter {
  private final OutputStream stream;
  private final boolean utf8;

  CliOut(OutputStream stream, Charset charset) {
    super(new BufferedWriter(new OutputStreamWriter(stream, charset), 1 << 16));
    this.stream = stream;
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
  }

  /**
   * Writes UTF-8 bytes holding whole characters to the writer: straight to the stream after the text before them
   * when the writer is a UTF-8 CliOut, else decoded. Errors are kept as PrintWriter keeps them.
   */
  static void writeUtf8(PrintWriter out, byte[] bytes, int offset, int length) {
    if (out instanceof CliOut && ((CliOut) out).utf8) {
      ((CliOut) out).writeBytes(bytes, offset, length);
    } else {
      out.write(new String(bytes, offset, length, StandardCharsets.UTF_8));
    }
  }

  /** Returns the stream for UTF-8 bytes after flushing the text before them, or null when the writer is not. */
  static OutputStream utf8Stream(PrintWriter out) {
    if (out instanceof CliOut && ((CliOut) out).utf8) {
      out.flush();
      return ((CliOut) out).stream;
    }
    return null;
  }

  /** Marks the writer as failed, as PrintWriter does when its stream fails. */
  static void failed(PrintWriter out) {
    if (out instanceof CliOut) {
      ((CliOut) out).setError();
    }
  }

  private void writeBytes(byte[] bytes, int offset, int length) {
    flush();
    try {
      stream.write(bytes, offset, length);
    } catch (IOException e) {
      setError();
    }
  }
}
