package nl.opgave.workshop.rotation;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import nl.opgave.model.cafe.RotationPlan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Design benchmark, printed as Markdown: (a) every resolvable-design size up to 60 people with tables of 3, 4 or 5,
 * at its full round count (the best-known 9 rounds for 45 in fives, an open case), seeds 1-5; (b) the social
 * golfer table for g, p <= 10 at the best-known week counts of shared/reference/field-notes.md (CSPLib prob010),
 * median of seeds 1-5; (c) which admissible sizes from 61 to 150 people {@link Resolvable#of} builds within 3 s.
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
    report.append("\n| table size | people | built | ms |\n|---|---|---|---|\n");
    for (int[] family : new int[][] {{3, 63, 6}, {4, 64, 12}, {5, 65, 20}}) {
      for (int v = family[1]; v <= 150; v += family[2]) {
        long start = System.nanoTime();
        Resolvable design = Resolvable.of(v, family[0], start + 3_000_000_000L);
        report.append(String.format(Locale.ROOT, "| %d | %d | %s | %d |%n", family[0], v, design == null ? "no" : "yes",
            (System.nanoTime() - start) / 1_000_000));
      }
    }
    System.out.println(report);
  }

  private static long[][] runs(int tables, int size, int rounds, int seeds) {
    long[][] result = new long[2][seeds];
    for (int seed = 1; seed <= seeds; seed++) {
      long start = System.nanoTime();
      RotationPlan plan = RotationPlanner.plan(RandomInstances.golfers(tables, size, rounds, false).seed(seed)
          .timeLimit(LIMIT).build());
      result[1][seed - 1] = (System.nanoTime() - start) / 1_000_000;
      Verify verify = new Verify(plan);
      if (!verify.problems.isEmpty() || verify.repeats != plan.statistics().repeats()) {
        throw new AssertionError(tables + "-" + size + "-" + rounds + ": " + verify.problems + ", repeats "
            + verify.repeats + " vs " + plan.statistics().repeats());
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
