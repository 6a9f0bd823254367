package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.Seating;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.seed.WorldCafe4Maart;
import org.junit.jupiter.api.Test;

class PlanCheckInDutchTest {
  private static final List<String> ENGLISH = List.of("round", "table", "tables", "side", "sits", "seats", "host",
      "on", "and", "but", "to", "are", "more", "than", "only", "people", "changed", "from", "pinned",
      "share", "kept", "apart", "sizes", "may", "differ");

  @Test
  void brokenPlan_reportsCodedProblems_inDutchWithoutEnglishWords_andUnchangedEnglish() {
    RotationPlan plan = RotationPlanner.plan(WorldCafe4Maart.rotationRequest(1));
    List<Table> tables = plan.request().tables();
    List<Integer> round2 = new ArrayList<>(plan.seatings().get(1).tables());
    int table = round2.get(0);
    int side = tables.stream().filter(t -> t.number() == table).findFirst().orElseThrow().side().getAsInt();
    int other = tables.stream().filter(t -> t.side().getAsInt() != side).findFirst().orElseThrow().number();
    round2.set(0, other);
    List<Seating> seatings = new ArrayList<>(plan.seatings());
    seatings.set(1, Seating.of(2, round2));
    RotationPlan broken = plan.withSeatings(seatings);

    List<ProblemMessage> problems = RotationPlanner.checkProblems(broken);

    assertThat(problems).isNotEmpty();
    assertThat(RotationPlanner.check(broken)).isEqualTo(problems.stream().map(ProblemMessage::message).toList())
        .allMatch(p -> p.startsWith("round "));
    for (ProblemMessage problem : problems) {
      String dutch = problem.message(Locale.forLanguageTag("nl"));
      assertThat(dutch).startsWith("ronde ");
      assertThat(dutch.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).as(dutch).doesNotContainAnyElementsOf(ENGLISH);
    }
  }
}
