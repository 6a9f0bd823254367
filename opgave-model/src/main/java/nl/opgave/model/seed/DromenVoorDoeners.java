package nl.opgave.model.seed;

import java.util.List;
import nl.opgave.model.community.Organisation;
import nl.opgave.model.community.OrganisationKind;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Droombijeenkomst;
import nl.opgave.model.doelenboom.GroeneCirkel;
import nl.opgave.model.doelenboom.GroeneCirkelFamilie;
import nl.opgave.model.doelenboom.Horizon;
import nl.opgave.model.doelenboom.LadderingChain;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.doelenboom.Project;
import nl.opgave.model.doelenboom.Stap;
import nl.opgave.model.doelenboom.StepState;
import nl.opgave.model.doelenboom.StepStatus;
import nl.opgave.model.doelenboom.Target;

/**
 * The "Dromen voor Doeners" part of the seed (Bob Houtkamp; NSOB's reflection on Groene Cirkels): the
 * droombijeenkomst's answers, the Den Haag doelenboom, its Groene Cirkel with the six steps and projects a, b, h,
 * J, D and M, and the Groene Cirkel Familie with "Kaas en bodemdaling".
 *
 * <p>The slides give texts, not numbers: every cost, feasibility score, yield, budget, threshold and step state
 * below is illustrative, chosen so that the roadmap repeats the slides' story (a, b and h at T0; J, D and M at T2).
 * Which project belongs to which doel, which letter names which project, and the partners are readings of the
 * slides' layout, stated in each method's Javadoc.
 */
public final class DromenVoorDoeners {
  /** The id of the Den Haag circle. */
  public static final String DEN_HAAG_ID = "den-haag-gezonde-kinderen";

  /** The id of the "Kaas en bodemdaling" circle. */
  public static final String KAAS_ID = "kaas-en-bodemdaling";

  private DromenVoorDoeners() {}

  /**
   * Returns the droombijeenkomst: the seed's two questions and its three answers as laddering chains. The slides
   * name no participants ("deelnemer 1" to "3" are labels) and pair each statement with the reason in the same
   * position.
   */
  public static Droombijeenkomst droombijeenkomst() {
    return Droombijeenkomst.builder()
        .addQuestion("Wat vindt u belangrijk aan de natuur in uw omgeving?")
        .addQuestion("Waarom vindt u dat belangrijk?")
        .addChain(LadderingChain.of("deelnemer 1", "Ik wandel graag in de natuur", "Dat is lekker ontspannend"))
        .addChain(LadderingChain.of("deelnemer 2", "Mijn kinderen moeten lekker buiten kunnen spelen",
            "In de natuur spelen is gezond"))
        .addChain(LadderingChain.of("deelnemer 3", "Ik wil veel natuur rond mijn bedrijf",
            "Daar trek ik meer klanten mee"))
        .build();
  }

  /**
   * Returns the Den Haag doelenboom: Waarom? "Kinderen worden gezonder (minder obesitas)"; Wat? "Kinderen bewegen
   * meer in het groen" and "Kinderen leren observeren en leren van de natuur"; and the six projects. The slide
   * lists the projects in one block; the first three (play forests, dune safari, green schoolyards) are read as
   * serving "bewegen", the last three as serving "observeren en leren". Only the two projects with a number on
   * the slide (10 speelbossen, 25 schoolpleinen) carry a measurable target; the others are left without one, so a
   * validator warns about them.
   */
  public static Doelenboom doelenboom() {
    return Doelenboom.builder()
        .addNode(Node.of("gezonder", Level.DROOM, "Kinderen worden gezonder (minder obesitas)"))
        .addNode(Node.of("bewegen", Level.DOEL, "Kinderen bewegen meer in het groen"))
        .addNode(Node.builder().id("speelbossen").level(Level.PROJECT)
            .text("10 Speelbossen in en rondom Den Haag").target(Target.of(10, "speelbossen")).build())
        .addNode(Node.of("duinsafari", Level.PROJECT, "Duinsafari voor iedere jongere in Den Haag"))
        .addNode(Node.builder().id("schoolpleinen").level(Level.PROJECT)
            .text("25 Groene Schoolpleinen in de binnenstad van Den Haag")
            .target(Target.of(25, "groene schoolpleinen")).build())
        .addNode(Node.of("observeren", Level.DOEL, "Kinderen leren observeren en leren van de natuur"))
        .addNode(Node.of("buitenschools", Level.PROJECT,
            "Buitenschoolse Activiteiten gericht op voelen, ruiken en proeven"))
        .addNode(Node.of("uurtje-natuur", Level.PROJECT, "Extra Schoolprogramma's \"uurtje natuur\""))
        .addNode(Node.of("boer", Level.PROJECT, "Jaarlijks alle schoolklassen op bezoek bij de boer"))
        .addLink(Link.of("bewegen", "gezonder"))
        .addLink(Link.of("speelbossen", "bewegen"))
        .addLink(Link.of("duinsafari", "bewegen"))
        .addLink(Link.of("schoolpleinen", "bewegen"))
        .addLink(Link.of("observeren", "gezonder"))
        .addLink(Link.of("buitenschools", "observeren"))
        .addLink(Link.of("uurtje-natuur", "observeren"))
        .addLink(Link.of("boer", "observeren"))
        .build();
  }

