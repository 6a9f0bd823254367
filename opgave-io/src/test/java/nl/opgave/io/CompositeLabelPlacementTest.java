package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.model.ProblemCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompositeLabelPlacementTest {
  private static String community(String field, String value) {
    String event = "{\"id\": \"e1\", \"series\": \"Opgavebeweging\", \"number\": 3, \"title\": \"Bijeenkomst\",\n"
        + "      \"start\": \"2025-03-04T10:00:00+01:00[Europe/Amsterdam]\","
        + " \"end\": \"2025-03-04T16:00:00+01:00[Europe/Amsterdam]\",\n"
        + "      \"location\": \"Den Haag\"}";
    event = event.replaceFirst("\"" + field + "\": (\"[^\"]*\"|\\d+)", "\"" + field + "\": " + value);
    return "{\n  \"format\": \"opgave.community\",\n  \"version\": 1,\n  \"name\": \"X\",\n"
        + "  \"directory\": {},\n  \"begrippenlijst\": {},\n"
        + "  \"calendar\": {\"events\": [\n    " + event + "]}\n}\n";
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "title    | \" Bijeenkomst\" | TEXT_SPACE_AROUND | 8  | 68 | event 'e1': title",
      "series   | \" \"            | TEXT_BLANK        | 8  | 28 | event 'e1': series",
      "number   | 0                | NOT_POSITIVE      | 8  | 56 | event 'e1': number",
      "location | \"\"             | TEXT_BLANK        | 10 | 19 | event 'e1': location"})
  void ruleOfANestedFieldWithACompositeLabel_isPlacedAtThatField(String field, String value, ProblemCode code,
      int line, int column, String label) {
    String json = community(field, value);

    List<Problem> problems = OpgaveJson.standard().validate(json.getBytes(StandardCharsets.UTF_8), "c.json");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(code);
      assertThat(p.pointer()).isEqualTo("/calendar/events/0/" + field);
      assertThat(p.message()).startsWith(label + " must");
      assertThat(p.line()).isEqualTo(line);
      assertThat(p.column()).isEqualTo(column);
      assertThat(p.render(Locale.forLanguageTag("nl"))).startsWith("c.json:" + line + ":" + column
          + ": /calendar/events/0/" + field + ": bijeenkomst 'e1': ");
    });
  }
}
