package nl.opgave.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the portal reads a posted body: UTF-8 refused at its byte, 413 above 1 MiB, also for 100-continue clients. */
class PortalBodyTest {
  private static final int MAX = 1 << 20;
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

  private static HttpResponse<String> post(HttpRequest.BodyPublisher body, boolean expectContinue) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/api/doelenboom/validate"))
        .timeout(Duration.ofSeconds(30)).expectContinue(expectContinue).POST(body).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void invalidUtf8_isRefusedWith400NamingTheByte() throws Exception {
    byte[] body = "- Dr?oom\n".getBytes(StandardCharsets.UTF_8);
    body[4] = (byte) 0xff;
    byte[] cut = "- Dr\u00f6om\n".getBytes(StandardCharsets.UTF_8);
    cut[5] = 'o';

    HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(body), false);
    HttpResponse<String> truncated = post(HttpRequest.BodyPublishers.ofByteArray(cut), false);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("byte 4 (from 0) is 0xFF").doesNotContain("\ufffd").doesNotContain("Dr");
    assertThat(truncated.statusCode()).isEqualTo(400);
    assertThat(truncated.body()).contains("byte 4 (from 0) is 0xC3");
  }

  private static HttpResponse<String> post(String path, byte[] body, String language) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(portal.uri().resolve(path)).timeout(Duration.ofSeconds(30))
        .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void invalidUtf8_isRefusedInTheLanguageAsked() throws Exception {
    byte[] body = "- Dr?oom\n".getBytes(StandardCharsets.UTF_8);
    body[4] = (byte) 0xff;

    HttpResponse<String> dutch = post("/api/doelenboom/validate", body, "nl-NL,nl;q=0.9,en;q=0.5");
    HttpResponse<String> english = post("/api/doelenboom/validate", body, "en-GB");

    assertThat(dutch.statusCode()).isEqualTo(400);
    assertThat(dutch.body()).isEqualTo("{\"error\":\"de inhoud van het verzoek moet in UTF-8 zijn, maar byte 4"
        + " (vanaf 0) is 0xFF, waarmee geen geldige UTF-8-reeks begint\"}");
    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(english.body()).isEqualTo("{\"error\":\"request body must be UTF-8, but byte 4 (from 0) is 0xFF,"
        + " which does not start a valid UTF-8 sequence\"}");
  }

  @Test
  void nonObjectBody_isRefusedInTheLanguageAsked() throws Exception {
    byte[] array = "[1, 2]".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> dutch = post("/api/rotation", array, "nl");
    HttpResponse<String> english = post("/api/rotation", array, "en");

    assertThat(dutch.statusCode()).isEqualTo(400);
    assertThat(dutch.body()).isEqualTo(
        "{\"error\":\"de inhoud van het verzoek moet een JSON-object zijn, maar begint met '['\"}");
    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(english.body()).isEqualTo("{\"error\":\"request body must be a JSON object, but starts with '['\"}");
  }

  @Test
  void bodyThatIsNoJson_isRefusedAtItsLineAndColumnInTheLanguageAsked() throws Exception {
    byte[] broken = "{\n  \"participants\": [}".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> dutch = post("/api/rotation", broken, "nl");
    HttpResponse<String> english = post("/api/rotation", broken, "en");

    assertThat(dutch.statusCode()).isEqualTo(400);
    assertThat(dutch.body()).startsWith(
        "{\"error\":\"de inhoud van het verzoek moet een JSON-object zijn, maar is geen geldige JSON op regel 2,");
    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(english.body()).startsWith(
        "{\"error\":\"request body must be a JSON object, but is not valid JSON at line 2,");
  }

  @Test
  void participantsThatAreNoList_areRefusedInDutch() throws Exception {
    HttpResponse<String> dutch = post("/api/rotation", "{\"participants\": 3}".getBytes(StandardCharsets.UTF_8),
        "nl");

    assertThat(dutch.statusCode()).isEqualTo(400);
    assertThat(dutch.body()).isEqualTo(
        "{\"error\":\"participants moet een lijst van hooguit 2000 personen zijn\"}");
  }

  @Test
  void doelenboomProblems_areReportedInTheLanguageAsked() throws Exception {
    byte[] outline = "- Droom\n      - te diep\n".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> dutch = post("/api/doelenboom/validate", outline, "nl");
    HttpResponse<String> english = post("/api/doelenboom/validate", outline, "en");

    assertThat(dutch.statusCode()).isEqualTo(200);
    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(dutch.body()).contains("\"valid\":false").contains("\"path\":\"regel 2,");
    assertThat(english.body()).contains("\"valid\":false").contains("\"path\":\"line 2,");
    assertThat(dutch.body()).isNotEqualTo(english.body().replace("line 2, column", "regel 2, kolom"));
  }

  @Test
  void tooLargeBody_isRefusedInDutchWhenAsked() throws Exception {
    HttpResponse<String> dutch = post("/api/doelenboom/validate", new byte[MAX + 1], "nl");

    assertThat(dutch.statusCode()).isEqualTo(413);
    assertThat(dutch.body()).isEqualTo(
        "{\"error\":\"de inhoud van het verzoek mag hooguit 1048576 bytes groot zijn\"}");
  }

  @Test
  void wrongMethod_isRefusedInTheLanguageAsked() throws Exception {
    HttpResponse<String> dutch = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/api/members"))
        .header("Accept-Language", "nl").DELETE().build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> english = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/api/members?lang=en"))
        .header("Accept-Language", "nl").DELETE().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(dutch.statusCode()).isEqualTo(405);
    assertThat(dutch.body()).isEqualTo("{\"error\":\"de methode DELETE kan hier niet; gebruik GET\"}");
    assertThat(english.body()).isEqualTo("{\"error\":\"method DELETE is not allowed here; use GET\"}");
  }

  @Test
  void validUtf8_isStillRead() throws Exception {
    HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString("- Dr\u00f6om\n"), false);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Dr\u00f6om");
  }

  @Test
  void bodyOfExactlyTheLimit_isRead() throws Exception {
    byte[] body = new byte[MAX];
    java.util.Arrays.fill(body, (byte) ' ');
    body[0] = '-';
    body[2] = 'x';

    HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(body), false);

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void tooLargeBody_is413WithItsReasonWithOrWithoutLengthAndWithExpectContinue() throws Exception {
    byte[] body = new byte[MAX + 1];
    java.util.Arrays.fill(body, (byte) 'x');
    for (boolean expectContinue : new boolean[] {false, true}) {
      HttpResponse<String> declared = post(HttpRequest.BodyPublishers.ofByteArray(body), expectContinue);
      assertThat(declared.statusCode()).as("expect continue %s", expectContinue).isEqualTo(413);
      assertThat(declared.body()).contains("request body must be at most 1048576 bytes");
    }
    HttpResponse<String> chunked = post(HttpRequest.BodyPublishers.ofInputStream(
        () -> new ByteArrayInputStream(body)), false);
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(chunked.body()).contains("at most 1048576 bytes");
  }

  @Test
  void expectContinueClient_seesThe413BodyWhileItIsStillSending() throws Exception {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(portal.uri().getHost(), portal.uri().getPort()), 5000);
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      int length = 8 * MAX;
      out.write(("POST /api/doelenboom/validate HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + length
          + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String interim = readHead(in);
      assertThat(interim).startsWith("HTTP/1.1 100");
      Thread sender = new Thread(() -> {
        byte[] chunk = new byte[1 << 14];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try {
          for (int sent = 0; sent < length; sent += chunk.length) {
            out.write(chunk);
          }
          out.flush();
        } catch (IOException e) {
          // the server answered and closed: a client stops sending here
        }
      });
      sender.start();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      in.transferTo(response);
      sender.join(20_000);
      String text = response.toString(StandardCharsets.UTF_8);
      assertThat(text).startsWith("HTTP/1.1 413").contains("request body must be at most 1048576 bytes");
    }
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.append((char) b);
    }
    return head.toString();
  }
}
