package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaTest {
  private static final Schema COMMUNITY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(DocumentType.COMMUNITY.schema(), InputFormat.JSON);
  private static final String VALID = OpgaveJson.standard().writeString(Opgavebeweging.community());

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyWrittenDocument_isValidAgainstItsSchema(long seed) {
    String json = OpgaveJson.standard().writeString(CommunityGenerator.community(seed, (int) (seed % 60)));

    assertThat(COMMUNITY.validate(json, InputFormat.JSON)).isEmpty();
  }

  @Test
  void seedDocument_isValidAgainstItsSchema() {
    assertThat(COMMUNITY.validate(VALID, InputFormat.JSON)).isEmpty();
  }

  @Test
  void everyDocumentType_shipsADraft202012Schema() throws Exception {
    for (DocumentType<?> type : DocumentType.all()) {
      JsonNode schema = OpgaveJson.standard().mapper().readTree(type.schema());
      assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.at("/properties/format/const").asText()).isEqualTo(type.format());
      assertThat(schema.at("/properties/version/const").asInt()).isEqualTo(type.version());
    }
  }

  @Test
  void schemaEnums_matchTheCodecsTokens() throws Exception {
    JsonNode defs = OpgaveJson.standard().mapper().readTree(DocumentType.COMMUNITY.schema()).get("$defs");

    assertThat(strings(defs.at("/organisationKind/enum"))).containsExactly(CommunityCodec.KINDS.tokens());
    assertThat(strings(defs.at("/role/enum"))).containsExactly(CommunityCodec.ROLES.tokens());
    assertThat(strings(defs.at("/phase/enum"))).containsExactly(CommunityCodec.PHASES.tokens());
    assertThat(strings(defs.at("/programmeItemKind/enum"))).containsExactly(CommunityCodec.ITEM_KINDS.tokens());
    assertThat(strings(defs.at("/glossaryCategory/enum"))).containsExactly(CommunityCodec.CATEGORIES.tokens());
  }

  static Stream<String[]> invalidSamples() {
    return Stream.of(
        new String[] {"unknown top-level field", "\"name\": \"Opgavebeweging\"", "\"name\": \"O\", \"colour\": 1"},
        new String[] {"wrong format", "\"opgave.community\"", "\"opgave.cafe\""},
        new String[] {"wrong version", "\"version\": 1", "\"version\": 2"},
        new String[] {"missing name", "\"name\": \"Opgavebeweging\",", ""},
        new String[] {"id with a space", "\"id\": \"pzh\"", "\"id\": \"p z h\""},
        new String[] {"unknown organisation kind", "\"kind\": \"provincie\"", "\"kind\": \"county\""},
        new String[] {"number as string", "\"number\": 3", "\"number\": \"3\""},
        new String[] {"time without zone", "\"2025-03-04T10:00:00+01:00[Europe/Amsterdam]\"",
            "\"2025-03-04T10:00:00+01:00\""},
        new String[] {"empty title", "\"title\": \"Groene Cirkels\"", "\"title\": \"\""},
        new String[] {"roles as string", "\"roles\": [\n          \"ambtelijk-opdrachtgever\"\n        ]",
            "\"roles\": \"ambtelijk-opdrachtgever\""},
        new String[] {"duration in minutes", "\"duration\": \"PT30M\"", "\"duration\": 30"},
        new String[] {"member without name", "\"name\": {\n          \"voornaam\": \"Karin\"\n        },", ""});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSamples")
  void handWrittenInvalidSamples_areRejectedByTheSchemaAndTheReader(String what, String from, String to) {
    assertThat(VALID).contains(from);
    String invalid = VALID.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to));

    assertThat(COMMUNITY.validate(invalid, InputFormat.JSON)).as(what).isNotEmpty();
    assertThat(OpgaveJson.standard().validate(invalid.getBytes(StandardCharsets.UTF_8), "invalid.json")).as(what)
        .isNotEmpty();
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(n -> strings.add(n.asText()));
    return strings;
  }
}
