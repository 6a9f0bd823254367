package nl.opgave.workshop.doelenboom;

/** Where a project lies in the plane of political feasibility and cost (the seed's step 3). */
public enum Quadrant {
  /** Feasible and cheap: start here (step 4). */
  LAAGHANGEND_FRUIT("laaghangend fruit: haalbaar en goedkoop"),
  /** Feasible but costly: waits for money. */
  HAALBAAR_MAAR_DUUR("haalbaar maar duur"),
  /** Cheap but not yet feasible: waits for political support. */
  GOEDKOOP_MAAR_NOG_NIET_HAALBAAR("goedkoop maar nog niet haalbaar"),
  /** Costly and not yet feasible: needs the dream to move feasibility and money (steps 5 and 6). */
  DUUR_EN_NOG_NIET_HAALBAAR("duur en nog niet haalbaar");

  private final String label;

  Quadrant(String label) {
    this.label = label;
  }

  /** Returns the Dutch label. */
  public String label() {
    return label;
  }
}
