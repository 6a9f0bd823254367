package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.opgave.model.community.Community;

/**
 * Fuzzes every JSON reader: any exception other than {@link OpgaveFormatException} (or, through a host's
 * ObjectMapper, Jackson's own) is a bug, and whatever is read must write back to bytes that read to the same value.
 * The committed corpus (JsonFuzzTestInputs) replays in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class JsonFuzzTest {
  private static final OpgaveJson STRICT = OpgaveJson.standard();
  private static final OpgaveJson LENIENT = OpgaveJson.standard().lenient().compact();
  private static final ObjectMapper HOST = STRICT.mapper();

  @FuzzTest(maxDuration = "10m")
  void readAnyDocument(byte[] json) {
    for (OpgaveJson reader : new OpgaveJson[] {STRICT, LENIENT}) {
      Object value;
      try {
        value = reader.read(json, "fuzz.json");
      } catch (OpgaveFormatException e) {
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.getMessage()).doesNotContain("com.fasterxml", "Exception");
        continue;
      }
      byte[] written = reader.write(value);
      assertThat(reader.read(written, "written.json")).isEqualTo(value);
      assertThat(reader.write(reader.read(written, "written.json"))).isEqualTo(written);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void readThroughTheJacksonModule(byte[] json) {
    try {
      Community community = HOST.readValue(json, Community.class);
      assertThat(HOST.readValue(HOST.writeValueAsBytes(community), Community.class)).isEqualTo(community);
    } catch (OpgaveFormatException | JacksonException e) {
      assertThat(e.getMessage()).isNotBlank();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
