package nl.opgave.workshop.doelenboom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Horizon;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.doelenboom.Project;
import nl.opgave.model.doelenboom.Refinement;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.doelenboom.TreeIndex;

/**
 * Portfolio analysis of a Groene Cirkel's projects: the feasibility-cost plane, the roadmap over horizons, the
 * coverage of the doelenboom and the yield gap.
 *
 * <p>The roadmap model: a project may start at a horizon when its feasibility reaches that horizon's threshold; each
 * horizon brings its budget and money not spent carries over, so the projects started up to a horizon never cost
 * more than the budgets up to it. A project started at horizon k of H brings its expected yield in each of the
 * H - k periods from its start, so starting early counts. The roadmap maximises the total yield.
 */
public final class Portfolio {
  /** Up to this many projects {@link #roadmap(List, List)} solves exactly. */
  public static final int EXACT_LIMIT = 60;

  static final long STATE_LIMIT = 4_000_000;
  static final long CHOICE_LIMIT = 64_000_000;
  private static final long UNREACHABLE = Long.MIN_VALUE / 4;

  private static final String PROJECTS = "#" + ProblemCode.FIELD_PROJECTS.name();
  private static final String SELECTED = "#" + ProblemCode.FIELD_SELECTED_PROJECTS.name();
  private static final String HORIZONS = "#" + ProblemCode.FIELD_HORIZONS.name();

  private Portfolio() {}

  /**
   * Places each project in the feasibility-cost plane: feasible when its score reaches the threshold, cheap when
   * it costs no more than the cost threshold.
   *
   * @throws InvalidValueException if projects is null, or a threshold is out of range
   */
  public static List<Placement> plane(List<Project> projects, int feasibilityThreshold, long costThreshold) {
    checkProjects(projects);
    Checks.check(feasibilityThreshold >= 0 && feasibilityThreshold <= 100, ProblemCode.PLANE_THRESHOLD,
        feasibilityThreshold);
    Checks.check(costThreshold >= 0, ProblemCode.NEGATIVE, "#" + ProblemCode.FIELD_COST_THRESHOLD.name(),
        costThreshold);
    List<Placement> placements = new ArrayList<>(projects.size());
    for (Project p : projects) {
      boolean feasible = p.feasibility() >= feasibilityThreshold;
      boolean cheap = p.cost() <= costThreshold;
      Quadrant q = feasible
          ? (cheap ? Quadrant.LAAGHANGEND_FRUIT : Quadrant.HAALBAAR_MAAR_DUUR)
          : (cheap ? Quadrant.GOEDKOOP_MAAR_NOG_NIET_HAALBAAR : Quadrant.DUUR_EN_NOG_NIET_HAALBAAR);
      placements.add(Placement.of(p.id(), p.feasibility(), p.cost(), q));
    }
    return List.copyOf(placements);
  }

  /**
   * Computes the roadmap with the highest total yield: exactly, by dynamic programming over cost units, for up to
   * {@value #EXACT_LIMIT} projects whose costs and budgets fit in a few million states; otherwise with the greedy
   * heuristic, labelled as such, with an upper bound on what it may miss.
   *
   * @throws InvalidValueException if projects or horizons is null, horizons is empty, or ids or names repeat
   */
  public static Roadmap roadmap(List<Project> projects, List<Horizon> horizons) {
    Problem problem = new Problem(projects, horizons);
    if (problem.projects.size() > EXACT_LIMIT) {
      return problem.greedy("more than " + EXACT_LIMIT + " projects (" + problem.projects.size()
          + "): greedy heuristic");
    }
    Roadmap exact = problem.exact();
    return exact != null ? exact : problem.greedy("costs and budgets need more than " + STATE_LIMIT
        + " states in whole cost units, or yields near the range of a long: greedy heuristic");
  }

  /**
   * Computes the roadmap with the greedy heuristic: projects by yield per unit of cost, each at its earliest
   * horizon with room; the result carries a linear-relaxation upper bound.
   *
   * @throws InvalidValueException if projects or horizons is null, horizons is empty, or ids or names repeat
   */
  public static Roadmap greedyRoadmap(List<Project> projects, List<Horizon> horizons) {
    return new Problem(projects, horizons).greedy("greedy heuristic as asked");
  }

  /**
   * Returns the seed's yield gap: the roadmap over the given horizons against the autonomous baseline of
   * {@link #autonomous(List)}.
   *
   * @throws InvalidValueException as {@link #roadmap(List, List)}
   */
  public static YieldGap yieldGap(List<Project> projects, List<Horizon> horizons) {
    return yieldGap(projects, horizons, autonomous(horizons));
  }

