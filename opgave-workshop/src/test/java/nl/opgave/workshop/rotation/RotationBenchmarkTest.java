package nl.opgave.workshop.rotation;

import static nl.opgave.workshop.rotation.RandomInstances.golfers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.seed.WorldCafe4Maart;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rotation benchmark: warm-up, then five seeded runs per instance, median wall time, repeats, bound and peak
 * heap, printed as Markdown beside Good-Enough Golfers' figures from shared/reference/peers.md. Run alone:
 * {@code ./mvnw -q -pl opgave-workshop -am verify -Pbench} (the bench profile gives the JVM a 256 MB heap).
 */
@Tag("benchmark")
class RotationBenchmarkTest {
  private static final int RUNS = Integer.getInteger("bench.runs", 5);
  private static final Duration LIMIT = Duration.ofSeconds(Long.getLong("bench.seconds", 10));

  private static final class Instance {
    final String name;
    final String geg;
    final RotationRequest.Builder request;

    Instance(String name, String geg, RotationRequest.Builder request) {
      this.name = name;
      this.geg = geg;
      this.request = request;
    }
  }

  /** Good-Enough Golfers' figures: repeats (min-max of 3) | median ms | peak MiB, from peers.md. */
  private static List<Instance> instances() {
    return List.of(
        new Instance("5-3-7 (Kirkman)", "6–8 | 192 | 95", golfers(5, 3, 7, false)),
        new Instance("6-3-8", "6–9 | 309 | 139", golfers(6, 3, 8, false)),
        new Instance("6-4-7", "13–15 | 708 | 157", golfers(6, 4, 7, false)),
        new Instance("8-4-9", "16–19 | 698 | 191", golfers(8, 4, 9, false)),
        new Instance("8-4-10", "32–38 | 777 | 187", golfers(8, 4, 10, false)),
        new Instance("10-4-10", "4–11 | 763 | 204", golfers(10, 4, 10, false)),
        new Instance("6-6-3", "0 | 209 | 132", golfers(6, 6, 3, false)),
        new Instance("10-10-3", "0 | 13,000 | 1,186", golfers(10, 10, 3, false)),
        new Instance("25-8-4", "0 | 72,472 | 2,688", golfers(25, 8, 4, false)),
        new Instance("6-6-3 L", "0 | 127 | 111", golfers(6, 6, 3, true)),
        new Instance("12-5-4 L", "0 | 366 | 195", golfers(12, 5, 4, true)),
        new Instance("50-8-5 L", "no plan in 120 s (3 repeats in 559 s) | – | 3,712", golfers(50, 8, 5, true)),
        new Instance("seed café: 36, 6 tables L, Q3, 2 sides, 3 rounds", "– | – | –",
            RotationRequest.builder().from(WorldCafe4Maart.rotationRequest(0))),
        new Instance("1000 / 125 / 5", "– | – | –", golfers(125, 8, 5, false)),
        new Instance("5000 / 625 / 5", "– | – | –", golfers(625, 8, 5, false)));
  }

  /** Growth: the same café made larger in one dimension at a time, with and without algebraic structure. */
  private static List<Instance> growth() {
    List<Instance> list = new ArrayList<>();
    for (int tables : new int[] {125, 250, 625}) {
      list.add(new Instance("people " + tables * 8 + ", tables of 8, 5 rounds", "", golfers(tables, 8, 5, false)));
    }
    for (int rounds : new int[] {5, 10, 20}) {
      list.add(new Instance("1000 people, 125 tables, " + rounds + " rounds", "", golfers(125, 8, rounds, false)));
    }
    for (int people : new int[] {120, 240, 480}) {
      list.add(new Instance("search only: " + people + " people, tables of 6 with hosts, 3 vraagstukken, 2 sides,"
          + " 3 rounds", "", messy(people)));
    }
    return list;
  }

