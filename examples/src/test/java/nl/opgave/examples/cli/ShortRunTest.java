package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rotations with a time limit under a second rerun in a JVM with C1 only, and print what they print here. */
class ShortRunTest {
  private static final String JAVA = "/usr/lib/jvm/bin/java";

  static IntStream seeds() {
    return IntStream.range(0, 400);
  }

  private static String[] jvm(String... head) {
    return head;
  }

  private static String[] commandLine(String[] head, String[] args) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }

  @Test
  void command_putsTheFlagsBeforeTheJvmsOwnCommandLine() {
    String[] args = {"rotate", "--participants", "30", "--tables", "5", "--rounds", "4", "--time-limit-ms", "100"};
    String[] jar = commandLine(jvm("-Xmx2g", "-jar", "opgave.jar"), args);
    String[] main = commandLine(jvm("-cp", "a.jar:b.jar", "nl.opgave.examples.cli.OpgaveCli"), args);

    assertThat(ShortRun.command(args, JAVA, jar)).containsExactly(JAVA, "-XX:+IgnoreUnrecognizedVMOptions",
        "-XX:TieredStopAtLevel=1", "-XX:Tier3InvocationThreshold=100", "-XX:Tier3BackEdgeThreshold=5000",
        "-Dopgave.cli.rerun=true", "-Xmx2g", "-jar", "opgave.jar", "rotate", "--participants", "30", "--tables", "5",
        "--rounds", "4", "--time-limit-ms", "100");
    assertThat(ShortRun.command(args, JAVA, main).subList(ShortRun.FLAGS.size() + 1, ShortRun.FLAGS.size() + 5))
        .containsExactly("-cp", "a.jar:b.jar", "nl.opgave.examples.cli.OpgaveCli", "rotate");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void command_rerunsExactlyTheRotationsWithALimitUnderASecond(int seed) {
    Random random = new Random(seed);
    List<List<String>> groups = new ArrayList<>();
    groups.add(List.of("--participants", Integer.toString(2 + random.nextInt(500))));
    groups.add(List.of("--tables", Integer.toString(1 + random.nextInt(20))));
    groups.add(List.of("--rounds=" + (1 + random.nextInt(9))));
    if (random.nextBoolean()) {
      groups.add(List.of("--seed", Integer.toString(random.nextInt(100))));
    }
    if (random.nextBoolean()) {
      groups.add(List.of("--format", List.of("csv", "text", "json").get(random.nextInt(3))));
    }
    long limit = 5000;
    if (random.nextInt(4) > 0) {
      limit = random.nextBoolean() ? 1 + random.nextInt(1100) : 1 + random.nextInt(10_000);
      groups.add(random.nextBoolean() ? List.of("--time-limit-ms", Long.toString(limit))
          : List.of("--time-limit-ms=" + limit));
    }
    Collections.shuffle(groups, random);
    List<String> list = new ArrayList<>();
    if (random.nextBoolean()) {
      list.add(random.nextBoolean() ? "--lang=en" : "--lang=nl");
    }
    list.add("rotate");
    groups.forEach(list::addAll);
    String[] args = list.toArray(String[]::new);

    List<String> command = ShortRun.command(args, JAVA, commandLine(jvm("-jar", "opgave.jar"), args));

    if (limit < 1000) {
      assertThat(command).as("limit %d", limit).isNotNull();
      assertThat(command.subList(command.size() - args.length, command.size())).containsExactly(args);
    } else {
      assertThat(command).as("limit %d", limit).isNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "demo",
      "rotate --participants 30 --tables 5 --rounds 4",
      "rotate --participants 30 --tables 5 --rounds 4 --time-limit-ms 1000",
      "rotate --participants 30 --tables 5 --rounds 4 --time-limit-ms 100 --help",
      "rotate --participants 30 --tables 5 --rounds 4 --time-limit-ms 100 --version",
      "rotate --participants 30 --tables 5 --time-limit-ms 100",
      "rotate --participants 30 --tables 5 --rounds 4 --time-limit-ms soon",
      "rotate --participants 30 --tables 5 --rounds 4 --time-limit-ms 100 --unknown",
      "help rotate --time-limit-ms 100"})
  void command_keepsEverythingElseInThisJvm(String line) {
    String[] args = line.split(" ");

    assertThat(ShortRun.command(args, JAVA, commandLine(jvm("-jar", "opgave.jar"), args))).isNull();
  }

  @Test
  void command_keepsTheRunHereWhenTheJvmsCommandLineIsUnknownOrHoldsATool() {
    String[] args = {"rotate", "--participants", "30", "--tables", "5", "--rounds", "4", "--time-limit-ms", "100"};

    assertThat(ShortRun.command(args, null, commandLine(jvm("-jar", "opgave.jar"), args))).isNull();
    assertThat(ShortRun.command(args, JAVA, null)).isNull();
    assertThat(ShortRun.command(args, JAVA, args)).isNull();
    assertThat(ShortRun.command(args, JAVA, commandLine(jvm("-jar", "opgave.jar"), new String[] {"rotate"})))
        .isNull();
    assertThat(ShortRun.command(args, JAVA, commandLine(jvm("-jar", "opgave.jar", "rotate", "--participants", "31",
        "--tables", "5", "--rounds", "4", "--time-limit-ms"), new String[] {"100"}))).isNull();
    for (String tool : List.of("-agentlib:jdwp=transport=dt_socket,server=y", "-agentpath:/x.so",
        "-javaagent:x.jar", "-Xrunjdwp:server=y", "-Xdebug", "-XX:StartFlightRecording:filename=x.jfr",
        "-Dopgave.cli.rerun=false")) {
      assertThat(ShortRun.command(args, JAVA, commandLine(jvm(tool, "-jar", "opgave.jar"), args))).as(tool).isNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "rotate --participants 21 --tables 7 --rounds 10 --time-limit-ms 300 --format csv",
      "--lang en rotate --participants 16 --tables 4 --rounds 5 --time-limit-ms=200 --format json --seed 3",
      "rotate --participants 12 --tables 0 --rounds 3 --time-limit-ms 100"})
  void rerun_printsWhatThisJvmPrintsWithItsExitCode(String line, @TempDir Path directory)
      throws IOException, InterruptedException {
    String[] args = line.split(" ");
    CliRun here = CliRun.of(args);
    Path classPath = directory.resolve("class-path");
    String path = Stream.of("jdk.module.path", "java.class.path").map(System::getProperty)
        .filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining(File.pathSeparator));
    Files.writeString(classPath, "-cp \"" + path + "\"");
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
        "-XX:+PrintCommandLineFlags", "@" + classPath, OpgaveCli.class.getName()));
    command.addAll(List.of(args));

    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    List<String> flagLines = out.lines().filter(l -> l.startsWith("-XX:")).collect(Collectors.toList());
    assertThat(flagLines).hasSize(2);
    assertThat(flagLines.get(0)).doesNotContain("TieredStopAtLevel");
    assertThat(flagLines.get(1)).contains("-XX:TieredStopAtLevel=1");
    String printed = out.lines().filter(l -> !l.startsWith("-XX:")).map(l -> l + "\n").collect(Collectors.joining());
    assertThat(printed).isEqualTo(here.out.replace("\r\n", "\n"));
    assertThat(process.exitValue()).isEqualTo(here.exitCode);
    if (here.exitCode != 0) {
      assertThat(err).isEqualTo(here.err);
    }
  }
}
