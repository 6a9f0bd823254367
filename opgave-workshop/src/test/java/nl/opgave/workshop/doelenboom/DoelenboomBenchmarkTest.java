package nl.opgave.workshop.doelenboom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Horizon;
import nl.opgave.model.doelenboom.Project;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark harness (tag "benchmark"): warm-up runs, then timed runs; prints the median. No assertion on time.
 *
 * <p>Run alone with {@code ./mvnw -q -pl opgave-workshop -am verify -Pbench}. The million-node figures are
 * dominated by the garbage collector copying the live tree; for figures that measure the code rather than G1's
 * adaptive young generation on a shared machine, fix the heap:
 * {@code ./mvnw -q -pl opgave-workshop -am verify -Pbench "-DargLine=-Xms4g -Xmx4g -Xmn1500m -XX:+AlwaysPreTouch"}.
 */
@Tag("benchmark")
class DoelenboomBenchmarkTest {
  private static final int SIZE = 1_000_000;

  @Test
  void buildAndValidate_aMillionNodes() {
    List<FlatRow> rows = BigTrees.rows(SIZE, 1_000, 1);
    long median = median(3, 9, () -> {
      Doelenboom tree = FlatRows.build(rows);
      return TreeValidator.validate(tree).violations().size();
    }, "flat rows -> build + validate, 1,000,000 nodes");
    assertThat(median).isPositive();
  }

  @Test
  void validate_aMillionNodes() {
    Doelenboom tree = FlatRows.build(BigTrees.rows(SIZE, 1_000, 2));
    median(3, 9, () -> TreeValidator.validate(tree).violations().size(), "validate only, 1,000,000 nodes");
  }

  @Test
  void roadmap_sixtyProjectsExact() {
    Random random = new Random(60);
    long unit = 50_000;
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      projects.add(Project.builder().id("p" + i).name("Project " + i).cost(unit * (1 + random.nextInt(20)))
          .feasibility(random.nextInt(101)).expectedYield(10 + random.nextInt(200)).build());
    }
    List<Horizon> horizons = List.of(Horizon.of("T0", 70, 30 * unit), Horizon.of("T1", 50, 30 * unit),
        Horizon.of("T2", 30, 60 * unit));
    Roadmap exact = Portfolio.roadmap(projects, horizons);
    assertThat(exact.method()).isEqualTo(RoadmapMethod.EXACT);
    Roadmap greedy = Portfolio.greedyRoadmap(projects, horizons);
    System.out.printf("roadmap 60 projects: exact yield %d, greedy yield %d, greedy bound %d%n", exact.totalYield(),
        greedy.totalYield(), greedy.upperBound());
    median(20, 51, () -> Portfolio.roadmap(projects, horizons).totalYield(), "roadmap exact, 60 projects, 3 horizons");
    median(20, 51, () -> Portfolio.greedyRoadmap(projects, horizons).totalYield(), "roadmap greedy, 60 projects");
  }

  private static long median(int warmUp, int runs, LongSupplier work, String label) {
    long sink = 0;
    for (int i = 0; i < warmUp; i++) {
      sink += work.getAsLong();
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      sink += work.getAsLong();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf("BENCH %-50s median %8.1f ms  (min %.1f, max %.1f, %d runs, %d warm-up) [%d]%n", label,
        nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6, runs, warmUp, sink % 10);
    return nanos[runs / 2];
  }
}
