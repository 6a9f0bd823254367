package nl.opgave.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Round;
import nl.opgave.model.cafe.SessionPlan;
import nl.opgave.model.cafe.Side;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.cafe.Vraagstuk;
import nl.opgave.workshop.rotation.RotationPlanner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Renders cafés of 150, 300 and 600 people (8 to a table with a host, 4 rounds, 3 sides, 5 vraagstukken) to PDF:
 * median time of 7 runs after 3 warm-ups, and the peak used heap, sampled every millisecond above the heap after a
 * full collection. Run alone: {@code ./mvnw -q -pl opgave-pdf -am verify -Pbench -Dtest=CafePrintBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} (the bench profile gives a 256 MB heap with a 16 MB young generation, so
 * that garbage does not hide what stays live).
 */
@Tag("benchmark")
class CafePrintBenchmark {
  @Test
  void cafesOf150To600People_renderInUnder3SecondsWithFlatMemory() throws IOException {
    StringBuilder report = new StringBuilder("| people | tables | pages | PDF KiB | median ms | min ms | peak heap MiB |\n"
        + "|---|---|---|---|---|---|---|\n");
    long[] medians = new long[3];
    int i = 0;
    for (int people : new int[] {150, 300, 600}) {
      Cafe cafe = cafe(people);
      for (int w = 0; w < 3; w++) {
        CafePrint.render(cafe, OutputStream.nullOutputStream(), false);
      }
      long[] times = new long[7];
      long peak = 0;
      int pages = 0;
      long bytes = 0;
      for (int run = 0; run < times.length; run++) {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long base = runtime.totalMemory() - runtime.freeMemory();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        CountingStream out = new CountingStream();
        long start = System.nanoTime();
        Canvas canvas = CafePrint.render(cafe, out, false);
        times[run] = System.nanoTime() - start;
        peak = Math.max(peak, sampler.finish() - base);
        pages = canvas.pages();
        bytes = out.count;
      }
      Arrays.sort(times);
      medians[i++] = times[times.length / 2] / 1_000_000;
      report.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %.1f |%n", people, people / 8, pages,
          bytes >> 10, times[times.length / 2] / 1_000_000, times[0] / 1_000_000, peak / 1048576.0));
    }
    System.out.println(report);
    Files.writeString(Path.of("target", "pdf-benchmark.md"), report);
    assertThat(medians[2]).as("600 people, median ms").isLessThan(3_000);
  }

  private static Cafe cafe(int people) {
    int tables = people / 8;
    Random random = new Random(people);
    List<Vraagstuk> vraagstukken = new ArrayList<>();
    for (int v = 1; v <= 5; v++) {
      vraagstukken.add(Vraagstuk.of(v, "Hoe neem je de organisatie mee zonder haar te overspoelen, vraagstuk " + v));
    }
    List<Participant> list = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 1; list.size() < people; i++) {
      String name = CafeGenerator.name(random, 40);
      if (names.add(name)) {
        list.add(Participant.builder().id("p" + i).name(name).organisation("Gemeente " + (i % 40)).build());
      }
    }
    List<Table> tableList = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      tableList.add(Table.builder().number(t).side((t - 1) * 3 / tables + 1).vraagstuk((t - 1) % 5 + 1)
          .host(list.get(t - 1).id()).build());
    }
    List<Round> rounds = new ArrayList<>();
    for (int r = 1; r <= 4; r++) {
      rounds.add(Round.of(r, Duration.ofMinutes(20), "ronde " + r));
    }
    SessionPlan session = SessionPlan.builder().title("Grote café").date(LocalDate.of(2025, 6, 3))
        .start(LocalTime.of(10, 0)).vraagstukken(vraagstukken)
        .sides(List.of(Side.of(1, "wit", "white"), Side.of(2, "blauw", "blue"), Side.of(3, "geel", "yellow")))
        .tables(tableList).rounds(rounds).changeover(Duration.ofMinutes(3)).build();
    RotationRequest request = RotationRequest.builder().from(RotationRequest.forSession(session, list, 1))
        .iterationLimit(20_000).build();
    RotationPlan plan = RotationPlanner.plan(request);
    return Cafe.of(java.util.Optional.of(session), plan, PrintOptions.DUTCH);
  }

  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

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
