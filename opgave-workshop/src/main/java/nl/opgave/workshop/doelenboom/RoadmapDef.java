package nl.opgave.workshop.doelenboom;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which projects start at which horizon, the money per horizon, the total yield and, for a heuristic roadmap, how
 * far below the optimum it may lie.
 */
@Value.Immutable
abstract class RoadmapDef {
  /** The projects that start, by horizon and then in project order. */
  public abstract List<ScheduledProject> scheduled();

  /** The ids of the projects that do not start, in project order. */
  public abstract List<String> unscheduledProjectIds();

  /** The money per horizon, in horizon order. */
  public abstract List<HorizonUse> horizons();

  /** The total yield of the started projects. */
  public abstract long totalYield();

  /** A yield no roadmap can exceed: the total yield itself when exact, else a linear-relaxation bound. */
  public abstract long upperBound();

  /** How the roadmap was computed. */
  public abstract RoadmapMethod method();

  /** Why the heuristic was used, when it was. */
  public abstract Optional<String> note();

  /** Returns how much yield the roadmap may miss: 0 when exact. */
  public long gap() {
    return upperBound() - totalYield();
  }

  /** Returns the horizon a project starts at, if it starts. */
  public Optional<String> startOf(String projectId) {
    return scheduled().stream().filter(s -> s.projectId().equals(projectId)).map(ScheduledProject::horizon)
        .findFirst();
  }
}