  private static RotationRequest.Builder messy(int people) {
    int tables = people / 6;
    List<Participant> list = new ArrayList<>();
    for (int i = 1; i <= people; i++) {
      list.add(Participant.builder().id("p" + i).build());
    }
    List<Table> tableList = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      tableList.add(Table.builder().number(t).host("p" + t).side(t <= tables / 2 ? 1 : 2).vraagstuk((t - 1) % 3 + 1)
          .build());
    }
    return RotationRequest.builder().participants(list).tables(tableList).rounds(3);
  }

  @Test
  void benchmark() {
    StringBuilder report = new StringBuilder();
    report.append("\n| instance | people | opgave repeats (min–max of ").append(RUNS)
        .append(") | lower bound | provably optimal | opgave median ms | opgave peak heap MiB")
        .append(" | GEG repeats | GEG median ms | GEG peak MiB |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (Instance instance : instances()) {
      report.append(row(instance, true)).append('\n');
    }
    report.append("\n| growth | opgave repeats | lower bound | median ms | peak heap MiB | iterations |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Instance instance : growth()) {
      report.append(row(instance, false)).append('\n');
    }
    System.out.println(report);
  }

  /**
   * Scale: time and peak heap of whole planning calls (compile, bounds, constructions, search, statistics) with a 5 s
   * limit, for 1,000 to 100,000 people at tables of 8, of 100 and at 2 tables. Run alone with
   * {@code -Dtest=RotationBenchmarkTest#scale}.
   */
  @Test
  void scale() {
    StringBuilder report = new StringBuilder("\n| people | tables | rounds | ms | peak heap MiB | repeats | lower bound | "
        + "stop |\n|---|---|---|---|---|---|---|---|\n");
    for (int people : new int[] {1_000, 10_000, 100_000}) {
      for (int[] shape : new int[][] {{people / 8, 5}, {people / 100, 3}, {2, 2}}) {
        RotationRequest request = RandomInstances.golfers(shape[0], people / shape[0], shape[1], false).seed(1)
            .timeLimit(Duration.ofSeconds(5)).build();
        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long start = System.nanoTime();
        RotationPlan plan = RotationPlanner.plan(request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = sampler.finish();
        report.append(String.format(Locale.ROOT, "| %,d | %,d | %d | %,d | %d | %,d | %,d | %s |%n", people, shape[0],
            shape[1], millis, peak >> 20, plan.statistics().repeats(), plan.repeatsLowerBound(), plan.stopReason()));
      }
    }
    System.out.println(report);
  }

  /**
   * Short limits: the median wall time of whole planning calls (compile, bounds, constructions, search, statistics,
   * the plan's values) at up to 100,000 people for time limits of 1, 100 and 1,000 ms, after one warm-up call; a
   * fourth number splits the tables into that many sides, which makes the planner try letting travellers cross them.
   * Run alone with {@code -Dtest=RotationBenchmarkTest#limits}; {@code -Dbench.limits=people x tables x rounds[ x
   * sides],...}.
   */
  @Test
  void limits() {
    StringBuilder report = new StringBuilder("\n| people / tables / rounds | limit ms | median ms | max ms | repeats | "
        + "stop |\n|---|---|---|---|---|---|\n");
    String shapes = System.getProperty("bench.limits",
        "100000x12500x5,100000x2x2,100000x50000x2,100000x10x10,60000x7500x9,7000x70x3,100x4x3x2,300x6x4x2,"
            + "1200x6x3x2,2000x8x3x2");
    for (String text : shapes.split(",")) {
      int[] shape = Arrays.stream(text.split("x")).mapToInt(Integer::parseInt).toArray();
      for (long limit : new long[] {1, 100, 1_000}) {
        RotationRequest.Builder request = RandomInstances.golfers(shape[1], shape[0] / shape[1], shape[2], false)
            .timeLimit(Duration.ofMillis(limit));
        if (shape.length > 3) {
          List<Table> tables = new ArrayList<>();
          for (Table table : request.build().tables()) {
            tables.add(table.withSide((table.number() - 1) * shape[3] / shape[1] + 1));
          }
          request.tables(tables);
        }
        RotationPlanner.plan(request.seed(100).build());
        long[] millis = new long[3];
        RotationPlan plan = null;
        for (int run = 0; run < millis.length; run++) {
          long start = System.nanoTime();
          plan = RotationPlanner.plan(request.seed(1 + run).build());
          millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        report.append(String.format(Locale.ROOT, "| %,d / %,d / %d | %,d | %,d | %,d | %,d | %s |%n", shape[0],
            shape[1], shape[2], limit, millis[1], millis[2], plan.statistics().repeats(), plan.stopReason()));
      }
    }
    System.out.println(report);
  }

  /**
   * Ticks: the largest gap between progress calls (start to first call and last call to return included) of whole
   * planning calls with slow constructions and of 100,000 people, seed 1. Run alone with
   * {@code -Dtest=RotationBenchmarkTest#ticks}.
   */
  @Test
  void ticks() {
    StringBuilder report = new StringBuilder("\n| people / tables / rounds | limit s | seed | ms | calls | "
        + "largest gap ms |\n|---|---|---|---|---|---|\n");
    String shapes = System.getProperty("bench.ticks", "7x4x9x10,10x4x13x10,13x4x17x10,12500x8x5x5");
    for (String text : shapes.split(",")) {
      int[] shape = Arrays.stream(text.split("x")).mapToInt(Integer::parseInt).toArray();
      for (long seed = 1; seed <= Long.getLong("bench.seeds", 1); seed++) {
        report.append(gap(shape, seed));
      }
    }
    System.out.println(report);
  }

  private static String gap(int[] shape, long seed) {
    RotationRequest request = RandomInstances.golfers(shape[0], shape[1], shape[2], false).seed(seed)
        .timeLimit(Duration.ofSeconds(shape[3])).build();
    List<Long> calls = new ArrayList<>();
    long start = System.nanoTime();
    RotationPlanner.plan(request, (iterations, best, bound) -> calls.add(System.nanoTime()));
    long end = System.nanoTime();
    long gap = 0;
    long previous = start;
    for (long call : calls) {
      gap = Math.max(gap, call - previous);
      previous = call;
    }
    gap = Math.max(gap, end - previous);
    return String.format(Locale.ROOT, "| %,d / %,d / %d | %d | %d | %,d | %,d | %,d |%n", shape[0] * shape[1],
        shape[0], shape[2], shape[3], seed, (end - start) / 1_000_000, calls.size(), gap / 1_000_000);
  }

  /** The seed café over 20 seeds: median and maximum wall time of a whole planning call, after a warm-up. */
  @Test
  void seedCafeSeeds() {
    for (int seed = 100; seed < 105; seed++) {
      RotationPlanner.plan(WorldCafe4Maart.rotationRequest(seed));
    }
    long[] micros = new long[20];
    long worst = 0;
    int fewest = Integer.MAX_VALUE;
    for (int seed = 0; seed < 20; seed++) {
      long start = System.nanoTime();
      RotationPlan plan = RotationPlanner.plan(WorldCafe4Maart.rotationRequest(seed));
      micros[seed] = (System.nanoTime() - start) / 1_000;
      worst = Math.max(worst, plan.statistics().repeats());
      fewest = Math.min(fewest, plan.statistics().minContacts());
    }
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "%nseed café, seeds 0-19: median %.1f ms, max %.1f ms, most repeats %d, fewest "
        + "contacts %d; per seed (ms): %s%n", sorted[10] / 1000.0, sorted[19] / 1000.0, worst, fewest, Arrays.toString(Arrays.stream(micros)
        .map(m -> m / 1000).toArray()));
  }

  private static String row(Instance instance, boolean withPeer) {
    RotationRequest warm = instance.request.seed(100).timeLimit(LIMIT).build();
    RotationPlanner.plan(warm);
    RotationPlanner.plan(instance.request.seed(101).build());
    long[] millis = new long[RUNS];
    long minRepeats = Long.MAX_VALUE;
    long maxRepeats = 0;
    long bound = 0;
    long iterations = 0;
    boolean optimal = true;
    long peak = 0;
    for (int run = 0; run < RUNS; run++) {
      RotationRequest request = instance.request.seed(run + 1).timeLimit(LIMIT).build();
      System.gc();
      HeapSampler sampler = new HeapSampler();
      sampler.start();
      long start = System.nanoTime();
      RotationPlan plan = RotationPlanner.plan(request);
      millis[run] = (System.nanoTime() - start) / 1_000_000;
      peak = Math.max(peak, sampler.finish());
      if (!RotationPlanner.check(plan).isEmpty()) {
        throw new AssertionError(instance.name + ": invalid plan " + RotationPlanner.check(plan));
      }
      minRepeats = Math.min(minRepeats, plan.statistics().repeats());
      maxRepeats = Math.max(maxRepeats, plan.statistics().repeats());
      bound = plan.repeatsLowerBound();
      optimal &= plan.provablyOptimal();
      iterations = Math.max(iterations, plan.iterations());
    }
    Arrays.sort(millis);
    long median = millis[RUNS / 2];
    String repeats = minRepeats == maxRepeats ? String.valueOf(minRepeats) : minRepeats + "–" + maxRepeats;
    RotationRequest one = instance.request.build();
    if (withPeer) {
      return String.format(Locale.ROOT, "| %s | %d | %s | %d | %s | %d | %d | %s |", instance.name,
          one.participants().size(), repeats, bound, optimal ? "yes" : "no", median, peak >> 20, instance.geg);
    }
    return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d |", instance.name, repeats, bound, median,
        peak >> 20, iterations);
  }

  /** Samples the used heap every millisecond (java.base only; the module does not read java.management). */
  private static final class HeapSampler extends Thread {
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
      setDaemon(true);
    }

    @Override
    public void run() {
      Runtime runtime = Runtime.getRuntime();
      while (running) {
        peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long finish() {
      Runtime runtime = Runtime.getRuntime();
      peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
      running = false;
      try {
        join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return peak;
    }
  }
}
