package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.opgave.model.community.Community;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void scratch() throws Exception {
    Community c = Opgavebeweging.community();
    byte[] bytes = OpgaveJson.standard().write(c);
    Files.write(Path.of("target/seed.json"), bytes);
    Community back = OpgaveJson.standard().read(DocumentType.COMMUNITY, bytes, "seed.json");
    assertThat(back).isEqualTo(c);
  }
}
