package nl.opgave.examples.spring;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core's script from its npm package (the version the pom names), unpacked once under target/; skips the test
 * outside CI when npm is absent, fails it in CI.
 */
final class AxeCore {
  private AxeCore() {}

  static synchronized Path script() throws IOException {
    String version = System.getProperty("axe-core.version", "4.10.3");
    Path dir = Path.of("target", "axe-core-" + version).toAbsolutePath();
    Path script = dir.resolve("package").resolve("axe.min.js");
    if (Files.isRegularFile(script)) {
      return script;
    }
    Files.createDirectories(dir);
    run(dir, "npm", "pack", "--silent", "axe-core@" + version);
    run(dir, "tar", "-xzf", "axe-core-" + version + ".tgz");
    if (!Files.isRegularFile(script)) {
      fail("npm pack axe-core@" + version + " did not give " + script);
    }
    return script;
  }

  private static void run(Path dir, String... command) throws IOException {
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(dir.resolve("npm.log").toFile()).start();
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " took longer than 180 s");
      }
      if (process.exitValue() != 0) {
        fail(String.join(" ", command) + " failed: " + Files.readString(dir.resolve("npm.log")));
      }
    } catch (IOException e) {
      if ("true".equals(System.getenv("CI"))) {
        fail("cannot run " + List.of(command) + ": " + e.getMessage());
      }
      assumeTrue(false, "no npm on this machine to fetch axe-core: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
