package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import nl.opgave.model.community.Community;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CommunityRoundTripTest {
  private static final OpgaveJson PRETTY = OpgaveJson.standard();
  private static final OpgaveJson COMPACT = OpgaveJson.standard().compact();

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readOfWrite_equalsTheValue(long seed) {
    Community community = CommunityGenerator.community(seed, (int) (seed % 40));

    assertThat(PRETTY.read(DocumentType.COMMUNITY, PRETTY.write(community), "pretty.json")).isEqualTo(community);
    assertThat(COMPACT.read(DocumentType.COMMUNITY, COMPACT.write(community), "compact.json"))
        .isEqualTo(community);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writeOfRead_equalsTheCanonicalBytes(long seed) {
    String canonical = PRETTY.writeString(CommunityGenerator.community(seed, (int) (seed % 40)));

    assertThat(PRETTY.writeString(PRETTY.read(DocumentType.COMMUNITY, canonical, "pretty.json")))
        .isEqualTo(canonical);
    String compact = COMPACT.writeString(PRETTY.read(DocumentType.COMMUNITY, canonical, "pretty.json"));
    assertThat(COMPACT.writeString(COMPACT.read(DocumentType.COMMUNITY, compact, "compact.json")))
        .isEqualTo(compact);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writing_isDeterministic(long seed) {
    assertThat(PRETTY.writeString(CommunityGenerator.community(seed, 25)))
        .isEqualTo(PRETTY.writeString(CommunityGenerator.community(seed, 25)));
  }

  @Test
  void seedCommunity_roundTrips() {
    Community seed = Opgavebeweging.community();

    assertThat(PRETTY.read(DocumentType.COMMUNITY, PRETTY.writeString(seed), "seed.json")).isEqualTo(seed);
  }

  @Test
  void fieldOrder_doesNotMatterForReading() {
    String shuffled = "{\"name\": \"X\", \"directory\": {\"members\": [{\"roles\": [], \"name\": {\"voornaam\": \"A\"},"
        + " \"id\": \"a\", \"organisationId\": \"o\"}], \"organisations\": [{\"kind\": \"rijk\", \"name\": \"O\","
        + " \"id\": \"o\"}]}, \"version\": 1, \"calendar\": {}, \"begrippenlijst\": {}, \"format\": \"opgave.community\"}";

    Community community = PRETTY.read(DocumentType.COMMUNITY, shuffled, "shuffled.json");

    assertThat(community.directory().member("a").flatMap(m -> m.organisationId())).contains("o");
  }
}
