package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.opgave.model.cafe.RotationPlan;
import org.junit.jupiter.api.Test;

class RotationCsvTest {
  @Test
  void perPerson_listsTheTableOfEveryRound() {
    RotationPlan plan = CafeDocumentTest.rotation(5);

    String csv = RotationCsv.perPerson(plan, ';');

    List<String> lines = csv.lines().toList();
    assertThat(csv).endsWith("\r\n");
    assertThat(lines).hasSize(plan.request().participants().size() + 1);
    assertThat(lines.get(0)).startsWith("deelnemer;naam;organisatie;ronde 1");
    String first = plan.request().participants().get(0).id();
    assertThat(lines.get(1)).startsWith(first + ";");
  }

  @Test
  void perTable_hasOneRowPerSeatAndQuotesWhereNeeded() {
    RotationPlan plan = CafeDocumentTest.rotation(11);
    long seats = plan.seatings().stream().flatMap(s -> s.tables().stream()).filter(t -> t > 0).count();

    String csv = RotationCsv.perTable(plan, ',');

    assertThat(csv.lines()).hasSize((int) seats + 1);
    assertThat(csv.lines().findFirst()).contains("ronde,tafel,deelnemer,naam,organisatie,tafelhost");
    if (csv.contains("Zoë")) {
      assertThat(csv).contains("\"Deelnemer \"\"");
    }
  }
}
