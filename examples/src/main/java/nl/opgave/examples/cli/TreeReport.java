package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.opgave.io.DoelenboomOutline;
import nl.opgave.model.doelenboom.Droombijeenkomst;
import nl.opgave.model.doelenboom.GroeneCirkel;
import nl.opgave.model.doelenboom.GroeneCirkelFamilie;
import nl.opgave.model.doelenboom.Horizon;
import nl.opgave.model.doelenboom.LadderingChain;
import nl.opgave.model.doelenboom.Project;
import nl.opgave.model.doelenboom.Stap;
import nl.opgave.model.doelenboom.StepStatus;
import nl.opgave.workshop.doelenboom.Coverage;
import nl.opgave.workshop.doelenboom.HorizonUse;
import nl.opgave.workshop.doelenboom.Placement;
import nl.opgave.workshop.doelenboom.Portfolio;
import nl.opgave.workshop.doelenboom.Roadmap;
import nl.opgave.workshop.doelenboom.RoadmapMethod;
import nl.opgave.workshop.doelenboom.ScheduledProject;
import nl.opgave.workshop.doelenboom.TreeValidator;
import nl.opgave.workshop.doelenboom.ValidationResult;
import nl.opgave.workshop.doelenboom.Violation;
import nl.opgave.workshop.doelenboom.YieldGap;

/** Prints a Groene Cirkel for a person to read: tree, validation, steps, plane, roadmap, yield gap, coverage. */
final class TreeReport {
  private static final long CHEAP = 100_000;

  private final PrintWriter out;
  private final Lang lang;

  TreeReport(PrintWriter out, Lang lang) {
    this.out = out;
    this.lang = lang;
  }

  void droombijeenkomst(Droombijeenkomst meeting) {
    heading("Droombijeenkomst", "Dream meeting");
    for (String question : meeting.questions()) {
      out.println("  " + question);
    }
    for (LadderingChain chain : meeting.chains()) {
      out.println("  " + chain.participant() + ": " + String.join(" -> ", chain.steps()));
    }
  }

  void circle(GroeneCirkel circle, String format) {
    heading(circle.name(), circle.name());
    out.println(lang.pick("Droom: ", "Dream: ") + circle.droom());
    out.println(lang.pick("Partners: ", "Partners: ") + String.join(", ",
        circle.partners().stream().map(p -> p.name()).toArray(String[]::new)));
    out.println();
    out.print(DoelenboomOutline.render(circle.doelenboom()));
    ValidationResult result = TreeValidator.validate(circle.doelenboom());
    out.println();
    out.println(lang.pick("Validatie: ", "Validation: ") + (result.isValid() ? lang.pick("geldig", "valid")
        : lang.pick("ongeldig", "invalid")) + ", " + result.errors().size() + lang.pick(" fouten, ", " errors, ")
        + result.warnings().size() + lang.pick(" waarschuwingen", " warnings"));
    for (Violation v : result.violations()) {
      out.println("  " + v.line(lang.locale()));
    }
    heading("Stappen", "Steps");
    for (Stap stap : Stap.values()) {
      String note = circle.steps().stream().filter(s -> s.stap() == stap).findFirst().flatMap(StepStatus::note)
          .map(n -> " (" + n + ")").orElse("");
      String state = lang.pick(circle.state(stap).label(),
          circle.state(stap).name().toLowerCase(Locale.ROOT).replace('_', ' '));
      out.println("  " + stap.number() + ". " + stap.label() + ": " + state + note);
    }
    if (!circle.projects().isEmpty() && !circle.horizons().isEmpty()) {
      portfolio(circle);
    }
    heading(lang.pick("Tekening (" + format + ")", "Drawing (" + format + ")"), "");
    out.print(TreeRenderCommand.render(circle.doelenboom(), format));
  }

  private void portfolio(GroeneCirkel circle) {
    List<Project> projects = circle.projects();
    List<Horizon> horizons = circle.horizons();
    Horizon first = horizons.get(0);
    heading("Politieke haalbaarheid en kosten", "Political feasibility and cost");
    out.println(lang.pick("  drempel " + first.feasibilityThreshold() + ", goedkoop tot " + money(CHEAP)
        + " (bedragen illustratief)", "  threshold " + first.feasibilityThreshold() + ", cheap up to "
        + money(CHEAP) + " (amounts illustrative)"));
    for (Placement p : Portfolio.plane(projects, first.feasibilityThreshold(), CHEAP)) {
      out.printf("  %-3s %3d  %14s  %s%n", p.projectId(), p.feasibility(), money(p.cost()), p.quadrant().label(lang.locale()));
    }
    YieldGap gap = Portfolio.yieldGap(projects, horizons);
    Roadmap roadmap = gap.dream();
    heading("Routekaart", "Roadmap");
    for (HorizonUse use : roadmap.horizons()) {
      List<String> started = new ArrayList<>();
      for (ScheduledProject s : roadmap.scheduled()) {
        if (s.horizon().equals(use.horizon())) {
          started.add(s.projectId());
        }
      }
      out.println("  " + use.horizon() + lang.pick(": budget ", ": budget ") + money(use.budget())
          + lang.pick(", beschikbaar ", ", available ") + money(use.available()) + lang.pick(", besteed ", ", spent ")
          + money(use.spent()) + ": " + (started.isEmpty() ? "-" : String.join(", ", started)));
    }
    out.println(lang.pick("  methode: ", "  method: ") + (roadmap.method() == RoadmapMethod.EXACT
        ? lang.pick("exact", "exact") : lang.pick("heuristiek, hooguit " + roadmap.gap() + " onder het optimum",
            "heuristic, at most " + roadmap.gap() + " below the optimum")));
    out.println(lang.pick("  rendement droom ", "  dream yield ") + gap.dream().totalYield()
        + lang.pick(", autonoom ", ", autonomous ") + gap.autonomous().totalYield() + ", yield gap " + gap.gap());
    Coverage coverage = Portfolio.coverage(circle.doelenboom(), projects, roadmap);
    out.println(lang.pick("  dekking: ", "  coverage: ") + coverage.coveredLeafCount() + lang.pick(" van ", " of ")
        + coverage.leafCount() + lang.pick(" bladeren", " leaves") + (coverage.rootCovered()
        ? lang.pick(", droom gedekt", ", dream covered") : lang.pick(", droom niet gedekt", ", dream not covered")));
  }

  void familie(GroeneCirkelFamilie familie) {
    heading(familie.name(), familie.name());
    for (GroeneCirkel circle : familie.circles()) {
      ValidationResult result = TreeValidator.validate(circle.doelenboom());
      out.println("  " + circle.name() + ": " + circle.doelenboom().nodes().size() + lang.pick(" knopen, ", " nodes, ")
          + (result.isValid() ? lang.pick("geldig", "valid") : lang.pick("ongeldig", "invalid")));
    }
  }

  private String money(long amount) {
    return String.format(lang.locale(), "€ %,d", amount);
  }

  private void heading(String dutch, String english) {
    String title = lang.pick(dutch, english.isEmpty() ? dutch : english);
    out.println();
    out.println(title);
    out.println("=".repeat(title.length()));
  }
}