  /**
   * Returns the yield gap between a dream scenario and an autonomous one, each as horizons.
   *
   * @throws InvalidValueException as {@link #roadmap(List, List)}
   */
  public static YieldGap yieldGap(List<Project> projects, List<Horizon> dream, List<Horizon> autonomous) {
    return YieldGap.of(roadmap(projects, dream), roadmap(projects, autonomous));
  }

  /**
   * Returns the autonomous baseline of a set of horizons: without a shared dream feasibility does not shift and no
   * new money comes, so every horizon keeps the first horizon's threshold and only the first has a budget.
   *
   * @throws InvalidValueException if horizons is null or empty
   */
  public static List<Horizon> autonomous(List<Horizon> horizons) {
    Checks.check(horizons != null && !horizons.isEmpty(), ProblemCode.LIST_EMPTY, HORIZONS);
    Horizon first = horizons.get(0);
    List<Horizon> baseline = new ArrayList<>();
    for (int h = 0; h < horizons.size(); h++) {
      baseline.add(Horizon.of(horizons.get(h).name(), first.feasibilityThreshold(), h == 0 ? first.budget() : 0));
    }
    return List.copyOf(baseline);
  }

  /**
   * Returns the coverage of the tree by the selected projects.
   *
   * @throws InvalidValueException if tree or selected is null
   */
  public static Coverage coverage(Doelenboom tree, Collection<Project> selected) {
    Checks.check(tree != null, ProblemCode.NULL_VALUE, "#" + ProblemCode.FIELD_TREE.name());
    Checks.check(selected != null, ProblemCode.NULL_VALUE, SELECTED);
    TreeIndex x = new TreeIndex(tree);
    boolean[] covered = new boolean[x.n];
    for (Project p : selected) {
      Checks.check(p != null, ProblemCode.CONTAINS_NULL, SELECTED);
      for (String id : p.servedNodeIds()) {
        int v = x.ids.get(id);
        if (v >= 0) {
          covered[v] = true;
        }
      }
    }
    for (int k = x.reached - 1; k >= 0; k--) {
      int v = x.order[k];
      int start = x.childStart[v];
      int end = x.childStart[v + 1];
      if (covered[v] || start == end) {
        continue;
      }
      boolean any = x.nodes[v].refinement().orElse(Refinement.AND) == Refinement.OR;
      boolean result = !any;
      for (int c = start; c < end; c++) {
        if (any && covered[x.childList[c]]) {
          result = true;
          break;
        }
        if (!any && !covered[x.childList[c]]) {
          result = false;
          break;
        }
      }
      covered[v] = result;
    }
    List<String> ids = new ArrayList<>();
    int leaves = 0;
    int coveredLeaves = 0;
    for (int v = 0; v < x.n; v++) {
      if (x.duplicateOf[v] >= 0) {
        continue;
      }
      Node node = x.nodes[v];
      if (covered[v]) {
        ids.add(node.id());
      }
      if (x.childCount(v) == 0) {
        leaves++;
        if (covered[v]) {
          coveredLeaves++;
        }
      }
    }
    boolean root = x.roots.length > 0 && covered[x.roots[0]];
    return Coverage.builder().coveredNodeIds(ids).leafCount(leaves).coveredLeafCount(coveredLeaves)
        .rootCovered(root).build();
  }

  /**
   * Returns the coverage of the tree by the projects a roadmap starts.
   *
   * @throws InvalidValueException if an argument is null
   */
  public static Coverage coverage(Doelenboom tree, List<Project> projects, Roadmap roadmap) {
    checkProjects(projects);
    Checks.check(roadmap != null, ProblemCode.NULL_VALUE, "#" + ProblemCode.FIELD_ROADMAP.name());
    Set<String> started = new HashSet<>();
    roadmap.scheduled().forEach(s -> started.add(s.projectId()));
    List<Project> selected = new ArrayList<>();
    for (Project p : projects) {
      if (started.contains(p.id())) {
        selected.add(p);
      }
    }
    return coverage(tree, selected);
  }

  private static void checkProjects(List<Project> projects) {
    Checks.check(projects != null, ProblemCode.NULL_VALUE, PROJECTS);
    for (Project p : projects) {
      Checks.check(p != null, ProblemCode.CONTAINS_NULL, PROJECTS);
    }
    Checks.uniqueIds(PROJECTS, projects, Project::id);
  }

  /** One roadmap problem: projects, horizons, cumulative capacities and each project's value per horizon. */
  static final class Problem {
    final List<Project> projects;
    final List<Horizon> horizons;
    final int h;
    final long[] capacity;
    final long[][] value;
    final boolean[][] eligible;

