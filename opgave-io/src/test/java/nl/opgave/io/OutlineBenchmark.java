package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parses and renders an outline of 1,000,001 lines: warm-up runs, then timed runs; prints the median. No assertion
 * on time. Run: {@code ./mvnw -q -pl opgave-io -am verify -Pbench -Dtest=OutlineBenchmark}.
 */
@Tag("benchmark")
class OutlineBenchmark {
  @Test
  void parseAndRenderAMillionLines() {
    StringBuilder big = new StringBuilder("- Droom\n");
    for (int d = 0; d < 1_000; d++) {
      big.append("  - Doel ").append(d).append('\n');
      for (int p = 0; p < 999; p++) {
        big.append("    - Project ").append(d).append('.').append(p).append('\n');
      }
    }
    String text = big.toString();
    assertThat(DoelenboomOutline.render(DoelenboomOutline.parse(text))).isEqualTo(text);
    long sink = 0;
    for (int i = 0; i < 2; i++) {
      sink += DoelenboomOutline.render(DoelenboomOutline.parse(text)).length();
    }
    long[] nanos = new long[7];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      sink += DoelenboomOutline.render(DoelenboomOutline.parse(text)).length();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "BENCH %-50s median %8.1f ms  (min %.1f, max %.1f, %d runs, 2 warm-up) [%d]%n",
        "outline parse + render, 1,000,001 lines", nanos[nanos.length / 2] / 1e6, nanos[0] / 1e6,
        nanos[nanos.length - 1] / 1e6, nanos.length, sink % 10);
  }
}
