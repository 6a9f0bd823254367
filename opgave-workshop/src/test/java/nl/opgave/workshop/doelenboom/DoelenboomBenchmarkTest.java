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
 * Benchmark harness (tag "benchmark", run alone with {@code ./mvnw -q -pl opgave-workshop -am verify -Pbench}):
 * warm-up runs, then timed runs; prints the median. No assertion on time.
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
  void outline_parseAndRenderAMillionLines() {
    String outline = Outline.render(TreeGen.outlineShaped(new Random(3), 1).tree());
    StringBuilder big = new StringBuilder("- Droom\n");
    for (int d = 0; d < 1_000; d++) {
      big.append("  - Doel ").append(d).append('\n');
      for (int p = 0; p < 999; p++) {
        big.append("    - Project ").append(d).append('.').append(p).append('\n');
      }
    }
    String text = big.toString();
    assertThat(outline).isNotEmpty();
    median(2, 7, () -> Outline.render(Outline.parse(text)).length(), "outline parse + render, 1,000,001 lines");
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
