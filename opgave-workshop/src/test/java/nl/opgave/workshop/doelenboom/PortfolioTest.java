package nl.opgave.workshop.doelenboom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.doelenboom.Horizon;
import nl.opgave.model.doelenboom.Project;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PortfolioTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  static List<Project> projects(Random random, int n, long unit) {
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      projects.add(Project.builder().id("p" + i).name("Project " + i)
          .cost(unit * random.nextInt(21))
          .feasibility(random.nextInt(101))
          .expectedYield(random.nextInt(100))
          .build());
    }
    return projects;
  }

  static List<Horizon> horizons(Random random, long unit) {
    int count = 1 + random.nextInt(3);
    List<Horizon> horizons = new ArrayList<>();
    int threshold = 60 + random.nextInt(41);
    for (int k = 0; k < count; k++) {
      horizons.add(Horizon.of("T" + k, threshold, unit * random.nextInt(40)));
      threshold = Math.max(0, threshold - random.nextInt(40) + (random.nextInt(10) == 0 ? 50 : 0));
      threshold = Math.min(100, threshold);
    }
    return horizons;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void roadmap_neverExceedsABudgetAndExactBeatsOrEqualsGreedy(long seed) {
    Random random = new Random(seed);
    long unit = 1 + random.nextInt(3) * 5_000L;
    List<Project> projects = projects(random, 1 + random.nextInt(30), unit);
    List<Horizon> horizons = horizons(random, unit);
    Roadmap exact = Portfolio.roadmap(projects, horizons);
    Roadmap greedy = Portfolio.greedyRoadmap(projects, horizons);
    assertThat(exact.method()).isEqualTo(RoadmapMethod.EXACT);
    for (Roadmap roadmap : List.of(exact, greedy)) {
      assertWithinBudgets(roadmap, projects, horizons);
    }
    assertThat(exact.totalYield()).isGreaterThanOrEqualTo(greedy.totalYield());
    assertThat(greedy.upperBound()).isGreaterThanOrEqualTo(exact.totalYield());
    assertThat(greedy.gap()).isGreaterThanOrEqualTo(exact.totalYield() - greedy.totalYield());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void exactRoadmap_matchesBruteForceOnSmallPortfolios(long seed) {
    Random random = new Random(seed);
    List<Project> projects = projects(random, 1 + random.nextInt(7), 1);
    List<Horizon> horizons = horizons(random, 1);
    assertThat(Portfolio.roadmap(projects, horizons).totalYield()).isEqualTo(bruteForce(projects, horizons));
  }

  @Test
  void roadmap_aboveTheExactLimitIsALabelledHeuristicWithItsGap() {
    Random random = new Random(7);
    List<Project> projects = projects(random, Portfolio.EXACT_LIMIT + 1, 1);
    Roadmap roadmap = Portfolio.roadmap(projects, List.of(Horizon.of("T0", 50, 100), Horizon.of("T1", 20, 100)));
    assertThat(roadmap.method()).isEqualTo(RoadmapMethod.GREEDY_HEURISTIC);
    assertThat(roadmap.note()).hasValueSatisfying(n -> assertThat(n).contains("more than 60 projects"));
    assertThat(roadmap.upperBound()).isGreaterThanOrEqualTo(roadmap.totalYield());
  }

  @Test
  void roadmap_withHugeUnitlessBudgetsFallsBackToTheHeuristic() {
    List<Project> projects = List.of(
        Project.builder().id("a").name("A").cost(1_000_003).feasibility(80).expectedYield(5).build(),
        Project.builder().id("b").name("B").cost(2_000_017).feasibility(80).expectedYield(7).build());
    Roadmap roadmap = Portfolio.roadmap(projects, List.of(Horizon.of("T0", 50, 99_999_989),
        Horizon.of("T1", 50, 99_999_971)));
    assertThat(roadmap.method()).isEqualTo(RoadmapMethod.GREEDY_HEURISTIC);
    assertThat(roadmap.note()).hasValueSatisfying(n -> assertThat(n).contains("states"));
    assertThat(roadmap.totalYield()).isEqualTo(24);
  }

  @Test
  void roadmap_rejectsDuplicateIdsAndMissingHorizons() {
    Project a = Project.builder().id("a").name("A").cost(1).feasibility(1).expectedYield(1).build();
    assertThatThrownBy(() -> Portfolio.roadmap(List.of(a, a), List.of(Horizon.of("T0", 0, 1))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'a' twice");
    assertThatThrownBy(() -> Portfolio.roadmap(List.of(a), List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("horizons");
  }

  static void assertWithinBudgets(Roadmap roadmap, List<Project> projects, List<Horizon> horizons) {
    long budgets = 0;
    long spent = 0;
    for (int k = 0; k < horizons.size(); k++) {
      budgets += horizons.get(k).budget();
      HorizonUse use = roadmap.horizons().get(k);
      spent += use.spent();
      assertThat(spent).as("spent up to %s", use.horizon()).isLessThanOrEqualTo(budgets);
      assertThat(use.spent()).isLessThanOrEqualTo(use.available());
    }
    long yield = 0;
    for (ScheduledProject s : roadmap.scheduled()) {
      Project p = projects.stream().filter(q -> q.id().equals(s.projectId())).findFirst().orElseThrow();
      assertThat(p.feasibility()).isGreaterThanOrEqualTo(horizons.get(s.horizonIndex()).feasibilityThreshold());
      assertThat(s.yield()).isEqualTo(p.expectedYield() * (horizons.size() - s.horizonIndex()));
      yield += s.yield();
    }
    assertThat(roadmap.totalYield()).isEqualTo(yield);
    assertThat(roadmap.scheduled().size() + roadmap.unscheduledProjectIds().size()).isEqualTo(projects.size());
  }

  private static long bruteForce(List<Project> projects, List<Horizon> horizons) {
    int h = horizons.size();
    int n = projects.size();
    long best = 0;
    int[] start = new int[n];
    long combinations = (long) Math.pow(h + 1, n);
    for (long code = 0; code < combinations; code++) {
      long c = code;
      for (int p = 0; p < n; p++) {
        start[p] = (int) (c % (h + 1)) - 1;
        c /= h + 1;
      }
      long yield = 0;
      boolean ok = true;
      long budget = 0;
      long spent = 0;
      for (int k = 0; k < h && ok; k++) {
        budget += horizons.get(k).budget();
        for (int p = 0; p < n; p++) {
          if (start[p] == k) {
            if (projects.get(p).feasibility() < horizons.get(k).feasibilityThreshold()) {
              ok = false;
            }
            spent += projects.get(p).cost();
            yield += projects.get(p).expectedYield() * (h - k);
          }
        }
        if (spent > budget) {
          ok = false;
        }
      }
      if (ok) {
        best = Math.max(best, yield);
      }
    }
    return best;
  }
}
