package nl.opgave.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.opgave.model.community.Organisation;
import nl.opgave.model.community.OrganisationKind;
import nl.opgave.model.doelenboom.CrossLink;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.GroeneCirkel;
import nl.opgave.model.doelenboom.Horizon;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.doelenboom.Owner;
import nl.opgave.model.doelenboom.OwnerKind;
import nl.opgave.model.doelenboom.Project;
import nl.opgave.model.doelenboom.Refinement;
import nl.opgave.model.doelenboom.Stap;
import nl.opgave.model.doelenboom.StepState;
import nl.opgave.model.doelenboom.StepStatus;
import nl.opgave.model.doelenboom.Target;

/** Seeded generator of doelenbomen (any shape, references always to existing nodes) and Groene Cirkels. */
final class DoelenboomGenerator {
  private static final String[] TEXT = {"Gezonde kinderen", "Bodemdaling \"stoppen\"", "Kaas; boeren, water",
      "IJsselmeer", "regel\nbreuk", "café 🌱", "back\\slash"};

  private final SplittableRandom random;

  private DoelenboomGenerator(long seed) {
    random = new SplittableRandom(seed);
  }

  static Doelenboom doelenboom(long seed, int nodes) {
    return new DoelenboomGenerator(seed).tree(nodes);
  }

  static GroeneCirkel groeneCirkel(long seed, int nodes) {
    return new DoelenboomGenerator(seed).circle(nodes);
  }

  private Doelenboom tree(int count) {
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Node.Builder node = Node.builder().id("n-" + i).level(pick(Level.values())).text(pick(TEXT) + " " + i);
      if (random.nextInt(3) == 0) {
        Target.Builder target = Target.builder().quantity(BigDecimal.valueOf(1 + random.nextInt(100_000),
            random.nextInt(4))).unit(pick(TEXT));
        if (random.nextBoolean()) {
          target.deadline(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(3000)));
        }
        node.target(target.build());
      }
      if (random.nextInt(3) == 0) {
        node.owner(Owner.of(pick(OwnerKind.values()), "owner-" + random.nextInt(10)));
      }
      if (random.nextInt(3) == 0) {
        node.refinement(pick(Refinement.values()));
      }
      nodes.add(node.build());
    }
    List<Link> links = new ArrayList<>();
    List<CrossLink> crossLinks = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      links.add(Link.of("n-" + i, "n-" + random.nextInt(random.nextInt(10) == 0 ? count : i)));
      if (random.nextInt(5) == 0) {
        crossLinks.add(CrossLink.of("n-" + i, "n-" + random.nextInt(count)));
      }
    }
    return Doelenboom.builder().nodes(nodes).links(links).crossLinks(crossLinks).build();
  }

  private GroeneCirkel circle(int count) {
    Doelenboom tree = tree(Math.max(1, count));
    GroeneCirkel.Builder circle = GroeneCirkel.builder().id("gc-" + random.nextInt(100)).name(pick(TEXT))
        .droom(pick(TEXT) + " droom").doelenboom(tree);
    for (int i = random.nextInt(4); i > 0; i--) {
      circle.addPartners(Organisation.of("org-" + i, pick(TEXT), pick(OrganisationKind.values())));
    }
    for (int i = random.nextInt(5); i > 0; i--) {
      List<String> served = new ArrayList<>();
      for (int k = random.nextInt(3); k > 0; k--) {
        served.add(tree.nodes().get(random.nextInt(tree.nodes().size())).id());
      }
      circle.addProjects(Project.builder().id("p-" + i).name(pick(TEXT)).cost(random.nextLong(1_000_000_000L))
          .feasibility(random.nextInt(101)).expectedYield(random.nextLong(1_000_000)).servedNodeIds(served).build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      circle.addHorizons(Horizon.of("T" + i, random.nextInt(101), random.nextLong(10_000_000)));
    }
    for (Stap stap : Stap.values()) {
      if (random.nextBoolean()) {
        StepStatus.Builder step = StepStatus.builder().stap(stap).state(pick(StepState.values()));
        if (random.nextBoolean()) {
          step.note(pick(TEXT));
        }
        circle.addSteps(step.build());
      }
    }
    return circle.build();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
