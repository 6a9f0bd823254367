package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import nl.opgave.io.OpgaveJson;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Side;
import nl.opgave.model.cafe.Table;
import nl.opgave.workshop.rotation.RotationPlanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI's standard output takes UTF-8 bytes straight to the stream; the CSV, text and JSON written that way are
 * the bytes a plain writer's text encodes to, in UTF-8 and (decoded, '?' for what it lacks) in ISO-8859-1.
 */
class CliOutTest {
  private static final String[] NAMES = {"Anna", "Bram \"B\"", "Çelik, Ø", "Dörte 😀", "Eef\nTwee", "Fé€"};

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void output_sameBytesThroughTheStreamAsThroughAWriter(long seed) {
    Random random = new Random(seed);
    RotationPlan plan = plan(random);
    boolean names = random.nextBoolean();
    for (Lang lang : Lang.values()) {
      RotateOutput output = new RotateOutput(plan, lang, names);
      same(output::csv);
      same(out -> output.text(out, Duration.ZERO));
    }
    same(out -> RotateCommand.json(plan, out));
    StringWriter json = new StringWriter();
    OpgaveJson.standard().write(plan, json);
    assertThat(through(StandardCharsets.UTF_8, out -> RotateCommand.json(plan, out)))
        .isEqualTo(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void same(Consumer<PrintWriter> write) {
    StringWriter text = new StringWriter();
    PrintWriter writer = new PrintWriter(text);
    writer.print("before ");
    write.accept(writer);
    writer.print(" after");
    writer.flush();
    for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1)) {
      byte[] bytes = through(charset, out -> {
        out.print("before ");
        write.accept(out);
        out.print(" after");
      });
      assertThat(new String(bytes, charset)).isEqualTo(new String(text.toString().getBytes(charset), charset));
      assertThat(bytes).isEqualTo(text.toString().getBytes(charset));
    }
  }

  private static byte[] through(Charset charset, Consumer<PrintWriter> write) {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    CliOut out = new CliOut(stream, charset);
    write.accept(out);
    out.flush();
    assertThat(out.checkError()).isFalse();
    return stream.toByteArray();
  }

  /** Up to 300 people (past one 64 KiB buffer with long names), named or not, hosts, sides, vraagstukken. */
  static RotationPlan plan(Random random) {
    int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 300 : 30);
    int tableCount = 1 + random.nextInt(Math.min(n, 8));
    boolean sided = random.nextBoolean();
    List<Participant> people = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Participant.Builder p = Participant.builder().id("p" + i);
      if (random.nextBoolean()) {
        p.name(NAMES[random.nextInt(NAMES.length)] + i + "x".repeat(random.nextInt(4) == 0 ? 280 : 0));
      }
      if (random.nextInt(3) == 0) {
        p.organisation(NAMES[random.nextInt(NAMES.length)]);
      }
      people.add(p.build());
    }
    Set<Integer> numbers = new LinkedHashSet<>();
    while (numbers.size() < tableCount) {
      numbers.add(1 + random.nextInt(random.nextBoolean() ? 2 * tableCount : 1_000_000));
    }
    List<Table> tables = new ArrayList<>();
    int t = 0;
    for (int number : numbers) {
      Table.Builder table = Table.builder().number(number);
      if (sided) {
        table.side(t % 2 + 1);
      }
      if (random.nextBoolean()) {
        table.vraagstuk(1 + random.nextInt(3));
      }
      if (random.nextInt(3) == 0 && t < n) {
        table.host("p" + (t + 1));
      }
      tables.add(table.build());
      t++;
    }
    RotationRequest.Builder request = RotationRequest.builder().participants(people).tables(tables)
        .rounds(1 + random.nextInt(4)).seed(random.nextLong()).timeLimit(Duration.ofMillis(5));
    if (sided) {
      request.sides(List.of(Side.builder().number(1).name("wit").englishName("white").build(),
          Side.builder().number(2).name("blauw é").englishName("blue").build()));
    }
    return RotationPlanner.plan(request.build());
  }
}
