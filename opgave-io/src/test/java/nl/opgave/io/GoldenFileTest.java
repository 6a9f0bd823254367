package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.opgave.model.community.Community;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;

/**
 * The same value always gives the same bytes: written output is compared with committed golden files. To accept
 * a deliberate format change, run once with {@code -Dopgave.golden.update=true} and review the diff.
 */
class GoldenFileTest {
  private static final boolean UPDATE = Boolean.getBoolean("opgave.golden.update");

  private static void assertGolden(String name, byte[] actual) throws IOException {
    if (UPDATE) {
      Files.write(Path.of("src/test/resources/nl/opgave/io/golden", name), actual);
    }
    try (InputStream in = GoldenFileTest.class.getResourceAsStream("golden/" + name)) {
      assertThat(in).as("golden file %s (run with -Dopgave.golden.update=true to create it)", name).isNotNull();
      assertThat(new String(actual, StandardCharsets.UTF_8))
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void seedCommunity_pretty() throws IOException {
    assertGolden("opgave.community.seed.json", OpgaveJson.standard().write(Opgavebeweging.community()));
  }

  @Test
  void seedCommunity_compact() throws IOException {
    assertGolden("opgave.community.seed.compact.json",
        OpgaveJson.standard().compact().write(Opgavebeweging.community()));
  }

  @Test
  void generatedCommunity_withAwkwardText() throws IOException {
    Community community = CommunityGenerator.community(7, 12);
    byte[] bytes = OpgaveJson.standard().write(community);

    assertGolden("opgave.community.generated-7.json", bytes);
    assertThat(OpgaveJson.standard().read(DocumentType.COMMUNITY, bytes, "golden")).isEqualTo(community);
  }

  @Test
  void seedGroeneCirkel_pretty() throws IOException {
    assertGolden("opgave.groene-cirkel.den-haag.json",
        OpgaveJson.standard().write(nl.opgave.model.seed.DromenVoorDoeners.denHaag()));
  }

  @Test
  void seedSessionPlan_pretty() throws IOException {
    assertGolden("opgave.session-plan.4-maart.json",
        OpgaveJson.standard().write(nl.opgave.model.seed.WorldCafe4Maart.sessionPlan()));
  }

  @Test
  void generatedRotationPlan_compact() throws IOException {
    assertGolden("opgave.rotation-plan.generated-5.json",
        OpgaveJson.standard().compact().write(CafeDocumentTest.rotation(5)));
  }

  @Test
  void seedDoelenboom_prettyAndCompact() throws IOException {
    assertGolden("opgave.doelenboom.den-haag.json",
        OpgaveJson.standard().write(nl.opgave.model.seed.DromenVoorDoeners.doelenboom()));
    assertGolden("opgave.doelenboom.den-haag.compact.json",
        OpgaveJson.standard().compact().write(nl.opgave.model.seed.DromenVoorDoeners.doelenboom()));
  }

  @Test
  void everyDocumentType_compact() throws IOException {
    assertGolden("opgave.groene-cirkel.den-haag.compact.json",
        OpgaveJson.standard().compact().write(nl.opgave.model.seed.DromenVoorDoeners.denHaag()));
    assertGolden("opgave.session-plan.4-maart.compact.json",
        OpgaveJson.standard().compact().write(nl.opgave.model.seed.WorldCafe4Maart.sessionPlan()));
    assertGolden("opgave.community.generated-7.compact.json",
        OpgaveJson.standard().compact().write(CommunityGenerator.community(7, 12)));
  }

  /** The golden files of {@link #compactDocuments()}, and the values written into them. */
  static java.util.Map<String, Object> compactDocuments() {
    java.util.Map<String, Object> documents = new java.util.LinkedHashMap<>();
    documents.put("opgave.community.seed.compact.json", Opgavebeweging.community());
    documents.put("opgave.community.generated-7.compact.json", CommunityGenerator.community(7, 12));
    documents.put("opgave.doelenboom.den-haag.compact.json", nl.opgave.model.seed.DromenVoorDoeners.doelenboom());
    documents.put("opgave.groene-cirkel.den-haag.compact.json", nl.opgave.model.seed.DromenVoorDoeners.denHaag());
    documents.put("opgave.session-plan.4-maart.compact.json", nl.opgave.model.seed.WorldCafe4Maart.sessionPlan());
    documents.put("opgave.rotation-plan.generated-5.json", CafeDocumentTest.rotation(5));
    return documents;
  }

  /** The committed bytes of a golden file. */
  static byte[] golden(String name) throws IOException {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream("golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void jackson2Mapper_writesTheGoldenBytesOfEveryDocumentType() throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper mapper = OpgaveJson.standard().mapper();
    for (java.util.Map.Entry<String, Object> document : compactDocuments().entrySet()) {
      assertThat(new String(mapper.writeValueAsBytes(document.getValue()), StandardCharsets.UTF_8))
          .as(document.getKey())
          .isEqualTo(new String(golden(document.getKey()), StandardCharsets.UTF_8));
      assertThat(mapper.readValue(golden(document.getKey()), document.getValue().getClass()))
          .isEqualTo(document.getValue());
    }
  }

  @Test
  void seedCalendar_icalendar() throws IOException {
    assertGolden("opgavebeweging.ics", ICalendarWriter.standard().writeBytes(Opgavebeweging.calendar(),
        Instant.parse("2025-03-01T08:00:00Z")));
  }
}
