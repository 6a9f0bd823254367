package nl.opgave.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.io.OpgaveJson;
import nl.opgave.io.ReadLimits;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Member;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

class OpgaveJackson3ModuleTest {
  private static final JsonMapper HOST = JsonMapper.builder()
      .addModule(new OpgaveJackson3Module())
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .build();

  /** A host's own bean holding opgave values. */
  public static final class Envelope {
    public String portal;
    public Community community;
    public List<Member> highlighted;
  }

  @Test
  void module_isFoundByServiceDiscovery() {
    assertThat(MapperBuilder.findModules()).anyMatch(m -> m instanceof OpgaveJackson3Module);
    assertThat(JsonMapper.builder().findAndAddModules().build().registeredModules())
        .extracting(JacksonModule::getModuleName).contains("opgave");
  }

  @Test
  void hostMapper_writesTheSameBytesAsTheFacade() {
    Community seed = Opgavebeweging.community();

    assertThat(HOST.writeValueAsString(seed)).isEqualTo(OpgaveJson.standard().compact().writeString(seed));
    assertThat(HOST.readValue(HOST.writeValueAsBytes(seed), Community.class)).isEqualTo(seed);
  }

  @Test
  void hostMapper_readsValuesInsideItsOwnBeans() {
    Envelope envelope = new Envelope();
    envelope.portal = "pleio";
    envelope.community = Opgavebeweging.community();
    envelope.highlighted = Opgavebeweging.members().subList(0, 2);

    Envelope back = HOST.readValue(HOST.writeValueAsString(envelope), Envelope.class);

    assertThat(back.community).isEqualTo(envelope.community);
    assertThat(back.highlighted).isEqualTo(envelope.highlighted);
  }

  @Test
  void outOfOrderEnvelopeInsideAHostStream_isBufferedAndRead() {
    String json = "{\"name\": \"X\", \"format\": \"opgave.community\", \"directory\": {}, \"version\": 1,"
        + " \"calendar\": {}, \"begrippenlijst\": {}}";

    assertThat(HOST.readValue(json, Community.class).name()).isEqualTo("X");
  }

  @Test
  void problems_areAJacksonExceptionWithOurProblemsAtTheRootAndInsideBeans() {
    assertThatThrownBy(() -> HOST.readValue("{\"id\": \"a\", \"name\": {\"voornaam\": \"A\"}, \"x\": 1}",
        Member.class))
        .isInstanceOf(JacksonException.class)
        .isInstanceOfSatisfying(OpgaveJacksonException.class, e -> assertThat(e.problems())
            .extracting(OpgaveFormatException.Problem::pointer).containsExactly("/x"))
        .hasCauseInstanceOf(OpgaveFormatException.class)
        .hasMessageStartingWith(
            "json:1:45: /x: unknown field 'x'; expected one of 'id', 'name', 'organisationId', 'roles'");
    assertThatThrownBy(() -> HOST.readValue("{\"portal\": \"p\", \"highlighted\": [{\"id\": 5}]}", Envelope.class))
        .isInstanceOfSatisfying(OpgaveJacksonException.class, e -> {
          assertThat(e.problems()).isNotEmpty();
          assertThat(e.getPath()).extracting(JacksonException.Reference::getPropertyName)
              .containsExactly("highlighted", null);
        });
  }

  @Test
  void problems_reachAHostsCatchOfDatabindException() {
    String caught;
    try {
      HOST.readValue("{\"format\": \"opgave.community\", \"version\": 1}", Community.class);
      caught = "nothing";
    } catch (DatabindException e) {
      caught = e.getOriginalMessage();
    }
    assertThat(caught).startsWith("json:1:1: /: missing required field 'name'");
  }

  @Test
  void readLimits_ofTheModuleApply() {
    JsonMapper limited = JsonMapper.builder()
        .addModule(new OpgaveJackson3Module(ReadLimits.DEFAULT.withMaxProblems(2)))
        .build();

    assertThatThrownBy(() -> limited.readValue("{\"id\": 1, \"name\": 2, \"roles\": 3, \"x\": 4}", Member.class))
        .isInstanceOfSatisfying(OpgaveJacksonException.class, e -> assertThat(e.problems()).hasSize(3)
            .last().extracting(OpgaveFormatException.Problem::message).isEqualTo("stopped after 2 problems"));
  }
}
