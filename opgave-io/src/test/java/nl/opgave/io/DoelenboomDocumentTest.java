package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.GroeneCirkel;
import nl.opgave.model.seed.DromenVoorDoeners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DoelenboomDocumentTest {
  private static final OpgaveJson JSON = OpgaveJson.standard();
  private static final Schema TREE_SCHEMA = schema(DocumentType.DOELENBOOM);
  private static final Schema CIRCLE_SCHEMA = schema(DocumentType.GROENE_CIRKEL);

  private static Schema schema(DocumentType<?> type) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(type.schema(),
        InputFormat.JSON);
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void doelenboom_roundTripsAndMatchesItsSchema(long seed) {
    Doelenboom tree = DoelenboomGenerator.doelenboom(seed, 1 + (int) (seed % 30));
    String json = JSON.writeString(tree);

    assertThat(JSON.read(DocumentType.DOELENBOOM, json, "tree.json")).isEqualTo(tree);
    assertThat(JSON.writeString(JSON.read(DocumentType.DOELENBOOM, json, "tree.json"))).isEqualTo(json);
    assertThat(TREE_SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void groeneCirkel_roundTripsAndMatchesItsSchema(long seed) {
    GroeneCirkel circle = DoelenboomGenerator.groeneCirkel(seed, (int) (seed % 20));
    String json = JSON.writeString(circle);

    assertThat(JSON.read(DocumentType.GROENE_CIRKEL, json, "circle.json")).isEqualTo(circle);
    assertThat(JSON.writeString(JSON.read(DocumentType.GROENE_CIRKEL, json, "circle.json"))).isEqualTo(json);
    assertThat(CIRCLE_SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
  }

  @Test
  void seedDocuments_roundTripThroughFacadeAndHostMapper() throws Exception {
    ObjectMapper host = JsonMapper.builder().addModule(new OpgaveModule()).build();
    for (GroeneCirkel circle : DromenVoorDoeners.familie().circles()) {
      assertThat(JSON.read(DocumentType.GROENE_CIRKEL, JSON.write(circle), "seed.json")).isEqualTo(circle);
      assertThat(host.readValue(host.writeValueAsBytes(circle), GroeneCirkel.class)).isEqualTo(circle);
      assertThat(JSON.read(JSON.write(circle), "any.json")).isEqualTo(circle);
    }
    Doelenboom tree = DromenVoorDoeners.doelenboom();
    assertThat(JSON.read(DocumentType.DOELENBOOM, JSON.write(tree), "seed.json")).isEqualTo(tree);
  }

  @Test
  void danglingLinksAndDuplicateNodes_areReportedWithPointers() {
    String json = "{\"format\": \"opgave.doelenboom\", \"version\": 1, \"nodes\": [\n"
        + " {\"id\": \"a\", \"level\": \"droom\", \"text\": \"A\"},\n"
        + " {\"id\": \"a\", \"level\": \"doel\", \"text\": \"B\", \"target\": {\"quantity\": 1e5, \"unit\": \"ha\"}}],\n"
        + " \"links\": [{\"childId\": \"b\", \"parentId\": \"a\"}],\n"
        + " \"crossLinks\": [{\"fromId\": \"a\", \"toId\": \"zz\"}]}";

    List<Problem> problems = JSON.validate(json.getBytes(StandardCharsets.UTF_8), "tree.json");

    assertThat(problems).extracting(Problem::pointer, Problem::message, Problem::expected).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/nodes/1/id", "the id 'a' is used twice",
            "an id not used before in the list"),
        org.assertj.core.groups.Tuple.tuple("/nodes/1/target/quantity", "the number 1e5 has an exponent",
            "a plain decimal number, 12.5"),
        org.assertj.core.groups.Tuple.tuple("/links/0/childId", "'b' names no node of the doelenboom",
            "an id from /nodes"),
        org.assertj.core.groups.Tuple.tuple("/crossLinks/0/toId", "'zz' names no node of the doelenboom",
            "an id from /nodes"));
    assertThat(problems.get(2).render(java.util.Locale.forLanguageTag("nl"))).isEqualTo("tree.json:4:24:"
        + " /links/0/childId: 'b' noemt geen bestaande knoop van de doelenboom; verwacht een id uit /nodes");
  }

  @Test
  void projectServingAMissingNode_isReported() throws Exception {
    ObjectMapper trees = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
        trees.readTree(JSON.write(DromenVoorDoeners.denHaag()));
    ((com.fasterxml.jackson.databind.node.ArrayNode) tree.at("/projects/0/servedNodeIds")).set(0, "missing-node");

    assertThat(JSON.validate(trees.writeValueAsBytes(tree), "gc.json"))
        .extracting(Problem::pointer, Problem::message, Problem::expected).containsExactly(
            org.assertj.core.groups.Tuple.tuple("/projects/0/servedNodeIds/0",
                "'missing-node' names no node of the doelenboom", "an id from /doelenboom/nodes"));
  }

  @Test
  void referenceAfterTheEnvelope_namesTheNodesPointer_notTheLastFieldSeen() {
    String json = "{\"format\": \"opgave.doelenboom\", \"version\": 1,\n \"links\": [{\"childId\": \"ghost\","
        + " \"parentId\": \"a\"}],\n \"nodes\": [{\"id\": \"a\", \"level\": \"droom\", \"text\": \"A\"}]}";

    assertThat(JSON.validate(json.getBytes(StandardCharsets.UTF_8), "bad.json")).extracting(Problem::toString)
        .containsExactly("bad.json:2:24: /links/0/childId: 'ghost' names no node of the doelenboom; expected an id"
            + " from /nodes");
  }
}
