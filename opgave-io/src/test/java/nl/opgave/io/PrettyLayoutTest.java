package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PrettyLayoutTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  /** The layout as Jackson's own printer was configured for it before PrettyLayout. */
  private static DefaultPrettyPrinter jacksonLayout() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /** Random documents up to 40 levels deep (past the cached indents), empty and full objects and arrays. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void layout_matchesJacksonsPrettyPrinterAsConfigured(long seed) throws IOException {
    assertThat(chars(seed, PrettyLayout::new)).isEqualTo(chars(seed, PrettyLayoutTest::jacksonLayout));
    assertThat(bytes(seed, PrettyLayout::new)).isEqualTo(bytes(seed, PrettyLayoutTest::jacksonLayout));
  }

  private static String chars(long seed, Supplier<PrettyPrinter> printer) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(printer.get());
      value(g, new Random(seed), 0, seed % 5 == 0 ? 40 : 6);
    }
    return out.toString();
  }

  private static byte[] bytes(long seed, Supplier<PrettyPrinter> printer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(printer.get());
      value(g, new Random(seed), 0, seed % 5 == 0 ? 40 : 6);
    }
    return out.toByteArray();
  }

  private static void value(JsonGenerator g, Random random, int depth, int maxDepth) throws IOException {
    int kind = depth == 0 ? random.nextInt(2) : depth >= maxDepth ? 2 + random.nextInt(5) : random.nextInt(7);
    switch (kind) {
      case 0 -> {
        g.writeStartObject();
        int fields = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(maxDepth > 6 ? 2 : 5);
        for (int f = 0; f < fields; f++) {
          g.writeFieldName("f" + f);
          value(g, random, depth + 1, maxDepth);
        }
        g.writeEndObject();
      }
      case 1 -> {
        g.writeStartArray();
        int values = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(maxDepth > 6 ? 2 : 5);
        for (int v = 0; v < values; v++) {
          value(g, random, depth + 1, maxDepth);
        }
        g.writeEndArray();
      }
      case 2 -> g.writeNumber(random.nextInt());
      case 3 -> g.writeString("s" + random.nextInt(100) + (random.nextBoolean() ? "é\n😀" : ""));
      case 4 -> g.writeBoolean(random.nextBoolean());
      case 5 -> g.writeNull();
      default -> g.writeNumber(random.nextDouble());
    }
  }
}
