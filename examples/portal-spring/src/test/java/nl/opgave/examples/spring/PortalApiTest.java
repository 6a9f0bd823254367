package nl.opgave.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nl.opgave.io.DocumentType;
import nl.opgave.io.OpgaveJson;
import nl.opgave.model.seed.DromenVoorDoeners;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PortalApiTest {
  private static Portals.Portal portal;

  @BeforeAll
  static void start() throws Exception {
    portal = Portals.shared();
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JsonMapper.shared().readTree(response.body());
  }

  /** Asserts an RFC 9457 problem-details response without a stack trace, and returns its body. */
  static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("trace");
    JsonNode body = JsonMapper.shared().readTree(response.body());
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("title").asString()).isNotBlank();
    return body;
  }

  @Test
  void members_searchIgnoresCaseAndAccents() throws Exception {
    JsonNode members = json(portal.get("/api/members?q=ijssel"));
    assertThat(members.size()).isEqualTo(1);
    assertThat(members.get(0).path("name").asString()).isEqualTo("Marianne Witlox-van den IJssel");
  }

  @Test
  void members_refuseABrokenNameWithTheModelsRuleAsProblemDetails() throws Exception {
    JsonNode body = problem(portal.post("/api/members",
        "{\"id\":\"jan-de-vries\",\"voornaam\":\"Jan\",\"tussenvoegsel\":\"De\",\"achternaam\":\"Vries\"}"), 400);
    assertThat(body.path("type").asString()).isEqualTo("urn:opgave:problem:invalid-value");
    assertThat(body.path("problems").get(0).path("message").asString()).contains("tussenvoegsel")
        .contains("'De'");
    assertThat(body.path("problems").get(0).path("code").asString()).isNotBlank();
  }

  @Test
  void members_refuseATakenIdInTheLanguageAsked() throws Exception {
    String id = json(portal.get("/api/members")).get(0).path("id").asString();
    String member = "{\"id\":\"" + id + "\",\"voornaam\":\"Jan\",\"achternaam\":\"Vries\"}";

    JsonNode dutch = problem(portal.post("/api/members", member, "nl"), 400);
    JsonNode english = problem(portal.post("/api/members", member, "en"), 400);

    assertThat(dutch.path("problems").get(0).path("code").asString()).isEqualTo("PORTAL_MEMBER_ID_TAKEN");
    assertThat(dutch.path("problems").get(0).path("message").asString())
        .isEqualTo("het id '" + id + "' is al van een ander lid");
    assertThat(dutch.path("detail").asString()).contains("is al van een ander lid").doesNotContain("taken");
    assertThat(english.path("problems").get(0).path("message").asString())
        .isEqualTo("member id '" + id + "' is taken");
  }

  @Test
  void calendar_readsRelativeToTheInstantAsked() throws Exception {
    JsonNode calendar = json(portal.get("/api/calendar?now=2025-06-04T10:00:00%2B02:00"));
    assertThat(calendar.path("next").path("id").asString()).isEqualTo("opgavebeweging-5");
  }

  @Test
  void calendar_refusesABadInstantAsProblemDetails() throws Exception {
    JsonNode body = problem(portal.get("/api/calendar?now=gisteren"), 400);
    assertThat(body.path("detail").asString()).contains("'gisteren'");
  }

  @Test
  void begrippenlijst_isSortedAndSearchable() throws Exception {
    JsonNode all = json(portal.get("/api/begrippenlijst"));
    assertThat(all.size()).isGreaterThan(10);
    JsonNode found = json(portal.get("/api/begrippenlijst?q=opgave"));
    assertThat(found.size()).isPositive().isLessThan(all.size());
  }

  @Test
  void poll_refusesAnUnknownOptionAndAnUnknownMember() throws Exception {
    JsonNode option = problem(portal.post("/api/poll/votes", "{\"memberId\":\"karin\",\"optionId\":\"koning\"}"),
        400);
    assertThat(option.path("problems").get(0).path("message").asString()).contains("unknown option 'koning'");
    JsonNode member = problem(portal.post("/api/poll/votes",
        "{\"memberId\":\"niemand\",\"optionId\":\"opgavetrekker\"}"), 400);
    assertThat(member.path("problems").get(0).path("message").asString()).contains("'niemand'");
  }

  @Test
  void chat_refusesAnEmptyMessage() throws Exception {
    problem(portal.post("/api/chat", "{\"authorId\":\"karin\",\"text\":\"\"}"), 400);
  }

  @Test
  void plans_areSavedAndReadBackAsTheLibrarysDocument() throws Exception {
    HttpResponse<String> saved = portal.post("/api/plans",
        "{\"title\":\"Zwolle\",\"count\":15,\"tables\":5,\"rounds\":3,\"seed\":7}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    String id = json(saved).path("id").asString();
    assertThat(json(portal.get("/api/plans")).findValuesAsString("id")).contains(id);
    HttpResponse<String> document = portal.get("/api/plans/" + id);
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(OpgaveJson.standard().read(DocumentType.ROTATION_PLAN, document.body(), "response").request()
        .participants()).hasSize(15);
    problem(portal.get("/api/plans/plan-bestaat-niet"), 404);
  }

  @Test
  void savedPlan_isADownloadablePdfToPrint() throws Exception {
    HttpResponse<String> saved = portal.post("/api/plans",
        "{\"title\":\"Deventer\",\"count\":12,\"tables\":3,\"rounds\":3,\"seed\":2}");
    String id = json(saved).path("id").asString();
    HttpResponse<String> pdf = portal.get("/api/plans/" + id + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        value -> assertThat(value).startsWith("attachment").contains(id + ".pdf"));
    assertThat(pdf.body()).startsWith("%PDF-");
    problem(portal.get("/api/plans/plan-bestaat-niet.pdf"), 404);
  }

  @Test
  void unknownPlan_isNotFoundInTheLanguageAsked() throws Exception {
    JsonNode dutch = problem(portal.get("/api/plans/plan-bestaat-niet", "nl"), 404);
    JsonNode english = problem(portal.get("/api/plans/plan-bestaat-niet.pdf", "en"), 404);

    assertThat(dutch.path("problems").get(0).path("code").asString()).isEqualTo("PORTAL_PLAN_UNKNOWN");
    assertThat(dutch.path("detail").asString()).contains("er is geen bewaard plan met het id 'plan-bestaat-niet'")
        .doesNotContain("saved");
    assertThat(english.path("detail").asString()).contains("no saved plan has the id 'plan-bestaat-niet'");
  }

  @Test
  void rotation_plansWithoutRepeatsWhenTheNumbersAllow() throws Exception {
    JsonNode plan = json(portal.post("/api/rotation", "{\"count\":16,\"tables\":4,\"rounds\":3,\"seed\":1}"));
    assertThat(plan.path("repeats").asLong()).isZero();
    assertThat(plan.path("rounds").size()).isEqualTo(3);
  }

  @Test
  void community_isTheLibrarysDocumentThroughBootsJsonMapper() throws Exception {
    HttpResponse<String> response = portal.get("/api/community");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(OpgaveJson.standard().read(DocumentType.COMMUNITY, response.body(), "response"))
        .isEqualTo(nl.opgave.model.seed.Opgavebeweging.community());
  }

  @Test
  void doelenboom_validatesTheLibrarysDocument() throws Exception {
    String document = new String(OpgaveJson.standard().write(DocumentType.DOELENBOOM,
        DromenVoorDoeners.doelenboom()), StandardCharsets.UTF_8);
    JsonNode result = json(portal.post("/api/doelenboom/validate", document));
    assertThat(result.path("nodes").asInt()).isPositive();
    assertThat(result.has("valid")).isTrue();
  }

  @Test
  void doelenboom_unreadableDocumentListsEveryProblemWithItsPointer() throws Exception {
    JsonNode body = problem(portal.post("/api/doelenboom/validate",
        "{\"format\":\"opgave.doelenboom\",\"version\":1,\n\"nodes\":[{\"id\":\"a\",\"text\":7}]}"), 400);
    assertThat(body.path("type").asString()).isEqualTo("urn:opgave:problem:invalid-document");
    assertThat(body.path("problems").values()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.has("pointer")).isTrue();
      assertThat(p.path("line").asInt()).isPositive();
      assertThat(p.path("message").asString()).isNotBlank();
    });
    assertThat(body.path("problems").findValuesAsString("pointer")).contains("/nodes/0/text");
  }

  @Test
  void malformedBody_withAcceptLanguageNlNl_isInDutchWithEveryCodeAndPointer() throws Exception {
    String document = "{\"format\":\"opgave.doelenboom\",\"version\":1,\n\"nodes\":[{\"id\":\"a\",\"text\":7}],\"x\":1}";
    JsonNode english = problem(portal.post("/api/doelenboom/validate", document), 400);
    JsonNode dutch = problem(portal.post("/api/doelenboom/validate", document, "nl-NL,nl;q=0.9,en;q=0.8"), 400);
    assertThat(english.path("title").asString()).isEqualTo("Unreadable document");
    assertThat(dutch.path("title").asString()).isEqualTo("Onleesbaar document");
    assertThat(dutch.path("instance").asString()).isEqualTo("/api/doelenboom/validate");
    assertThat(dutch.path("problems").size()).isEqualTo(english.path("problems").size()).isGreaterThan(1);
    for (int i = 0; i < english.path("problems").size(); i++) {
      JsonNode nl = dutch.path("problems").get(i);
      JsonNode en = english.path("problems").get(i);
      assertThat(nl.path("code").asString()).isEqualTo(en.path("code").asString()).isNotBlank();
      assertThat(nl.path("pointer").asString()).isEqualTo(en.path("pointer").asString());
      assertThat(nl.path("line").asInt()).isEqualTo(en.path("line").asInt()).isPositive();
    }
    assertThat(dutch.path("problems").values()).anySatisfy(p -> {
      assertThat(p.path("pointer").asString()).isEqualTo("/nodes/0/text");
      assertThat(p.path("message").asString()).startsWith("gevonden: ");
      assertThat(p.path("expected").asString()).isEqualTo("een tekst");
    }).anySatisfy(p -> {
      assertThat(p.path("pointer").asString()).isEqualTo("/x");
      assertThat(p.path("message").asString()).startsWith("onbekend veld");
    });
    assertThat(dutch.path("detail").asString()).contains(" problemen; de eerste: ");
  }

  @Test
  void oversizedBody_withAcceptLanguageNl_is413InDutchWithItsInstance() throws Exception {
    String big = "{\"authorId\":\"karin\",\"text\":\"" + "a".repeat(1_100_000) + "\"}";
    JsonNode body = problem(portal.post("/api/chat", big, "nl"), 413);
    assertThat(body.path("title").asString()).isEqualTo("Document te groot");
    assertThat(body.path("instance").asString()).isEqualTo("/api/chat");
    assertThat(body.path("problems").get(0).path("code").asString()).isEqualTo("FILE_TOO_LARGE");
    assertThat(body.path("problems").get(0).path("message").asString()).contains("1048576");
  }

  static Stream<String> malformedBodies() {
    return Stream.of("{", "{\"memberId\": }", "[1,2", "nee", "{\"memberId\":\"karin\",\"optionId\":[}",
        "\u0000\u0001", "{\"memberId\":\"karin\" \"optionId\":\"x\"}");
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("malformedBodies")
  void malformedBody_isProblemDetailsWithItsPlace(String body) throws Exception {
    for (String path : List.of("/api/poll/votes", "/api/chat", "/api/plans", "/api/members",
        "/api/doelenboom/validate")) {
      JsonNode problem = problem(portal.post(path, body), 400);
      assertThat(problem.path("problems").values()).as(path).isNotEmpty();
    }
  }

  @Test
  void emptyBody_isProblemDetails() throws Exception {
    problem(portal.post("/api/poll/votes", ""), 400);
  }

  @Test
  void oversizedBody_is413ProblemDetails() throws Exception {
    String big = "{\"authorId\":\"karin\",\"text\":\"" + "a".repeat(1_100_000) + "\"}";
    JsonNode declared = problem(portal.post("/api/chat", big), 413);
    assertThat(declared.path("type").asString()).isEqualTo("urn:opgave:problem:document-too-large");
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    JsonNode chunked = problem(portal.send("/api/doelenboom/validate", "application/json",
        HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))), 413);
    assertThat(chunked.path("problems").get(0).path("message").asString()).contains("1048576 bytes");
  }

  @Test
  void unknownPathWrongMethodAndWrongType_areProblemDetails() throws Exception {
    problem(portal.get("/api/bestaat-niet"), 404);
    problem(portal.get("/api/chat/votes"), 404);
    problem(portal.send("/api/poll", "application/json", HttpRequest.BodyPublishers.ofString("{}")), 405);
    problem(portal.send("/api/chat", "text/csv", HttpRequest.BodyPublishers.ofString("a,b")), 415);
  }

  @Test
  void springsOwnErrors_areInTheLanguageAsked() throws Exception {
    JsonNode dutch = problem(portal.get("/api/bestaat-niet", "nl"), 404);
    JsonNode english = problem(portal.get("/api/bestaat-niet", "en"), 404);

    assertThat(dutch.path("title").asString()).isEqualTo("Niet gevonden");
    assertThat(dutch.path("detail").asString()).isEqualTo("Op dit adres staat niets.");
    assertThat(english.path("title").asString()).isEqualTo("Not found");
    assertThat(english.path("detail").asString()).isEqualTo("There is nothing at this address.");
  }
}
