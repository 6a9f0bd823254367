package nl.opgave.examples.spring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the portal for tests: one shared instance per test JVM, or a fresh one on a database of the test's. */
final class Portals {
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static Portal shared;

  private Portals() {}

  /** A running portal: its context and its address. */
  record Portal(ConfigurableApplicationContext context, URI uri) implements AutoCloseable {
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return HTTP.send(HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
      return HTTP.send(HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(60))
          .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
      return send(path, "application/json", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String path, String type, HttpRequest.BodyPublisher body)
        throws IOException, InterruptedException {
      return HTTP.send(HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(60))
          .header("Content-Type", type).POST(body).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String json, String language) throws IOException, InterruptedException {
      return HTTP.send(HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(60))
          .header("Content-Type", "application/json").header("Accept-Language", language)
          .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
      context.close();
    }
  }

  /** Returns the portal shared by the tests of this JVM, on an H2 file of its own under target/. */
  static synchronized Portal shared() throws IOException {
    if (shared == null) {
      shared = start(Files.createTempDirectory(Path.of("target").toAbsolutePath(), "portal-shared"));
    }
    return shared;
  }

  /** Starts a portal on an ephemeral loopback port with its H2 database in the directory, plus the arguments. */
  static Portal start(Path dataDir, String... arguments) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
        "--opgave.portal.data-dir=" + dataDir, "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
    args.addAll(List.of(arguments));
    ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class,
        AxePage.class).run(args.toArray(String[]::new));
    String port = context.getEnvironment().getProperty("local.server.port");
    return new Portal(context, URI.create("http://127.0.0.1:" + port + "/"));
  }
}
