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
  void seedCalendar_icalendar() throws IOException {
    assertGolden("opgavebeweging.ics", ICalendarWriter.standard().writeBytes(Opgavebeweging.calendar(),
        Instant.parse("2025-03-01T08:00:00Z")));
  }
}
