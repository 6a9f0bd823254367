package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;
import nl.opgave.workshop.rotation.RotationPlanner;
import org.junit.jupiter.params.ParameterizedTest;
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
}
