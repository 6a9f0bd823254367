package nl.opgave.workshop.rotation;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Design benchmark, printed as Markdown: (a) every resolvable-design size up to 60 people with tables of 3, 4 or 5,
 * at its full round count (the best-known 9 rounds for 45 in fives, an open case), seeds 1-5; (b) the social
 * golfer table for g, p <= 10 at the best-known week counts of shared/reference/field-notes.md (CSPLib prob010),
 * median of seeds 1-5, and a few sizes beyond it that the fixed-point search reaches on its own, seeds 1-3; (c) which
 * admissible sizes from 61 to 150 people {@link Resolvable#of} builds within 3 s;
 * (d) transversal designs from orthogonal Latin squares of orders that are not prime powers ({@link Mols}), median
 * of seeds 1-5; (e) which orders n = 2 mod 4 from 10 to 62 get two orthogonal Latin squares within 5 s;
 * (f) fewer people than a design's points ({@link Truncation}), median of seeds 1-5.
 * Every plan is checked by {@link Verify}. Run alone:
 * {@code ./mvnw -q -pl opgave-workshop -am verify -Pbench -Dtest=DesignBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbench.seconds=N} for the time limit, 5 by default).
 */
@Tag("benchmark")
class DesignBenchmarkTest {
  private static final Duration LIMIT = Duration.ofSeconds(Long.getLong("bench.seconds", 5));

  /** people, table size, rounds. */
  private static final int[][] DESIGNS = {
      {9, 3, 4}, {15, 3, 7}, {21, 3, 10}, {27, 3, 13}, {33, 3, 16}, {39, 3, 19}, {45, 3, 22}, {51, 3, 25},
      {57, 3, 28}, {16, 4, 5}, {28, 4, 9}, {40, 4, 13}, {52, 4, 17}, {25, 5, 6}, {45, 5, 9}};

  /** g, p, best-known w (field-notes.md; p = 2 is round robin, 2g - 1). */
  private static final int[][] GOLFERS = {
      {2, 2, 3}, {3, 2, 5}, {3, 3, 4}, {4, 2, 7}, {4, 4, 5}, {5, 2, 9}, {5, 3, 7}, {5, 4, 5}, {5, 5, 6},
      {6, 2, 11}, {6, 3, 8}, {6, 4, 7}, {6, 5, 6}, {6, 6, 3}, {7, 2, 13}, {7, 3, 10}, {7, 4, 9}, {7, 5, 7}, {7, 6, 7},
      {7, 7, 8}, {8, 2, 15}, {8, 3, 11}, {8, 4, 10}, {8, 5, 8}, {8, 6, 8}, {8, 7, 8}, {8, 8, 9}, {9, 2, 17},
      {9, 3, 13}, {9, 4, 11}, {9, 5, 9}, {9, 9, 10}, {10, 2, 19}, {10, 3, 14}, {10, 4, 13}, {10, 5, 9},
      {10, 10, 4}};

  /** g, p, w from Latin squares of order g: MacNeish's count, or two squares by search where it gives one. */
  private static final int[][] LATIN = {
      {10, 10, 4}, {10, 9, 4}, {10, 8, 4}, {10, 7, 4}, {10, 6, 4}, {10, 5, 4}, {10, 4, 4}, {12, 12, 4}, {14, 14, 4},
      {15, 15, 4}, {18, 18, 4}, {20, 20, 5}, {22, 22, 4}, {26, 26, 4}};

  /** people, tables, rounds: a design on tables * ceil(people / tables) points less some (38-10-13 is open). */
  private static final int[][] FEWER = {
      {14, 5, 7}, {20, 7, 10}, {24, 5, 6}, {27, 7, 9}, {26, 7, 8}, {39, 10, 13}, {38, 10, 12}, {38, 10, 13},
      {44, 15, 7}, {44, 15, 22}, {43, 15, 21}, {51, 13, 17}, {62, 21, 30}, {62, 21, 31}, {63, 16, 21}};

  /** g, p, w beyond the table (g > 10) where {@link FixedPointDesign} finds a base round on its own. */
  private static final int[][] BEYOND = {{11, 4, 13}, {12, 4, 14}, {12, 5, 11}};

