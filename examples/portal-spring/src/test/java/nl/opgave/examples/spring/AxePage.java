package nl.opgave.examples.spring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test only: serves the portal's page with axe-core and the test's checks injected before {@code </body>}, on the
 * portal's own origin so that the page's requests work as they do for a visitor.
 */
@RestController
class AxePage {
  @GetMapping(path = "/test/axe", produces = "text/html;charset=UTF-8")
  String page() throws IOException {
    String html = read("static/index.html");
    int end = html.lastIndexOf("</body>");
    return html.substring(0, end) + "<script src=\"/test/axe.js\"></script>\n<script src=\"/test/checks.js\"></script>\n"
        + html.substring(end);
  }

  @GetMapping(path = "/test/axe.js")
  ResponseEntity<byte[]> axe() throws IOException {
    return ResponseEntity.ok().contentType(MediaType.valueOf("text/javascript"))
        .body(Files.readAllBytes(AxeCore.script()));
  }

  @GetMapping(path = "/test/checks.js")
  ResponseEntity<byte[]> checks() throws IOException {
    return ResponseEntity.ok().contentType(MediaType.valueOf("text/javascript"))
        .body(read("axe/checks.js").getBytes(StandardCharsets.UTF_8));
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
