package nl.opgave.examples.spring;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PostgreSQL cluster from Debian's {@code postgresql} package: initdb in a temporary directory, a server
 * on a free loopback port, stopped and deleted on close. Skips the test outside CI when PostgreSQL is absent, fails
 * it in CI (.ci/run installs the package).
 */
final class PostgresCluster implements AutoCloseable {
  private final Path dir;
  private final Path bin;
  private final int port;
  private final boolean asPostgres;

  private PostgresCluster(Path dir, Path bin, int port, boolean asPostgres) {
    this.dir = dir;
    this.bin = bin;
    this.port = port;
    this.asPostgres = asPostgres;
  }

  static PostgresCluster start() throws IOException, InterruptedException {
    Path bin = binaries();
    Path dir = Files.createTempDirectory("opgave-postgres");
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      exec(List.of("chown", "postgres:postgres", dir.toString()), dir, 30);
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    PostgresCluster cluster = new PostgresCluster(dir, bin, port, root);
    try {
      cluster.run(120, "initdb", "-D", dir.resolve("data").toString(), "-U", "opgave", "-A", "trust", "-E", "UTF8",
          "--no-locale", "--no-sync");
      cluster.run(120, "pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(),
          "-w", "-t", "90", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=off", "start");
    } catch (IOException | RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  /** Returns the JDBC URL of the cluster's {@code postgres} database; the user is {@code opgave}, no password. */
  String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  @Override
  public void close() throws IOException {
    try {
      if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
        run(60, "pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping PostgreSQL", e);
    } finally {
      try (var paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private void run(int seconds, String tool, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (asPostgres) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(tool).toString());
    command.addAll(List.of(args));
    exec(command, dir, seconds);
  }

  private static void exec(List<String> command, Path dir, int seconds) throws IOException, InterruptedException {
    Path log = Files.createTempFile("opgave-postgres", ".log");
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command + " took longer than " + seconds + " s");
      }
      if (process.exitValue() != 0) {
        throw new IOException(command + " failed: " + Files.readString(log));
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static Path binaries() throws IOException {
    Path lib = Path.of("/usr/lib/postgresql");
    List<Path> found = new ArrayList<>();
    if (Files.isDirectory(lib)) {
      try (DirectoryStream<Path> versions = Files.newDirectoryStream(lib)) {
        versions.forEach(v -> {
          if (Files.isExecutable(v.resolve("bin").resolve("initdb"))) {
            found.add(v.resolve("bin"));
          }
        });
      }
    }
    found.sort(Comparator.comparing(p -> Integer.parseInt(p.getParent().getFileName().toString().replaceAll("\\D",
        "0"))));
    if (found.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("no PostgreSQL under " + lib + "; .ci/run installs Debian's postgresql package");
      }
      assumeTrue(false, "no PostgreSQL on this machine: apt-get install postgresql");
    }
    return found.get(found.size() - 1);
  }
}
