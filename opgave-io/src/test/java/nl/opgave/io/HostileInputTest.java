package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.opgave.io.OpgaveFormatException.Problem;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

class HostileInputTest {
  private static final OpgaveJson JSON = OpgaveJson.standard();
  private static final String HEAD = "{\"format\": \"opgave.community\", \"version\": 1, ";

  private static List<Problem> problems(byte[] json) {
    List<Problem> problems = JSON.validate(json, "hostile.json");
    assertThat(problems).isNotEmpty();
    for (Problem problem : problems) {
      assertThat(problem.toString()).doesNotContainIgnoringCase("jackson").doesNotContain("com.fasterxml", "java.",
          "Source:", "StreamReadConstraints", "Exception", "$");
    }
    return problems;
  }

  private static List<Problem> problems(String json) {
    return problems(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void deepNesting_stopsAtTheDepthLimit() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String deepObjects = HEAD + "\"name\": " + "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_001);

    assertThat(problems(deep)).extracting(Problem::message).containsExactly(
        "found an array", "objects and arrays are nested deeper than 64 levels (the read limit)");
    assertThat(problems(deepObjects)).extracting(Problem::message).containsExactly("found an object",
        "objects and arrays are nested deeper than 64 levels (the read limit)");
  }

  @Test
  void fiftyMegabyteString_stopsAtTheStringLimit() throws Exception {
    byte[] json = new byte[50 * 1024 * 1024 + 100];
    byte[] head = (HEAD + "\"name\": \"").getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, json, 0, head.length);
    Arrays.fill(json, head.length, json.length - 2, (byte) 'x');
    json[json.length - 2] = '"';
    json[json.length - 1] = '}';

    assertThat(problems(json)).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("a string is longer than 1000000 characters (the read limit)");
      assertThat(p.pointer()).isEqualTo("/name");
    });
    OpgaveJson small = JSON.withLimits(ReadLimits.DEFAULT.withMaxDocumentBytes(1 << 20));
    ThrowableAssert.ThrowingCallable read = () -> small.read(DocumentType.COMMUNITY, new ByteArrayInputStream(json),
        "big.json");
    org.assertj.core.api.Assertions.assertThatThrownBy(read).isInstanceOf(OpgaveFormatException.class)
        .hasMessage("big.json:0:0: /: the document is larger than 1048576 bytes (the read limit)");
  }

  @Test
  void duplicateKeys_areRejected() {
    assertThat(problems(HEAD + "\"name\": \"a\",\n \"name\": \"b\"}")).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("the field 'name' appears twice");
      assertThat(p.line()).isEqualTo(2);
    });
    assertThat(problems("{\"format\": \"opgave.community\", \"format\": \"opgave.community\", \"version\": 1}"))
        .extracting(Problem::message).containsExactly("the field 'format' appears twice");
  }

  @Test
  void hugeExponent_isNotAnInteger() {
    assertThat(problems("{\"format\": \"opgave.community\", \"version\": 1e999999}")).singleElement()
        .satisfies(p -> assertThat(p.toString()).isEqualTo("hostile.json:1:43: /version: found a number with a"
            + " fraction or exponent; expected an integer"));
    assertThat(JSON.lenient().validate((HEAD + "\"x\": 1e999999, \"name\": 1e999999}").getBytes(
        StandardCharsets.UTF_8), "h.json")).extracting(Problem::message).contains("found a number with a fraction"
        + " or exponent");
    assertThat(problems(HEAD + "\"name\": " + "9".repeat(5000) + "}")).extracting(Problem::message)
        .containsExactly("a number is longer than 40 characters (the read limit)");
    assertThat(problems("{\"format\": \"opgave.community\", \"version\": 99999999999}")).extracting(Problem::message)
        .containsExactly("the number 99999999999 is too large");
  }

  @Test
  void invalidUtf8_isReported() {
    byte[] head = (HEAD + "\"name\": \"ab").getBytes(StandardCharsets.US_ASCII);
    byte[] json = Arrays.copyOf(head, head.length + 4);
    json[head.length] = (byte) 0xff;
    json[head.length + 1] = (byte) 0xfe;
    json[head.length + 2] = '"';
    json[head.length + 3] = '}';

    assertThat(problems(json)).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("invalid UTF-8");
      assertThat(p.expected()).isEqualTo("text encoded as UTF-8");
    });
  }

  @Test
  void emptyAndBlankFiles_areReported() {
    assertThat(problems(new byte[0])).singleElement().satisfies(p -> assertThat(p.toString())
        .isEqualTo("hostile.json:1:1: /: the document is empty; expected a JSON object"));
    assertThat(problems(" \n\t ")).extracting(Problem::message).containsExactly("the document is empty");
  }

  @Test
  void arrayWhereAnObjectBelongs_isReported() {
    assertThat(problems("[{\"format\": \"opgave.community\"}]")).singleElement().satisfies(p -> assertThat(
        p.toString()).isEqualTo("hostile.json:1:1: /: found an array; expected a JSON object: an opgave document"
        + " with 'format' and 'version'"));
    assertThat(problems(HEAD + "\"name\": \"x\", \"directory\": [], \"calendar\": {}, \"begrippenlijst\": {}}"))
        .extracting(Problem::pointer, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/directory", "found an array"));
  }

  @Test
  void malformedAndTruncatedJson_isReported() {
    assertThat(problems(HEAD + "\"name\": \"x\"")).extracting(Problem::message)
        .singleElement().asString().startsWith("the document ends");
    assertThat(problems(HEAD + "\"name\": 'x'}")).extracting(Problem::message)
        .singleElement().asString().startsWith("malformed JSON: ");
    assertThat(problems(HEAD + "\"name\": NaN}")).extracting(Problem::message)
        .singleElement().asString().startsWith("malformed JSON: ");
    assertThat(problems(HEAD + "/* c */ \"name\": \"x\"}")).extracting(Problem::message)
        .singleElement().asString().startsWith("malformed JSON: ");
    assertThat(problems("{\"format\": \"opgave.community\", \"version\": 1} {}")).extracting(Problem::message)
        .contains("found more content after the document");
  }

  @Test
  void longNamesAndLargeCollections_stopAtTheirLimits() {
    assertThat(problems(HEAD + "\"" + "n".repeat(2000) + "\": 1}")).extracting(Problem::message)
        .containsExactly("a field name is longer than 1000 characters (the read limit)");
    OpgaveJson small = JSON.withLimits(ReadLimits.DEFAULT.withMaxCollectionSize(3));
    assertThat(small.validate((HEAD + "\"name\": \"x\", \"opgaven\": [1, 2, 3, 4, 5]}").getBytes(
        StandardCharsets.UTF_8), "c.json")).extracting(Problem::message)
        .contains("the array has more than 3 elements (the read limit)");
  }

  @Test
  void limits_rejectNonPositiveValues() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReadLimits.DEFAULT.withMaxDepth(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDepth must be positive, but was 0");
  }
}
