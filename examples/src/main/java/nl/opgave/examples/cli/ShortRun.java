package nl.opgave.examples.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reruns a rotation whose time limit is under a second in a JVM that compiles with C1 only
 * ({@code -XX:TieredStopAtLevel=1}), and compiles a loop after 5,000 turns instead of 60,000: such a run is over
 * before the optimising compiler, which shares the machine's cores with it, earns back its time. The rerun gets this
 * JVM's own command line after the flags, so the user's flags still win; it runs here when that command line cannot
 * be read (a long one, or another platform) or holds an agent or a recording.
 */
final class ShortRun {
  static final String CHILD = "opgave.cli.rerun";
  static final long LIMIT_MS = 1000;
  static final List<String> FLAGS = List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:TieredStopAtLevel=1",
      "-XX:Tier3InvocationThreshold=100", "-XX:Tier3BackEdgeThreshold=5000", "-D" + CHILD + "=true");
  private static final List<String> TOOLS = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrun", "-Xdebug",
      "-XX:StartFlightRecording", "-XX:+FlightRecorder", "-D" + CHILD + "=");

  private ShortRun() {}

  /**
   * Returns the command that reruns the arguments with {@link #FLAGS} given the JVM's executable and its command line
   * after it (which ends with the arguments), or null when the run stays in this JVM.
   */
  static List<String> command(String[] args, String executable, String[] jvmCommandLine) {
    if (executable == null || jvmCommandLine == null || !isShort(args)) {
      return null;
    }
    int head = jvmCommandLine.length - args.length;
    if (head < 1) {
      return null;
    }
    for (int i = 0; i < args.length; i++) {
      if (!args[i].equals(jvmCommandLine[head + i])) {
        return null;
      }
    }
    for (int i = 0; i < head; i++) {
      for (String tool : TOOLS) {
        if (jvmCommandLine[i].startsWith(tool)) {
          return null;
        }
      }
    }
    List<String> command = new ArrayList<>(1 + FLAGS.size() + jvmCommandLine.length);
    command.add(executable);
    command.addAll(FLAGS);
    command.addAll(List.of(jvmCommandLine));
    return command;
  }

  /** Returns whether the arguments ask for a rotation with a time limit under {@link #LIMIT_MS}. */
  static boolean isShort(String[] args) {
    CliValues values;
    try {
      values = CliParser.parse(Commands.OPGAVE, args);
    } catch (RuntimeException e) {
      return false;
    }
    return values.command == Commands.ROTATE && CliParser.asked(values) == null
        && values.whole(Commands.ROTATE_TIME_LIMIT_MS) < LIMIT_MS;
  }

  /**
   * Reruns the arguments when {@link #command} says so and returns the rerun's exit code, or -1 when this JVM should
   * run them itself.
   */
  static int rerun(String[] args) {
    if (Boolean.getBoolean(CHILD)) {
      return -1;
    }
    ProcessHandle.Info info = ProcessHandle.current().info();
    List<String> command = command(args, info.command().orElse(null), info.arguments().orElse(null));
    if (command == null) {
      return -1;
    }
    Process process;
    try {
      process = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return process.waitFor();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
