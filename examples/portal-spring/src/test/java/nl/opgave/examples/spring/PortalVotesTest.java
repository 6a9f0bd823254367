package nl.opgave.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

class PortalVotesTest {
  private static final int VOTERS = 20;
  private static final String[] NAMES = {"Aalders", "Bakker", "Claes", "Dijkstra", "Evers", "Faber", "Gerritsen",
      "Hendriks", "Ismail", "Jansen", "Kok", "Lammers", "Mulder", "Nijland", "Oosterhuis", "Peters", "Quist",
      "Rietveld", "Smit", "Terpstra"};
  private static Portals.Portal portal;

  @BeforeAll
  static void members() throws Exception {
    portal = Portals.shared();
    for (int i = 0; i < VOTERS; i++) {
      HttpResponse<String> added = portal.post("/api/members", "{\"id\":\"stemmer-" + i + "\",\"voornaam\":\"Sam\","
          + "\"achternaam\":\"" + NAMES[i] + "\"}");
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }
  }

  @Test
  void twentyConcurrentVoters_eachVotingTwiceAtOnce_leaveOneVotePerMember() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2 * VOTERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    try {
      for (int i = 0; i < VOTERS; i++) {
        for (String option : List.of("opgavetrekker", "opgaveondersteuner")) {
          String body = "{\"memberId\":\"stemmer-" + i + "\",\"optionId\":\"" + option + "\"}";
          statuses.add(pool.submit(() -> {
            start.await();
            return portal.post("/api/poll/votes", body).statusCode();
          }));
        }
      }
      start.countDown();
      for (Future<Integer> status : statuses) {
        assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    JdbcClient jdbc = portal.context().getBean(JdbcClient.class);
    List<Map<String, Object>> rows = jdbc.sql("select member_id, count(*) as n from poll_vote where member_id like"
        + " 'stemmer-%' group by member_id").query().listOfRows();
    assertThat(rows).hasSize(VOTERS).allSatisfy(row -> assertThat(((Number) row.get("n")).intValue()).isEqualTo(1));
    assertThat(portal.context().getBean(PortalStore.class).poll().votes()).containsKeys("stemmer-0", "stemmer-19");
  }

  @Test
  void database_refusesASecondVoteRowForAMemberOnItsOwn() throws Exception {
    assertThat(portal.post("/api/poll/votes", "{\"memberId\":\"stemmer-3\",\"optionId\":\"opgavetrekker\"}")
        .statusCode()).isEqualTo(200);
    JdbcClient jdbc = portal.context().getBean(JdbcClient.class);
    assertThatThrownBy(() -> jdbc.sql("insert into poll_vote (poll_id, member_id, option_id, voted_at) values"
        + " ('opgavegerichte-rol', 'stemmer-3', 'opgaveondersteuner', :at)").param("at", OffsetDateTime.now())
        .update()).isInstanceOf(DuplicateKeyException.class);
  }
}
