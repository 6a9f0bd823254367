package nl.opgave.examples.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Loads a page in Debian's headless Chromium and returns the DOM a person would see and the console output. */
public final class HeadlessChromium {
  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome");

  private HeadlessChromium() {}

  /** The page after its scripts ran, and what the browser's console said. */
  public static final class Page {
    public final String dom;
    public final List<String> console;

    Page(String dom, List<String> console) {
      this.dom = dom;
      this.console = console;
    }

    /**
     * Returns the console lines that report an error: uncaught exceptions, failed loads, and messages our pages
     * log with console.error (Chromium logs every console level as INFO, so our pages prefix them "ERROR").
     */
    public List<String> errors() {
      return console.stream()
          .filter(l -> l.contains("Uncaught") || l.contains("Failed to load") || l.contains("\"ERROR")
              || l.contains("ERROR:CONSOLE"))
          .collect(Collectors.toList());
    }

    /** Returns the visible text of the DOM: tags removed, white space folded. */
    public String text() {
      String noScripts = dom.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ");
      return noScripts.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<")
          .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
    }
  }

  /** Returns the Chromium binary; skips the test outside CI when there is none, fails it in CI. */
  public static Path binary() {
    String configured = System.getenv("CHROMIUM");
    List<String> candidates = new ArrayList<>();
    if (configured != null && !configured.isBlank()) {
      candidates.add(configured);
    }
    candidates.addAll(CANDIDATES);
    for (String candidate : candidates) {
      Path path = Path.of(candidate);
      if (Files.isExecutable(path)) {
        return path;
      }
    }
    if ("true".equals(System.getenv("CI"))) {
      fail("no Chromium found (tried " + candidates + "); .ci/run installs Debian's chromium package");
    }
    assumeTrue(false, "no Chromium on this machine: apt-get install chromium");
    throw new AssertionError("unreachable");
  }

  /**
   * Loads the page and returns its DOM after scripts ran (within a virtual time budget) and the console lines.
   *
   * @throws IOException if Chromium cannot be started
   */
  public static Page load(URI uri) throws IOException, InterruptedException {
    Path binary = binary();
    Path profile = Files.createTempDirectory("opgave-chromium");
    Path stderr = Files.createTempFile("opgave-chromium", ".log");
    try {
      List<String> command = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--enable-logging=stderr",
          "--v=0", "--virtual-time-budget=10000", "--dump-dom", uri.toString());
      Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
      byte[] dom = process.getInputStream().readAllBytes();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("Chromium did not finish loading " + uri + " within 90 s");
      }
      List<String> console = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
          .filter(l -> l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("Failed to load"))
          .collect(Collectors.toList());
      return new Page(new String(dom, StandardCharsets.UTF_8), console);
    } finally {
      deleteQuietly(profile);
      Files.deleteIfExists(stderr);
    }
  }

  private static void deleteQuietly(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary profile left behind is harmless
    }
  }
}
