package nl.opgave.workshop.doelenboom;

/** How a roadmap was computed. */
public enum RoadmapMethod {
  /** Dynamic programming over cost units: the yield is the highest possible. */
  EXACT,
  /** Best yield per unit of cost first: fast, but may fall short of the optimum by at most the roadmap's gap. */
  GREEDY_HEURISTIC
}
