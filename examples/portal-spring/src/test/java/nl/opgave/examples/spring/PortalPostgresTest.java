package nl.opgave.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PortalPostgresTest {
  @TempDir
  Path data;

  @Test
  void postgresqlProfile_migratesKeepsStateAcrossARestartAndEnforcesOneVotePerMember() throws Exception {
    try (PostgresCluster postgres = PostgresCluster.start()) {
      String[] args = {"--spring.profiles.active=postgresql", "--spring.datasource.url=" + postgres.url(),
          "--spring.datasource.username=opgave"};
      try (Portals.Portal first = Portals.start(data, args)) {
        assertThat(first.context().getEnvironment().getProperty("spring.datasource.url")).startsWith(
            "jdbc:postgresql:");
        assertThat(first.post("/api/poll/votes", "{\"memberId\":\"karin\",\"optionId\":\"opgavetrekker\"}")
            .statusCode()).isEqualTo(200);
        assertThat(first.post("/api/chat", "{\"authorId\":\"karin\",\"text\":\"Groeten uit Den Haag\"}")
            .statusCode()).isEqualTo(201);
        JdbcClient jdbc = first.context().getBean(JdbcClient.class);
        assertThatThrownBy(() -> jdbc.sql("insert into poll_vote (poll_id, member_id, option_id, voted_at) values"
            + " ('opgavegerichte-rol', 'karin', 'opgaveondersteuner', :at)").param("at", OffsetDateTime.now())
            .update()).isInstanceOf(DuplicateKeyException.class);
      }
      try (Portals.Portal second = Portals.start(data, args)) {
        JsonNode poll = JsonMapper.shared().readTree(second.get("/api/poll").body());
        assertThat(poll.path("voters").asInt()).isEqualTo(1);
        JsonNode chat = JsonMapper.shared().readTree(second.get("/api/chat").body());
        assertThat(chat.get(0).path("text").asString()).isEqualTo("Groeten uit Den Haag");
      }
    }
  }
}
