package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import nl.opgave.jackson3.OpgaveJackson3Module;
import nl.opgave.jackson3.OpgaveJacksonException;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Member;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.GroeneCirkel;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 2 ({@code OpgaveModule}) and Jackson 3 ({@code OpgaveJackson3Module}) on one class path write the same
 * bytes as {@link OpgaveJson} and read with the same problems. In opgave-io's package (on the class path): it uses
 * that module's seeded generators and golden files from its test jar.
 */
class BothJacksonsTest {
  private static final ObjectMapper JACKSON2 = OpgaveJson.standard().mapper();
  private static final JsonMapper JACKSON3 = JsonMapper.builder()
      .findAndAddModules()
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .build();
  private static final OpgaveJson COMPACT = OpgaveJson.standard().compact();

  @Test
  void bothModules_areLoadedSideBySide() {
    assertThat(JACKSON2.getRegisteredModuleIds()).contains("opgave");
    assertThat(JACKSON3.registeredModules()).anyMatch(m -> m instanceof OpgaveJackson3Module);
    assertThat(ObjectMapper.findModules()).anyMatch(m -> m instanceof OpgaveModule);
    assertThat(OpgaveModule.class.getClassLoader()).isSameAs(OpgaveJackson3Module.class.getClassLoader());
  }

  @Test
  void everyDocumentType_isWrittenAsTheGoldenBytesByJackson2Jackson3AndOpgaveJson() throws Exception {
    for (Map.Entry<String, Object> document : GoldenFileTest.compactDocuments().entrySet()) {
      String golden = new String(GoldenFileTest.golden(document.getKey()), StandardCharsets.UTF_8);
      Object value = document.getValue();

      assertThat(COMPACT.writeString(value)).as("OpgaveJson, %s", document.getKey()).isEqualTo(golden);
      assertThat(JACKSON2.writeValueAsString(value)).as("Jackson 2, %s", document.getKey()).isEqualTo(golden);
      assertThat(JACKSON3.writeValueAsString(value)).as("Jackson 3, %s", document.getKey()).isEqualTo(golden);
      assertThat(JACKSON3.readValue(golden, value.getClass())).as("Jackson 3 reads %s", document.getKey())
          .isEqualTo(value);
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void community_roundTripsThroughBothJacksonsAsTheCanonicalBytes(long seed) throws Exception {
    Community community = CommunityGenerator.community(seed, (int) (seed % 40));
    byte[] canonical = COMPACT.write(community);

    assertThat(JACKSON2.writeValueAsBytes(community)).isEqualTo(canonical);
    assertThat(JACKSON3.writeValueAsBytes(community)).isEqualTo(canonical);
    assertThat(JACKSON2.readValue(canonical, Community.class)).isEqualTo(community);
    assertThat(JACKSON3.readValue(canonical, Community.class)).isEqualTo(community);
    assertThat(JACKSON3.readValue(OpgaveJson.standard().write(community), Community.class)).isEqualTo(community);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void doelenboomAndGroeneCirkel_roundTripThroughBothJacksons(long seed) throws Exception {
    Doelenboom tree = DoelenboomGenerator.doelenboom(seed, 1 + (int) (seed % 30));
    GroeneCirkel circle = DoelenboomGenerator.groeneCirkel(seed, 1 + (int) (seed % 30));

    assertThat(JACKSON3.writeValueAsBytes(tree)).isEqualTo(COMPACT.write(tree));
    assertThat(JACKSON2.writeValueAsBytes(tree)).isEqualTo(COMPACT.write(tree));
    assertThat(JACKSON3.readValue(COMPACT.write(tree), Doelenboom.class)).isEqualTo(tree);
    assertThat(JACKSON3.writeValueAsBytes(circle)).isEqualTo(COMPACT.write(circle));
    assertThat(JACKSON3.readValue(COMPACT.write(circle), GroeneCirkel.class)).isEqualTo(circle);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rotationPlan_roundTripsThroughBothJacksons(long seed) throws Exception {
    RotationPlan plan = CafeDocumentTest.rotation(seed % 40);

    assertThat(JACKSON3.writeValueAsBytes(plan)).isEqualTo(COMPACT.write(plan));
    assertThat(JACKSON3.readValue(COMPACT.write(plan), RotationPlan.class)).isEqualTo(plan);
    assertThat(JACKSON2.readValue(COMPACT.write(plan), RotationPlan.class)).isEqualTo(plan);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "{\"id\": \"a\", \"name\": {\"voornaam\": \"A\"}, \"x\": 1}",
      "{\"id\": \"a\", \"name\": {\"voornaam\": \"A\"}, \"id\": \"b\"}",
      "{\"id\": \"a\", \"name\": {\"voornaam\": \"A\"",
      "{\"id\": 5, \"name\": {\"voornaam\": \"A\", \"tussenvoegsel\": \"Van\"}, \"roles\": [7]}",
      "{\"id\": \"A B\", \"name\": {}}",
      "[1, 2]",
      "{\"id\": \"a\", \"name\": {\"voornaam\": \"A\"}, \"roles\": [\"opgavetrekker\", \"nobody\"]}",
      "{\"id\": \"a\", \"name\": {\"voornaam\": \"A\u0000\"}}",
      "{\"id\": \"a\", \"name\": {\"voornaam\": 1e999999}}",
  })
  void badMember_hasTheSameProblemsThroughBothJacksons(String json) {
    ObjectMapper jackson2 = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .addModule(new OpgaveModule())
        .build();
    JsonMapper jackson3 = JsonMapper.builder().addModule(new OpgaveJackson3Module()).build();

    Throwable two = catchThrowable(() -> jackson2.readValue(json, Member.class));
    Throwable three = catchThrowable(() -> jackson3.readValue(json, Member.class));

    assertThat(two).isInstanceOf(OpgaveJsonMappingException.class);
    assertThat(three).isInstanceOf(OpgaveJacksonException.class);
    List<OpgaveFormatException.Problem> problems = ((OpgaveJsonMappingException) two).problems();
    assertThat(problems).isNotEmpty();
    assertThat(((OpgaveJacksonException) three).problems()).isEqualTo(problems);
    assertThat(three.getCause()).hasMessage(two.getCause().getMessage());
  }

  @Test
  void seedCommunity_withAHostsBeanAroundIt_isTheSameJsonInBothJacksons() throws Exception {
    Map<String, Object> bean = Map.of("community", Opgavebeweging.community());

    assertThat(JACKSON3.writeValueAsString(bean)).isEqualTo(JACKSON2.writeValueAsString(bean));
  }
}
