package nl.opgave.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PortalRestartTest {
  @TempDir
  Path data;

  @Test
  void restart_readsBackTheVoteTheChatMessageAndTheSavedPlan() throws Exception {
    String planId;
    try (Portals.Portal first = Portals.start(data)) {
      assertThat(first.post("/api/poll/votes", "{\"memberId\":\"karin\",\"optionId\":\"opgavetrekker\"}")
          .statusCode()).isEqualTo(200);
      assertThat(first.post("/api/chat", "{\"authorId\":\"joyce-otten\",\"text\":\"Tot in Zwolle!\"}")
          .statusCode()).isEqualTo(201);
      planId = JsonMapper.shared().readTree(first.post("/api/plans", "{\"title\":\"Zwolle\",\"count\":12,"
          + "\"tables\":3,\"rounds\":2}").body()).path("id").asString();
    }
    try (Portals.Portal second = Portals.start(data)) {
      JsonNode poll = JsonMapper.shared().readTree(second.get("/api/poll").body());
      assertThat(poll.path("voters").asInt()).isEqualTo(1);
      assertThat(poll.path("options").values()).anySatisfy(o -> {
        assertThat(o.path("id").asString()).isEqualTo("opgavetrekker");
        assertThat(o.path("votes").asInt()).isEqualTo(1);
      });
      JsonNode chat = JsonMapper.shared().readTree(second.get("/api/chat").body());
      assertThat(chat.size()).isEqualTo(1);
      assertThat(chat.get(0).path("author").asString()).isEqualTo("Joyce Otten");
      assertThat(chat.get(0).path("text").asString()).isEqualTo("Tot in Zwolle!");
      assertThat(second.get("/api/plans/" + planId).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void defaultConfiguration_keepsTheDatabaseInOpgavePortalDataUnderTheWorkingDirectory() throws Exception {
    Path defaultDir = Path.of("opgave-portal-data").toAbsolutePath();
    boolean existed = Files.exists(defaultDir);
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
        .run("--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=WARN")) {
      assertThat(context.getBean(PortalStore.class).directory().members()).isNotEmpty();
      assertThat(defaultDir.resolve("portal.mv.db")).exists();
    } finally {
      if (!existed && Files.exists(defaultDir)) {
        try (var paths = Files.walk(defaultDir)) {
          paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }
}
