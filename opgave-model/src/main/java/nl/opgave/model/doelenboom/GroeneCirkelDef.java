package nl.opgave.model.doelenboom;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.community.Organisation;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/**
 * A Groene Cirkel: partners who share a droom, written from a doelenboom, and who walk six steps from that vision
 * to projects judged by political feasibility and cost.
 */
@Value.Immutable
abstract class GroeneCirkelDef {
  /** The stable id, "kaas-en-bodemdaling". */
  public abstract String id();

  /** The name, "Groene Cirkel Kaas en bodemdaling". */
  public abstract String name();

  /** The shared droom in words. */
  public abstract String droom();

  /** The doelenboom the droom is written from; it may still have defects a validator reports. */
  public abstract Doelenboom doelenboom();

  /** The partners. */
  public abstract List<Organisation> partners();

  /** The projects, in the order the circle listed them. */
  public abstract List<Project> projects();

  /** The planning horizons (T0, T1, T2), in time order. */
  public abstract List<Horizon> horizons();

  /** The state of the steps, in step order; a step not listed has not started. */
  public abstract List<StepStatus> steps();

  /** Returns the state of a step; a step not listed has not started. */
  public StepState state(Stap stap) {
    for (StepStatus status : steps()) {
      if (status.stap() == stap) {
        return status.state();
      }
    }
    return StepState.NOT_STARTED;
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_GROENE_CIRKEL_ID", id());
    String circle = Checks.quote(id());
    rules.text(Checks.term(ProblemCode.LABEL_GROENE_CIRKEL, circle, "#FIELD_NAME"), name(), 300);
    rules.text(Checks.term(ProblemCode.LABEL_GROENE_CIRKEL, circle, "#FIELD_DROOM"), droom(), 5000);
    List<ProblemMessage> problems = new ArrayList<>();
    unique(problems, Checks.term(ProblemCode.LABEL_GROENE_CIRKEL, circle, "#FIELD_PARTNERS"), partners().stream().map(Organisation::id).toArray(String[]::new));
    unique(problems, Checks.term(ProblemCode.LABEL_GROENE_CIRKEL, circle, "#FIELD_PROJECTS"), projects().stream().map(Project::id).toArray(String[]::new));
    unique(problems, Checks.term(ProblemCode.LABEL_GROENE_CIRKEL, circle, "#FIELD_HORIZONS"), horizons().stream().map(Horizon::name).toArray(String[]::new));
    int last = 0;
    for (StepStatus status : steps()) {
      if (status.stap().number() <= last) {
        problems.add(ProblemMessage.of(ProblemCode.CIRKEL_STEP_ORDER, circle, status.stap().number(), last));
      }
      last = Math.max(last, status.stap().number());
    }
    Set<String> nodeIds = new HashSet<>();
    for (Node node : doelenboom().nodes()) {
      nodeIds.add(node.id());
    }
    for (Project project : projects()) {
      for (String node : project.servedNodeIds()) {
        if (!nodeIds.contains(node)) {
          problems.add(ProblemMessage.of(ProblemCode.CIRKEL_NODE_UNKNOWN, circle, Checks.quote(project.id()),
              Checks.quote(node)));
        }
      }
    }
    rules.report(problems);
    rules.done();
  }

  private static void unique(List<ProblemMessage> problems, String field, String[] ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        problems.add(ProblemMessage.of(ProblemCode.ID_TWICE, field, Checks.quote(id)));
      }
    }
  }
}
