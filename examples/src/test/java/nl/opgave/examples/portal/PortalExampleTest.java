package nl.opgave.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.opgave.examples.browser.HeadlessChromium;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortalExampleTest {
  private static PortalExample portal;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    portal = PortalExample.start(0);
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(portal.uri().resolve(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(portal.uri().resolve(path)).timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void members_searchIgnoresCaseAndAccents() throws Exception {
    HttpResponse<String> response = get("/api/members?q=ijssel");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Marianne Witlox-van den IJssel").doesNotContain("Ploeg");
  }

  @Test
  void calendar_readsRelativeToTheInstantAsked() throws Exception {
    HttpResponse<String> response = get("/api/calendar?now=2025-06-04T10:00:00%2B02:00");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"next\":{\"id\":\"opgavebeweging-5\"");
  }

  @Test
  void calendar_listsAMeetingUnderWayInProgressAndNotAsUpcoming() throws Exception {
    HttpResponse<String> response = get("/api/calendar?now=2025-06-03T11:00:00%2B02:00");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"inProgress\":[{\"id\":\"opgavebeweging-4\"")
        .contains("\"next\":{\"id\":\"opgavebeweging-5\"").contains("\"upcoming\":[{\"id\":\"opgavebeweging-5\"");
  }

  @Test
  void calendar_rejectsABadInstantWith400() throws Exception {
    HttpResponse<String> response = get("/api/calendar?now=gisteren");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("'gisteren'");
  }

  @Test
  void community_isServedAsTheLibrarysDocument() throws Exception {
    HttpResponse<String> response = get("/api/community");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"format\": \"opgave.community\"");
  }

  @Test
  void rotation_plansPostedParticipants() throws Exception {
    StringBuilder people = new StringBuilder();
    for (int i = 1; i <= 15; i++) {
      people.append(i == 1 ? "" : ",").append("{\"id\":\"d").append(i).append("\",\"organisation\":\"org")
          .append(i % 3).append("\"}");
    }
    HttpResponse<String> response = post("/api/rotation",
        "{\"participants\":[" + people + "],\"tables\":5,\"rounds\":7,\"seed\":3}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"repeats\":0").contains("\"round\":7");
  }

  @Test
  void doelenboomValidation_reportsViolationsOfAPostedOutline() throws Exception {
    HttpResponse<String> response = post("/api/doelenboom/validate",
        "- Gezonde kinderen\n  - Meer bewegen\n");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"valid\":false").contains("LEAF_NOT_PROJECT");
  }

  @Test
  void rotationPdf_isADownloadOfTheSeedCafe() throws Exception {
    HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/api/rotation.pdf?lang=en"))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"world-cafe.pdf\"");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(6 + 5 + 1);
      assertThat(new PDFTextStripper().getText(pdf)).contains("Table 1", "Wall plan", "Jos van der Ploeg");
    }
    assertThat(get("/api/rotation.pdf?seed=x").statusCode()).isEqualTo(400);
  }

  @Test
  void unknownMethod_is405() throws Exception {
    HttpResponse<String> response = post("/api/members", "x");
    assertThat(response.statusCode()).isEqualTo(405);
  }

  @Test
  void page_showsRotationAndDoelenboomInABrowserWithoutConsoleErrors() throws Exception {
    HeadlessChromium.Page page = HeadlessChromium.load(URI.create(portal.uri().toString()));
    assertThat(page.errors()).isEmpty();
    assertThat(page.text())
        .contains("Klaar")
        .contains("Ronde 1").contains("Ronde 3")
        .contains("herhaalde ontmoetingen")
        .contains("Geldige doelenboom")
        .contains("Kinderen worden gezonder (minder obesitas)")
        .contains("10 Speelbossen in en rondom Den Haag");
    assertThat(page.dom).contains("data-round=\"2\"");
  }
}