  @Test
  void benchmark() {
    RotationPlanner.plan(RandomInstances.golfers(10, 4, 13, false).seed(100).timeLimit(LIMIT).build());
    StringBuilder report = new StringBuilder("\n| people | table size | rounds | repeats, seeds 1-5 | ms per seed |\n")
        .append("|---|---|---|---|---|\n");
    for (int[] d : DESIGNS) {
      long[][] runs = runs(d[0] / d[1], d[1], d[2], 5);
      report.append(String.format(Locale.ROOT, "| %d | %d | %d | %s | %s |%n", d[0], d[1], d[2], text(runs[0]),
          text(runs[1])));
    }
    report.append("\n| g-p-w (best known) | people | repeats, seeds 1-5 | median ms |\n|---|---|---|---|\n");
    for (int[] g : GOLFERS) {
      long[][] runs = runs(g[0], g[1], g[2], 5);
      long[] millis = runs[1].clone();
      Arrays.sort(millis);
      report.append(String.format(Locale.ROOT, "| %d-%d-%d | %d | %s | %d |%n", g[0], g[1], g[2], g[0] * g[1],
          text(runs[0]), millis[2]));
    }
    report.append("\n| g-p-w (beyond the table) | people | repeats, seeds 1-3 | ms per seed |\n|---|---|---|---|\n");
    for (int[] g : BEYOND) {
      long[][] runs = runs(g[0], g[1], g[2], 3);
      report.append(String.format(Locale.ROOT, "| %d-%d-%d | %d | %s | %s |%n", g[0], g[1], g[2], g[0] * g[1],
          text(runs[0]), text(runs[1])));
    }
    report.append("\n| table size | people | built | ms |\n|---|---|---|---|\n");
    for (int[] family : new int[][] {{3, 63, 6}, {4, 64, 12}, {5, 65, 20}}) {
      for (int v = family[1]; v <= 150; v += family[2]) {
        long start = System.nanoTime();
        Resolvable design = Resolvable.of(v, family[0], start + 3_000_000_000L);
        report.append(String.format(Locale.ROOT, "| %d | %d | %s | %d |%n", family[0], v, design == null ? "no" : "yes",
            (System.nanoTime() - start) / 1_000_000));
      }
    }
    report.append("\n| g-p-w (Latin squares) | people | repeats, seeds 1-5 | median ms | max ms |\n")
        .append("|---|---|---|---|---|\n");
    for (int[] g : LATIN) {
      long[][] runs = runs(g[0], g[1], g[2], 5);
      long[] millis = runs[1].clone();
      Arrays.sort(millis);
      report.append(String.format(Locale.ROOT, "| %d-%d-%d | %d | %s | %d | %d |%n", g[0], g[1], g[2], g[0] * g[1],
          text(runs[0]), millis[2], millis[4]));
    }
    report.append("\n| order | two squares | ms |\n|---|---|---|\n");
    for (int n = 10; n <= 62; n += 4) {
      long start = System.nanoTime();
      int[][][] squares = Mols.of(n, 2, start + 5_000_000_000L);
      report.append(String.format(Locale.ROOT, "| %d | %s | %d |%n", n, squares == null ? "no" : "yes",
          (System.nanoTime() - start) / 1_000_000));
    }
    System.out.println(report);
  }

  /** Block (f) alone: {@code -Dtest=DesignBenchmarkTest#fewerPeople}. */
  @Test
  void fewerPeople() {
    RotationPlanner.plan(RandomInstances.people(39, 10, 13, false).seed(100).timeLimit(LIMIT).build());
    StringBuilder report = new StringBuilder();
    report.append("\n| people-tables-rounds (fewer people) | design points | repeats, seeds 1-5 | median ms |\n")
        .append("|---|---|---|---|\n");
    for (int[] f : FEWER) {
      long[][] runs = runs(seed -> RandomInstances.people(f[0], f[1], f[2], false), 5);
      long[] millis = runs[1].clone();
      Arrays.sort(millis);
      int k = (f[0] + f[1] - 1) / f[1];
      report.append(String.format(Locale.ROOT, "| %d-%d-%d | %d | %s | %d |%n", f[0], f[1], f[2], k * f[1],
          text(runs[0]), millis[2]));
    }
    System.out.println(report);
  }

  private static long[][] runs(int tables, int size, int rounds, int seeds) {
    return runs(seed -> RandomInstances.golfers(tables, size, rounds, false), seeds);
  }

  private static long[][] runs(IntFunction<RotationRequest.Builder> request, int seeds) {
    long[][] result = new long[2][seeds];
    for (int seed = 1; seed <= seeds; seed++) {
      long start = System.nanoTime();
      RotationPlan plan = RotationPlanner.plan(request.apply(seed).seed(seed).timeLimit(LIMIT).build());
      RotationRequest asked = plan.request();
      result[1][seed - 1] = (System.nanoTime() - start) / 1_000_000;
      Verify verify = new Verify(plan);
      if (!verify.problems.isEmpty() || verify.repeats != plan.statistics().repeats()) {
        throw new AssertionError(asked.participants().size() + "/" + asked.tables().size() + "/" + asked.rounds()
            + ": " + verify.problems + ", repeats " + verify.repeats + " vs " + plan.statistics().repeats());
      }
      result[0][seed - 1] = verify.repeats;
    }
    return result;
  }

  private static String text(long[] values) {
    StringBuilder text = new StringBuilder();
    for (long value : values) {
      text.append(text.length() == 0 ? "" : ", ").append(value);
    }
    return text.toString();
  }
}