    Problem(List<Project> projects, List<Horizon> horizons) {
      checkProjects(projects);
      Checks.check(horizons != null && !horizons.isEmpty(), ProblemCode.LIST_EMPTY, HORIZONS);
      for (Horizon horizon : horizons) {
        Checks.check(horizon != null, ProblemCode.CONTAINS_NULL, HORIZONS);
      }
      Checks.uniqueIds(HORIZONS, horizons, Horizon::name);
      this.projects = List.copyOf(projects);
      this.horizons = List.copyOf(horizons);
      this.h = horizons.size();
      this.capacity = new long[h];
      long sum = 0;
      for (int k = 0; k < h; k++) {
        sum = add(sum, horizons.get(k).budget(), ProblemCode.WORD_BUDGET_SUM);
        capacity[k] = sum;
      }
      int n = projects.size();
      value = new long[n][h];
      eligible = new boolean[n][h];
      for (int p = 0; p < n; p++) {
        Project project = projects.get(p);
        for (int k = 0; k < h; k++) {
          eligible[p][k] = project.feasibility() >= horizons.get(k).feasibilityThreshold();
          try {
            value[p][k] = Math.multiplyExact(project.expectedYield(), (long) (h - k));
          } catch (ArithmeticException e) {
            throw InvalidValueException.of(ProblemCode.YIELD_OVERFLOW, Checks.quote(project.id()), project.expectedYield(),
                h - k);
          }
        }
      }
    }

    Roadmap exact() {
      int n = projects.size();
      long unit = 0;
      int[] items = new int[n];
      int m = 0;
      for (int p = 0; p < n; p++) {
        if (firstEligible(p) < 0) {
          continue;
        }
        items[m++] = p;
        unit = gcd(unit, projects.get(p).cost());
      }
      for (long c : capacity) {
        unit = gcd(unit, c);
      }
      if (unit == 0) {
        unit = 1;
      }
      long[] caps = new long[h];
      long[] bound = new long[h];
      for (int k = 0; k < h; k++) {
        caps[k] = capacity[k] / unit;
        long eligibleCost = 0;
        for (int q = 0; q < m; q++) {
          if (eligible[items[q]][k]) {
            eligibleCost = Math.min(Long.MAX_VALUE / 2, eligibleCost + projects.get(items[q]).cost() / unit);
          }
        }
        bound[k] = Math.min(caps[k], eligibleCost);
      }
      long total = 0;
      for (int q = 0; q < m; q++) {
        total += value[items[q]][firstEligible(items[q])];
        if (total > Long.MAX_VALUE / 8) {
          return null;
        }
      }
      long states = 1;
      for (int k = 0; k < h; k++) {
        if (bound[k] + 1 > STATE_LIMIT / states) {
          return null;
        }
        states *= bound[k] + 1;
      }
      if (states * Math.max(1, m) > CHOICE_LIMIT) {
        return null;
      }
      int size = (int) states;
      int[] dims = new int[h];
      int[] stride = new int[h];
      for (int k = h - 1, s = 1; k >= 0; k--) {
        dims[k] = (int) bound[k] + 1;
        stride[k] = s;
        s *= dims[k];
      }
      long[] dp = new long[size];
      Arrays.fill(dp, UNREACHABLE);
      dp[0] = 0;
      byte[][] choice = new byte[m][];
      int last = h - 1;
      int[] digits = new int[h];
      int[] offsets = new int[h];
      long[] gains = new long[h];
      byte[] picks = new byte[h];
      for (int q = 0; q < m; q++) {
        int p = items[q];
        long cost = projects.get(p).cost() / unit;
        byte[] chosen = new byte[size];
        choice[q] = chosen;
        boolean anyOption = false;
        for (int k = 0; k < h; k++) {
          anyOption |= eligible[p][k] && cost <= bound[k];
        }
        if (!anyOption) {
          continue;
        }
        int c = (int) cost;
        boolean lastOption = eligible[p][last] && cost <= bound[last];
        long lastGain = value[p][last];
        byte lastPick = (byte) (last + 1);
        for (int k = 0; k < last; k++) {
          digits[k] = dims[k] - 1;
        }
        while (true) {
          long prefix = 0;
          int base = 0;
          boolean valid = true;
          int options = 0;
          for (int k = 0; k < last; k++) {
            prefix += digits[k];
            base += digits[k] * stride[k];
            if (prefix > caps[k]) {
              valid = false;
              break;
            }
            if (eligible[p][k] && digits[k] >= c) {
              offsets[options] = c * stride[k];
              gains[options] = value[p][k];
              picks[options++] = (byte) (k + 1);
            }
          }
          if (valid) {
            int top = (int) Math.min(dims[last] - 1, caps[last] - prefix);
            for (int t = base + top; t >= base; t--) {
              long best = dp[t];
              byte pick = 0;
              for (int o = 0; o < options; o++) {
                long candidate = dp[t - offsets[o]] + gains[o];
                if (candidate > best) {
                  best = candidate;
                  pick = picks[o];
                }
              }
              if (lastOption && t - base >= c) {
                long candidate = dp[t - c] + lastGain;
                if (candidate > best) {
                  best = candidate;
                  pick = lastPick;
                }
              }
              if (pick != 0) {
                dp[t] = best;
                chosen[t] = pick;
              }
            }
          }
          int k = last - 1;
          while (k >= 0 && digits[k] == 0) {
            digits[k] = dims[k] - 1;
            k--;
          }
          if (k < 0) {
            break;
          }
          digits[k]--;
        }
      }
      int best = 0;
      for (int t = 1; t < size; t++) {
        if (dp[t] > dp[best]) {
          best = t;
        }
      }
      int[] start = new int[n];
      Arrays.fill(start, -1);
      int t = best;
      for (int q = m - 1; q >= 0; q--) {
        int pick = choice[q][t];
        if (pick > 0) {
          int k = pick - 1;
          start[items[q]] = k;
          t -= (int) (projects.get(items[q]).cost() / unit) * stride[k];
        }
      }
      return build(start, RoadmapMethod.EXACT, -1, null);
    }

