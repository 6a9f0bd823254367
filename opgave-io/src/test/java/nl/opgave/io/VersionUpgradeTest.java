package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.model.community.Community;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;

/** A synthetic version 0 of opgave.community kept its organisations and members at the top level. */
class VersionUpgradeTest {
  private static final DocumentType<Community> WITH_V0 = DocumentType.COMMUNITY.withUpgrade(0,
      VersionUpgradeTest::upgradeFromV0);
  private static final OpgaveJson READER = new OpgaveJson(true, false, ReadLimits.DEFAULT, List.of(WITH_V0));

  private static ObjectNode upgradeFromV0(ObjectNode v0) {
    ObjectNode directory = v0.objectNode();
    if (v0.has("organisations")) {
      directory.set("organisations", v0.remove("organisations"));
    }
    if (v0.has("members")) {
      directory.set("members", v0.remove("members"));
    }
    v0.set("directory", directory);
    return v0;
  }

  private static String asV0(Community community) {
    ObjectNode tree = (ObjectNode) OpgaveJson.standard().mapper().valueToTree(community);
    ObjectNode directory = (ObjectNode) tree.remove("directory");
    tree.put("version", 0);
    tree.set("organisations", directory.get("organisations"));
    tree.set("members", directory.get("members"));
    return tree.toString();
  }

  @Test
  void versionZeroDocument_isUpgradedOnRead() {
    Community seed = Opgavebeweging.community();

    assertThat(WITH_V0.oldestVersion()).isZero();
    assertThat(READER.read(WITH_V0, asV0(seed), "v0.json")).isEqualTo(seed);
    assertThat(READER.read(WITH_V0, OpgaveJson.standard().writeString(seed), "v1.json")).isEqualTo(seed);
  }

  @Test
  void problemsInAnUpgradedDocument_havePointersOfTheCurrentVersion() {
    String v0 = "{\"format\": \"opgave.community\", \"version\": 0, \"name\": \"X\", \"calendar\": {},"
        + " \"begrippenlijst\": {}, \"members\": [{\"id\": \"a\", \"name\": {}, \"organisationId\": \"none\"}]}";

    List<Problem> problems = READER.validate(v0.getBytes(StandardCharsets.UTF_8), "v0.json");

    assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/directory/members/0/name",
            "name must have a voornaam, voorletters or achternaam, but has none"),
        org.assertj.core.groups.Tuple.tuple("/directory/members/0/organisationId", "'none' names no organisation"));
  }

  @Test
  void versionsOutsideTheUpgradeChain_areRejected() {
    List<Problem> problems = READER.validate("{\"format\": \"opgave.community\", \"version\": -1}".getBytes(
        StandardCharsets.UTF_8), "old.json");

    assertThat(problems).singleElement().satisfies(p -> assertThat(p.toString()).isEqualTo("old.json:1:43:"
        + " /version: version -1 of opgave.community is older than this reader can upgrade; expected a version from 0"
        + " to 1"));
    assertThat(OpgaveJson.standard().validate("{\"format\": \"opgave.community\", \"version\": 0}".getBytes(
        StandardCharsets.UTF_8), "old.json")).extracting(Problem::expected).containsExactly("version 1");
  }
}
