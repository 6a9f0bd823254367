package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/** Fuzzes the participant CSV reader: any exception other than {@link OpgaveFormatException} is a bug. */
class CsvFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void readParticipants(byte[] csv) {
    try {
      List<ParticipantRow> rows = ParticipantCsv.standard().read(csv, "fuzz.csv");
      assertThat(rows).allSatisfy(r -> assertThat(r.name()).isNotBlank());
    } catch (OpgaveFormatException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isNotNegative());
    }
  }
}
