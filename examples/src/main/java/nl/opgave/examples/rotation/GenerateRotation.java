package nl.opgave.examples.rotation;

import java.util.ArrayList;
import java.util.List;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;
import nl.opgave.workshop.rotation.RotationPlanner;

/** Example 2, generating table rotations programmatically: 15 people, 5 tables, 7 rounds, nobody meets twice. */
public final class GenerateRotation {
  private GenerateRotation() {}

  /** Plans the rotation and prints every person's itinerary. */
  public static void main(String[] args) {
    List<Participant> people = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      people.add(Participant.builder().id("p" + i).organisation(i % 2 == 0 ? "Provincie" : "Gemeente").build());
    }
    for (int t = 1; t <= 5; t++) {
      tables.add(Table.builder().number(t).build());
    }
    RotationRequest request = RotationRequest.builder().participants(people).tables(tables).rounds(7).seed(42)
        .build();
    RotationPlan plan = RotationPlanner.plan(request);
    plan.itineraries().forEach(i -> System.out.println(i.participant().id() + ": " + i.text(java.util.Locale.ROOT)
        .replace('\n', ';')));
    System.out.println("herhalingen: " + plan.statistics().repeats() + (plan.provablyOptimal() ? " (optimaal)" : ""));
  }
}