    Roadmap greedy(String note) {
      int n = projects.size();
      List<Integer> order = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        if (firstEligible(p) >= 0) {
          order.add(p);
        }
      }
      order.sort((a, b) -> {
        int c = Double.compare(density(b), density(a));
        if (c == 0) {
          c = Long.compare(value[b][firstEligible(b)], value[a][firstEligible(a)]);
        }
        return c != 0 ? c : Integer.compare(a, b);
      });
      long[] spent = new long[h];
      int[] start = new int[n];
      Arrays.fill(start, -1);
      for (int p : order) {
        long cost = projects.get(p).cost();
        for (int k = 0; k < h; k++) {
          if (eligible[p][k] && fits(spent, k, cost)) {
            spent[k] += cost;
            start[p] = k;
            break;
          }
        }
      }
      return build(start, RoadmapMethod.GREEDY_HEURISTIC, relaxationBound(order), note);
    }

    private boolean fits(long[] spent, int k, long cost) {
      long prefix = 0;
      for (int j = 0; j < h; j++) {
        prefix += spent[j];
        if (j >= k && prefix + cost > capacity[j]) {
          return false;
        }
      }
      return true;
    }

    private long relaxationBound(List<Integer> byDensity) {
      long room = capacity[h - 1];
      long whole = 0;
      double fraction = 0;
      for (int p : byDensity) {
        long cost = projects.get(p).cost();
        long v = value[p][firstEligible(p)];
        if (cost <= room) {
          room -= cost;
          whole = add(whole, v, ProblemCode.WORD_TOTAL_YIELD);
        } else {
          fraction = (double) v * room / cost;
          break;
        }
      }
      return add(whole, (long) Math.ceil(fraction), ProblemCode.WORD_TOTAL_YIELD);
    }

    private double density(int p) {
      long cost = projects.get(p).cost();
      long v = value[p][firstEligible(p)];
      return cost == 0 ? Double.POSITIVE_INFINITY : (double) v / cost;
    }

    private int firstEligible(int p) {
      for (int k = 0; k < h; k++) {
        if (eligible[p][k]) {
          return k;
        }
      }
      return -1;
    }

    private Roadmap build(int[] start, RoadmapMethod method, long bound, String note) {
      Roadmap.Builder roadmap = Roadmap.builder().method(method);
      long total = 0;
      long[] spent = new long[h];
      for (int k = 0; k < h; k++) {
        for (int p = 0; p < start.length; p++) {
          if (start[p] == k) {
            Project project = projects.get(p);
            roadmap.addScheduled(ScheduledProject.of(project.id(), horizons.get(k).name(), k, project.cost(),
                value[p][k]));
            total = add(total, value[p][k], ProblemCode.WORD_TOTAL_YIELD);
            spent[k] += project.cost();
          }
        }
      }
      for (int p = 0; p < start.length; p++) {
        if (start[p] < 0) {
          roadmap.addUnscheduledProjectId(projects.get(p).id());
        }
      }
      long before = 0;
      for (int k = 0; k < h; k++) {
        long available = capacity[k] - before;
        roadmap.addHorizon(HorizonUse.of(horizons.get(k).name(), horizons.get(k).budget(), available, spent[k]));
        before += spent[k];
      }
      if (note != null) {
        roadmap.note(note);
      }
      return roadmap.totalYield(total).upperBound(Math.max(bound, total)).build();
    }

    private static long add(long a, long b, ProblemCode what) {
      try {
        return Math.addExact(a, b);
      } catch (ArithmeticException e) {
        throw InvalidValueException.of(ProblemCode.SUM_OVERFLOW, "#" + what.name());
      }
    }

    private static long gcd(long a, long b) {
      while (b != 0) {
        long r = a % b;
        a = b;
        b = r;
      }
      return a;
    }
  }
}
