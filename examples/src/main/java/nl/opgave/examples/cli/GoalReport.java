package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opgave.io.DoelenboomDiagrams;
import nl.opgave.io.DoelenboomOutline;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Droombijeenkomst;
import nl.opgave.model.doelenboom.GroeneCirkel;
import nl.opgave.model.doelenboom.LadderingChain;
import nl.opgave.model.doelenboom.Project;
import nl.opgave.model.doelenboom.StepStatus;
import nl.opgave.workshop.doelenboom.Coverage;
import nl.opgave.workshop.doelenboom.Placement;
import nl.opgave.workshop.doelenboom.Portfolio;
import nl.opgave.workshop.doelenboom.Roadmap;
import nl.opgave.workshop.doelenboom.ScheduledProject;
import nl.opgave.workshop.doelenboom.TreeValidator;
import nl.opgave.workshop.doelenboom.ValidationResult;
import nl.opgave.workshop.doelenboom.Violation;
import nl.opgave.workshop.doelenboom.YieldGap;

/** Prints the droombijeenkomst, the doelenboom and a Groene Cirkel's portfolio for a person to read. */
final class GoalReport {
  private final PrintWriter out;
  private final Lang lang;
  private final CommunityReport headings;

  GoalReport(PrintWriter out, Lang lang) {
    this.out = out;
    this.lang = lang;
    this.headings = new CommunityReport(out, lang);
  }

  void droombijeenkomst(Droombijeenkomst meeting) {
    headings.heading("Droombijeenkomst", "Dream meeting");
    meeting.questions().forEach(q -> out.println("  ? " + q));
    for (LadderingChain chain : meeting.chains()) {
      out.println("  " + chain.participant() + ": " + String.join("  ->  ", chain.steps()));
    }
  }

  void doelenboom(Doelenboom tree) {
    ValidationResult result = TreeValidator.validate(tree);
    headings.heading("Doelenboom", "Goal tree");
    out.println("  " + (result.isValid() ? lang.pick("geldig", "valid") : lang.pick("ongeldig", "invalid"))
        + lang.pick(" (" + result.errors().size() + " fouten, " + result.warnings().size() + " waarschuwingen)",
            " (" + result.errors().size() + " errors, " + result.warnings().size() + " warnings)"));
    for (Violation violation : result.violations()) {
      out.println("  " + violation.line(lang.locale()));
    }
    out.println();
    DoelenboomOutline.render(tree).lines().forEach(l -> out.println("  " + l));
    out.println();
    out.println("  Mermaid:");
    DoelenboomDiagrams.mermaid(tree).lines().forEach(l -> out.println("    " + l));
  }

  void groeneCirkel(GroeneCirkel circle) {
    NumberFormat money = NumberFormat.getIntegerInstance(lang.locale());
    headings.heading(circle.name(), circle.name());
    out.println("  " + lang.pick("Droom: ", "Dream: ") + circle.droom());
    out.println("  " + lang.pick("Partners: ", "Partners: ")
        + circle.partners().stream().map(p -> p.name()).collect(Collectors.joining(", ")));
    out.println();
    for (StepStatus step : circle.steps()) {
      out.printf("  %s %d  %-78s %s%n", marker(step), step.stap().number(), step.stap().label(),
          step.note().map(n -> "(" + n + ")").orElse(""));
    }
    Map<String, Project> byId = circle.projects().stream()
        .collect(Collectors.toMap(Project::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    out.println();
    out.println("  " + lang.pick("Projecten naar politieke haalbaarheid en kosten (stap 3):",
        "Projects by political feasibility and cost (step 3):"));
    long cheap = circle.projects().stream().mapToLong(Project::cost).sorted().skip(circle.projects().size() / 2)
        .findFirst().orElse(0);
    int feasible = circle.horizons().isEmpty() ? 50 : circle.horizons().get(0).feasibilityThreshold();
    for (Placement placement : Portfolio.plane(circle.projects(), feasible, cheap)) {
      Project project = byId.get(placement.projectId());
      out.printf("    %-2s %-62s %3d  EUR %12s  %s%n", project.id(), project.name(), project.feasibility(),
          money.format(project.cost()), placement.quadrant().label(lang.locale()));
    }
    Roadmap roadmap = Portfolio.roadmap(circle.projects(), circle.horizons());
    out.println();
    out.println("  " + lang.pick("Routekaart", "Roadmap") + " (" + roadmap.method() + "):");
    for (var use : roadmap.horizons()) {
      List<String> started = roadmap.scheduled().stream().filter(s -> s.horizon().equals(use.horizon()))
          .map(ScheduledProject::projectId).collect(Collectors.toList());
      out.printf("    %-3s %s: %-14s %s %s / %s%n", use.horizon(), lang.pick("start", "start"),
          String.join(", ", started), lang.pick("besteed EUR", "spent EUR"), money.format(use.spent()),
          money.format(use.available()));
    }
    if (!roadmap.unscheduledProjectIds().isEmpty()) {
      out.println("    " + lang.pick("niet ingepland: ", "not scheduled: ")
          + String.join(", ", roadmap.unscheduledProjectIds()));
    }
    out.println("    " + lang.pick("opbrengst: ", "yield: ") + money.format(roadmap.totalYield()));
    Coverage coverage = Portfolio.coverage(circle.doelenboom(), circle.projects(), roadmap);
    out.printf("    %s %d/%d (%.0f%%)%n", lang.pick("dekking doelenboom (bladeren):", "goal tree coverage (leaves):"),
        coverage.coveredLeafCount(), coverage.leafCount(), coverage.share() * 100);
    YieldGap gap = Portfolio.yieldGap(circle.projects(), circle.horizons());
    out.println("    " + lang.pick("Yield gap (droom min autonoom): ", "Yield gap (dream minus autonomous): ")
        + money.format(gap.dream().totalYield()) + " - " + money.format(gap.autonomous().totalYield()) + " = "
        + money.format(gap.gap()));
  }

  private static String marker(StepStatus step) {
    switch (step.state()) {
      case DONE:
        return "[x]";
      case IN_PROGRESS:
        return "[~]";
      default:
        return "[ ]";
    }
  }
}
