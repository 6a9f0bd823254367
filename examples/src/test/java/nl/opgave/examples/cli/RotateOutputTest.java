package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Side;
import nl.opgave.model.cafe.Table;
import nl.opgave.workshop.rotation.RotationPlanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RotateOutputTest {
  /** Table numbers up to a few times the tables are looked up in an array, sparser ones by a sorted search. */
  @ParameterizedTest(name = "third table {0}")
  @ValueSource(ints = {40, 40_000_000})
  void csv_listsEachRoundsRosterInTableThenRequestOrder(int third) {
    List<Participant> people = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      Participant.Builder p = Participant.builder().id("p" + i).name("Naam, " + i);
      if (i == 5) {
        p.firstRound(2);
      }
      if (i == 9) {
        p.lastRound(1);
      }
      people.add(p.build());
    }
    List<Table> tables = List.of(Table.builder().number(7).build(), Table.builder().number(2).build(),
        Table.builder().number(third).host("p3").build(), Table.builder().number(1).build());
    RotationPlan plan = RotationPlanner.plan(RotationRequest.builder().participants(people).tables(tables).rounds(3)
        .seed(2).timeLimit(Duration.ofMillis(200)).build());
    StringBuilder expected = new StringBuilder("round,table,participant\n");
    for (int r = 1; r <= 3; r++) {
      for (Map.Entry<Integer, List<String>> table : plan.roster(r).entrySet()) {
        for (String id : table.getValue()) {
          expected.append(r).append(',').append(table.getKey()).append(",\"Naam, ").append(id.substring(1))
              .append("\"\n");
        }
      }
    }
    StringWriter out = new StringWriter();
    PrintWriter writer = new PrintWriter(out);
    new RotateOutput(plan, Lang.NL, true).csv(writer);
    writer.flush();
    assertThat(out.toString()).isEqualTo(expected.toString());
    assertThat(out.toString().lines()).hasSize(1 + 23 * 3 - 3);
  }

  /**
   * Hosts, named sides, vraagstukken, absences and names; 1,200 people overflow the writer's buffer many times;
   * table numbers 3 apart are looked up in an array, 30,000,000 apart by a sorted search.
   */
  @ParameterizedTest(name = "{0} people, tables {1} apart")
  @CsvSource({"23, 3", "1200, 3", "23, 30000000", "1200, 30000000"})
  void text_listsRostersAndItinerariesAsTheModelWordsThem(int n, int apart) {
    List<Participant> people = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Participant.Builder p = Participant.builder().id("p" + i).name("Naam " + i);
      if (i % 7 == 0) {
        p.organisation("Gemeente " + i % 3);
      }
      if (i == 5) {
        p.firstRound(2);
      }
      if (i == 9) {
        p.lastRound(1);
      }
      people.add(p.build());
    }
    List<Table> tables = new ArrayList<>();
    for (int t = 1; t <= 6; t++) {
      Table.Builder table = Table.builder().number(t * apart).side(t <= 3 ? 1 : 2).vraagstuk(t % 3 + 1);
      if (t % 2 == 1) {
        table.host("p" + (10 + t));
      }
      tables.add(table.build());
    }
    RotationPlan plan = RotationPlanner.plan(RotationRequest.builder().participants(people).tables(tables)
        .sides(List.of(Side.builder().number(1).name("wit").englishName("white").build(),
            Side.builder().number(2).name("blauw").englishName("blue").build()))
        .rounds(3).seed(2).timeLimit(Duration.ofMillis(200)).build());
    for (Lang lang : Lang.values()) {
      String en = lang == Lang.EN ? "en" : "nl";
      StringBuilder expected = new StringBuilder();
      for (int r = 1; r <= 3; r++) {
        expected.append('\n').append(lang.pick("Ronde ", "Round ")).append(r).append('\n');
        for (Map.Entry<Integer, List<String>> table : plan.roster(r).entrySet()) {
          Table t = plan.request().table(table.getKey()).orElseThrow();
          expected.append("  ").append(lang.pick("tafel ", "table ")).append(table.getKey()).append(" (")
              .append(plan.request().side(t.side().getAsInt()).orElseThrow().name(lang.locale())).append(", ")
              .append(lang.pick("vraagstuk ", "question ")).append(t.vraagstuk().getAsInt()).append("): ");
          List<String> names = new ArrayList<>();
          for (String id : table.getValue()) {
            names.add("Naam " + id.substring(1) + (t.host().filter(id::equals).isPresent()
                ? lang.pick(" (tafelhost)", " (host)") : ""));
          }
          expected.append(String.join(", ", names)).append('\n');
        }
      }
      expected.append('\n').append(lang.pick("Reisroutes", "Itineraries")).append('\n');
      for (Participant p : people) {
        expected.append("  Naam ").append(p.id().substring(1)).append(" (").append(p.id()).append(')')
            .append(p.organisation().map(o -> ", " + o).orElse("")).append('\n');
        for (String line : plan.itinerary(p.id()).text(lang.locale()).split("\n")) {
          expected.append("    ").append(line).append('\n');
        }
      }
      StringWriter out = new StringWriter();
      PrintWriter writer = new PrintWriter(out);
      new RotateOutput(plan, lang, true).text(writer, Duration.ZERO);
      writer.flush();
      String text = out.toString().replace(System.lineSeparator(), "\n");
      int from = text.indexOf('\n');
      int to = text.indexOf("\n\n" + lang.pick("Statistiek", "Statistics"));
      assertThat(text.substring(from + 1, to + 1)).as(en).isEqualTo(expected.toString());
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /**
   * Random cafés (hosts, sides, vraagstukken, absences, table numbers up to a million): every participant's
   * itinerary in the text is the model's, line for line.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void text_itinerariesAreTheModelsOnRandomCafes(long seed) {
    Random random = new Random(seed);
    RotationPlan plan = CliOutTest.plan(random);
    boolean names = random.nextBoolean();
    for (Lang lang : Lang.values()) {
      StringBuilder expected = new StringBuilder();
      for (Participant p : plan.request().participants()) {
        expected.append("  ").append(names ? p.displayName() + " (" + p.id() + ")" : p.id())
            .append(p.organisation().map(o -> ", " + o).orElse("")).append('\n');
        for (String line : plan.itinerary(p.id()).text(lang.locale()).split("\n")) {
          expected.append("    ").append(line).append('\n');
        }
      }
      StringWriter out = new StringWriter();
      PrintWriter writer = new PrintWriter(out);
      new RotateOutput(plan, lang, names).text(writer, Duration.ZERO);
      writer.flush();
      String text = out.toString().replace(System.lineSeparator(), "\n");
      int from = text.indexOf(lang.pick("Reisroutes", "Itineraries") + "\n");
      int to = text.indexOf("\n\n" + lang.pick("Statistiek", "Statistics"));
      assertThat(text.substring(text.indexOf('\n', from) + 1, to + 1)).isEqualTo(expected.toString());
    }
  }
}