  /**
   * Returns the projects of the Den Haag circle under the seed's letters. The seed draws a, b and h as the cheap,
   * feasible ones and J, D and M as those that become possible at T2; which doelenboom project carries which
   * letter is illustrative, and so are all costs (euros), feasibility scores (0-100) and yields (per period).
   */
  public static List<Project> projects() {
    return List.of(
        project("a", "Extra Schoolprogramma's \"uurtje natuur\"", 40_000, 85, 30, "uurtje-natuur"),
        project("b", "Jaarlijks alle schoolklassen op bezoek bij de boer", 60_000, 80, 35, "boer"),
        project("h", "Buitenschoolse Activiteiten gericht op voelen, ruiken en proeven", 75_000, 75, 25,
            "buitenschools"),
        project("J", "10 Speelbossen in en rondom Den Haag", 2_000_000, 40, 120, "speelbossen"),
        project("D", "Duinsafari voor iedere jongere in Den Haag", 450_000, 55, 60, "duinsafari"),
        project("M", "25 Groene Schoolpleinen in de binnenstad van Den Haag", 1_250_000, 35, 90, "schoolpleinen"));
  }

  /**
   * Returns the horizons T0, T1 and T2 of the seed's steps 4 to 6. Thresholds and budgets are illustrative: at T1
   * feasibility shifts (the threshold drops, D becomes feasible but there is no money for it), at T2 new money
   * arrives and J, D and M become possible.
   */
  public static List<Horizon> horizons() {
    return List.of(Horizon.of("T0", 70, 200_000), Horizon.of("T1", 50, 100_000), Horizon.of("T2", 30, 3_800_000));
  }

  /**
   * Returns the Den Haag circle. Its name and partners (Gemeente Den Haag, Provincie Zuid-Holland) are
   * assumptions; the droom is the doelenboom's root, as the slide shows it. The step states are illustrative:
   * steps 1-3 done, step 4 (a, b, h) under way.
   */
  public static GroeneCirkel denHaag() {
    return GroeneCirkel.builder()
        .id(DEN_HAAG_ID)
        .name("Groene Cirkel Gezonde kinderen Den Haag")
        .droom("Kinderen worden gezonder (minder obesitas)")
        .doelenboom(doelenboom())
        .addPartner(Organisation.of("den-haag", "Gemeente Den Haag", OrganisationKind.GEMEENTE))
        .addPartner(Organisation.of("pzh", "Provincie Zuid-Holland", OrganisationKind.PROVINCIE))
        .projects(projects())
        .horizons(horizons())
        .addStep(StepStatus.of(Stap.GEZAMENLIJKE_VISIE, StepState.DONE))
        .addStep(StepStatus.of(Stap.PROJECTEN_INVENTARISEREN, StepState.DONE))
        .addStep(StepStatus.of(Stap.ANALYSE, StepState.DONE))
        .addStep(StepStatus.builder().stap(Stap.LAAGHANGEND_FRUIT).state(StepState.IN_PROGRESS)
            .note("a, b en h gestart").build())
        .addStep(StepStatus.of(Stap.HAALBAARHEID_SCHUIFT_OP, StepState.NOT_STARTED))
        .addStep(StepStatus.of(Stap.NIEUW_GELD, StepState.NOT_STARTED))
        .build();
  }

  /**
   * Returns the "Kaas en bodemdaling" circle of the Groene Cirkel Familie. The slide is a photographed poster:
   * its legible headings (behoud biodiversiteit, nieuwe verdienmodellen, beperken bodemdaling) become the doelen
   * and one legible card under each becomes its project; the droom's wording, the partner Provincie Zuid-Holland
   * and the placement of the cards are readings, not quotes. The slide shows no projects with costs, no horizons
   * and no step states.
   */
  public static GroeneCirkel kaasEnBodemdaling() {
    Doelenboom tree = Doelenboom.builder()
        .addNode(Node.of("kaas", Level.DROOM, "Kaas uit het Groene Hart, met behoud van biodiversiteit en minder"
            + " bodemdaling"))
        .addNode(Node.of("biodiversiteit", Level.DOEL, "Behoud biodiversiteit"))
        .addNode(Node.of("bodemwater", Level.PROJECT, "Minder verontreiniging van het bodemwater"))
        .addNode(Node.of("verdienmodellen", Level.DOEL, "Nieuwe verdienmodellen"))
        .addNode(Node.of("marktsegment", Level.PROJECT, "Producten afzetten in hoger marktsegment"))
        .addNode(Node.of("bodemdaling", Level.DOEL, "Beperken bodemdaling"))
        .addNode(Node.of("bodembeheer", Level.PROJECT, "Aandacht voor bodembeheer"))
        .addLink(Link.of("biodiversiteit", "kaas"))
        .addLink(Link.of("bodemwater", "biodiversiteit"))
        .addLink(Link.of("verdienmodellen", "kaas"))
        .addLink(Link.of("marktsegment", "verdienmodellen"))
        .addLink(Link.of("bodemdaling", "kaas"))
        .addLink(Link.of("bodembeheer", "bodemdaling"))
        .build();
    return GroeneCirkel.builder()
        .id(KAAS_ID)
        .name("Groene Cirkel Kaas en bodemdaling")
        .droom("Kaas uit het Groene Hart, met behoud van biodiversiteit en minder bodemdaling")
        .doelenboom(tree)
        .addPartner(Organisation.of("graafstroom", "Zuivelfabriek De Graafstroom", OrganisationKind.OVERIG))
        .addPartner(Organisation.of("pzh", "Provincie Zuid-Holland", OrganisationKind.PROVINCIE))
        .build();
  }

  /** Returns the Groene Cirkel Familie with the Den Haag circle and "Kaas en bodemdaling". */
  public static GroeneCirkelFamilie familie() {
    return GroeneCirkelFamilie.builder()
        .name("Groene Cirkel Familie")
        .addCircle(denHaag())
        .addCircle(kaasEnBodemdaling())
        .build();
  }

  private static Project project(String id, String name, long cost, int feasibility, long yield, String node) {
    return Project.builder().id(id).name(name).cost(cost).feasibility(feasibility).expectedYield(yield)
        .addServedNodeId(node).build();
  }
}
