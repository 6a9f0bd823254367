package nl.opgave.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the JMH benchmarks of {@link JsonBench}, each in its own forked JVMs, and prints the median throughput of
 * every benchmark (over all measured iterations of all forks) and the ratios of opgave-io to databind. Run:
 * {@code ./mvnw -q -pl opgave-io -am verify -Pbench -Dtest=JsonBenchmark}; {@code -Djmh.forks=N} changes the forks,
 * {@code -Djmh.include=REGEX} runs only the benchmark methods it matches, {@code -Djmh.verbosity=NORMAL} shows JMH's own
 * output.
 */
@Tag("benchmark")
class JsonBenchmark {
  @Test
  void communityOfTenThousandMembers() throws Exception {
    String only = System.getProperty("jmh.include", ".*");
    Options options = new OptionsBuilder()
        .include(JsonBench.class.getName() + "\\.(" + only + ")$")
        .forks(Integer.getInteger("jmh.forks", 3))
        .verbosity(VerboseMode.valueOf(System.getProperty("jmh.verbosity", "SILENT")))
        .build();
    Collection<RunResult> results = new Runner(options).run();
    long benchmarks = Arrays.stream(JsonBench.class.getMethods())
        .filter(m -> m.isAnnotationPresent(Benchmark.class) && m.getName().matches(only))
        .count();
    if (results.size() != benchmarks) {
      throw new AssertionError(results.size() + " of " + benchmarks + " benchmarks gave a result; rerun with"
          + " -Djmh.verbosity=NORMAL to see why");
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      List<Double> scores = new ArrayList<>();
      result.getBenchmarkResults().forEach(fork -> {
        for (IterationResult iteration : fork.getIterationResults()) {
          scores.add(iteration.getPrimaryResult().getScore());
        }
      });
      scores.sort(null);
      double median = scores.get(scores.size() / 2);
      medians.put(name, median);
      System.out.printf(Locale.ROOT, "%-24s median %8.1f ops/s %7.2f ms/op  (%d iterations, min %.1f, max %.1f)%n",
          name, median, 1000 / median, scores.size(), scores.get(0), scores.get(scores.size() - 1));
    }
    ratio(medians, "read ", "readOpgave", "readDatabindStrings", "times as strings");
    ratio(medians, "write", "writeOpgave", "writeDatabindStrings", "times as strings");
    ratio(medians, "read ", "readOpgave", "readDatabindJavaTime", "java.time");
    ratio(medians, "read ", "readOpgave", "readDatabindToModel", "then the model's builders");
    ratio(medians, "write", "writeOpgave", "writeDatabindJavaTime", "java.time");
  }

  private static void ratio(Map<String, Double> medians, String what, String ours, String theirs, String baseline) {
    if (medians.containsKey(ours) && medians.containsKey(theirs)) {
      System.out.printf(Locale.ROOT, "ratio %s (opgave-io / databind POJOs, %s): %.2f%n", what, baseline,
          medians.get(ours) / medians.get(theirs));
    }
  }
}
