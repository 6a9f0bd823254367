package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.opgave.io.OpgaveFormatException.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A field that appears twice is an error in every kind of object of every document, strict or lenient. */
class DuplicateFieldTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  static Stream<Arguments> objectKinds() throws IOException {
    Map<String, byte[]> documents = new LinkedHashMap<>();
    for (String golden : List.of("opgave.community.generated-7.json", "opgave.community.seed.json",
        "opgave.groene-cirkel.den-haag.json", "opgave.rotation-plan.generated-5.json",
        "opgave.session-plan.4-maart.json")) {
      try (InputStream in = DuplicateFieldTest.class.getResourceAsStream("golden/" + golden)) {
        documents.put(golden, in.readAllBytes());
      }
    }
    documents.put("doelenboom", OpgaveJson.standard().write(DoelenboomGenerator.doelenboom(3, 40)));
    documents.put("groene-cirkel", OpgaveJson.standard().write(DoelenboomGenerator.groeneCirkel(3, 40)));
    List<Arguments> cases = new ArrayList<>();
    Map<String, Boolean> kinds = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> document : documents.entrySet()) {
      JsonNode root = TREES.readTree(document.getValue());
      List<String> pointers = new ArrayList<>();
      objects(root, "", pointers);
      for (String pointer : pointers) {
        String kind = pointer.replaceAll("/\\d+", "/*");
        if (kinds.putIfAbsent(document.getKey().replaceAll("\\..*", "") + kind, true) == null) {
          cases.add(Arguments.of(document.getKey(), pointer, document.getValue()));
        }
      }
    }
    return cases.stream();
  }

  private static void objects(JsonNode node, String pointer, List<String> pointers) {
    if (node.isObject() && node.size() > 0) {
      pointers.add(pointer);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        objects(field.getValue(), pointer + "/" + field.getKey(), pointers);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objects(node.get(i), pointer + "/" + i, pointers);
      }
    }
  }

  /** Writes the tree with the first field of the object at the pointer written again at its end. */
  private static String withDuplicate(JsonNode node, String pointer, String at) throws IOException {
    if (node.isObject()) {
      StringBuilder out = new StringBuilder("{");
      String first = null;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String written = TREES.writeValueAsString(field.getKey()) + ":"
            + withDuplicate(field.getValue(), pointer, at + "/" + field.getKey());
        first = first == null ? written : first;
        out.append(out.length() > 1 ? "," : "").append(written);
      }
      if (at.equals(pointer)) {
        out.append(",\n").append(first);
      }
      return out.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < node.size(); i++) {
        out.append(i > 0 ? "," : "").append(withDuplicate(node.get(i), pointer, at + "/" + i));
      }
      return out.append(']').toString();
    }
    return TREES.writeValueAsString(node);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("objectKinds")
  void fieldTwice_isReported(String document, String pointer, byte[] bytes) throws IOException {
    JsonNode root = TREES.readTree(bytes);
    String name = root.at(pointer).properties().iterator().next().getKey();
    byte[] twice = withDuplicate(root, pointer, "").getBytes(StandardCharsets.UTF_8);

    for (OpgaveJson json : List.of(OpgaveJson.standard(), OpgaveJson.standard().lenient())) {
      List<Problem> problems = json.validate(twice, "twice.json");
      assertThat(problems).as("%s at %s", document, pointer).singleElement().satisfies(p -> {
        assertThat(p.message()).isEqualTo("the field " + JsonIn.quote(name) + " appears twice");
        assertThat(p.pointer()).isEqualTo(pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
        assertThat(p.line()).isEqualTo(2);
      });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownValues")
  void fieldTwiceInsideAnIgnoredField_isReportedInLenientMode(String unknown) {
    String json = "{\"format\": \"opgave.doelenboom\", \"version\": 1, \"x\": " + unknown + ", \"nodes\": []}";

    assertThat(OpgaveJson.standard().lenient().validate(json.getBytes(StandardCharsets.UTF_8), "x.json"))
        .extracting(Problem::message).containsExactly("the field 'a' appears twice");
  }

  static Stream<String> unknownValues() {
    return Stream.of("{\"a\": 1, \"a\": 2}", "[{\"b\": {\"a\": 1, \"a\": 2}}]", "{\"a\": {}, \"b\": [], \"a\": 1}");
  }
}
