package nl.opgave.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The one layout of pretty documents: two spaces of indent per level, {@code "name": value}, every object field and
 * array element on its own line, {@code {}} and {@code []} when empty. Each instance writes one document.
 */
final class PrettyLayout implements PrettyPrinter {
  private static final SerializedString FIELD_VALUE = new SerializedString(": ");
  private static final SerializedString[] INDENTS = new SerializedString[32];

  static {
    for (int level = 0; level < INDENTS.length; level++) {
      INDENTS[level] = new SerializedString(indentation(level));
    }
  }

  private int nesting;

  private static String indentation(int level) {
    return "\n" + "  ".repeat(level);
  }

  private void indent(JsonGenerator g) throws IOException {
    g.writeRaw(nesting < INDENTS.length ? INDENTS[nesting] : new SerializedString(indentation(nesting)));
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(' ');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    nesting++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    indent(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(FIELD_VALUE);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    indent(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    nesting--;
    if (entries > 0) {
      indent(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
    nesting++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    indent(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    indent(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    nesting--;
    if (values > 0) {
      indent(g);
    }
    g.writeRaw(']');
  }
}
