package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Member;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;

class OpgaveModuleTest {
  private static final ObjectMapper HOST = JsonMapper.builder().addModule(new OpgaveModule()).build();

  /** A host's own bean holding opgave values. */
  public static final class Envelope {
    public String portal;
    public Community community;
    public List<Member> highlighted;
  }

  @Test
  void hostMapper_writesTheSameBytesAsTheFacade() throws Exception {
    Community seed = Opgavebeweging.community();

    assertThat(HOST.writeValueAsString(seed)).isEqualTo(OpgaveJson.standard().compact().writeString(seed));
    assertThat(HOST.readValue(HOST.writeValueAsBytes(seed), Community.class)).isEqualTo(seed);
  }

  @Test
  void hostMapper_readsValuesInsideItsOwnBeans() throws Exception {
    Envelope envelope = new Envelope();
    envelope.portal = "pleio";
    envelope.community = Opgavebeweging.community();
    envelope.highlighted = Opgavebeweging.members().subList(0, 2);

    Envelope back = HOST.readValue(HOST.writeValueAsString(envelope), Envelope.class);

    assertThat(back.community).isEqualTo(envelope.community);
    assertThat(back.highlighted).isEqualTo(envelope.highlighted);
  }

  @Test
  void outOfOrderEnvelopeInsideAHostStream_isBufferedAndRead() throws Exception {
    String json = "{\"name\": \"X\", \"format\": \"opgave.community\", \"directory\": {}, \"version\": 1,"
        + " \"calendar\": {}, \"begrippenlijst\": {}}";

    assertThat(HOST.readValue(json, Community.class).name()).isEqualTo("X");
  }

  @Test
  void problems_areAJsonProcessingExceptionWithOurProblemsAtTheRootAndInsideBeans() {
    assertThatThrownBy(() -> HOST.readValue("{\"id\": \"a\", \"name\": {\"voornaam\": \"A\"}, \"x\": 1}",
        Member.class))
        .isInstanceOf(JsonProcessingException.class)
        .isInstanceOfSatisfying(OpgaveJsonMappingException.class, e -> assertThat(e.problems())
            .extracting(OpgaveFormatException.Problem::pointer).containsExactly("/x"))
        .hasCauseInstanceOf(OpgaveFormatException.class)
        .hasMessage("json:1:45: /x: unknown field 'x'; expected one of 'id', 'name', 'organisationId', 'roles'");
    assertThatThrownBy(() -> HOST.readValue("{\"portal\": \"p\", \"highlighted\": [{\"id\": 5}]}", Envelope.class))
        .isInstanceOfSatisfying(OpgaveJsonMappingException.class, e -> {
          assertThat(e.problems()).isNotEmpty();
          assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName)
              .containsExactly("highlighted", null);
        })
        .hasCauseInstanceOf(OpgaveFormatException.class);
  }

  @Test
  void problems_reachAHostsCatchOfJsonProcessingException() {
    String caught;
    try {
      HOST.readValue("{\"format\": \"opgave.community\", \"version\": 1}", Community.class);
      caught = "nothing";
    } catch (JsonProcessingException e) {
      caught = e.getOriginalMessage();
    }
    assertThat(caught).startsWith("json:1:1: /: missing required field 'name'");
  }

  @Test
  void module_isFoundByServiceDiscovery() {
    assertThat(ObjectMapper.findModules()).anyMatch(m -> m instanceof OpgaveModule);
    assertThat(OpgaveJson.standard().mapper().getRegisteredModuleIds()).contains("opgave");
  }
}
