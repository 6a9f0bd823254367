package nl.opgave.workshop.doelenboom;

/** Where a project lies in the plane of political feasibility and cost (the seed's step 3). */
public enum Quadrant {
  /** Feasible and cheap: start here (step 4). */
  LAAGHANGEND_FRUIT("laaghangend fruit: haalbaar en goedkoop", "low-hanging fruit: feasible and cheap"),
  /** Feasible but costly: waits for money. */
  HAALBAAR_MAAR_DUUR("haalbaar maar duur", "feasible but costly"),
  /** Cheap but not yet feasible: waits for political support. */
  GOEDKOOP_MAAR_NOG_NIET_HAALBAAR("goedkoop maar nog niet haalbaar", "cheap but not yet feasible"),
  /** Costly and not yet feasible: needs the dream to move feasibility and money (steps 5 and 6). */
  DUUR_EN_NOG_NIET_HAALBAAR("duur en nog niet haalbaar", "costly and not yet feasible");

  private final String label;
  private final String english;

  Quadrant(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** Returns the Dutch label. */
  public String label() {
    return label;
  }

  /**
   * Returns the label in the locale's language: English for English, Dutch otherwise.
   *
   * @throws NullPointerException if locale is null
   */
  public String label(java.util.Locale locale) {
    return "en".equals(locale.getLanguage()) ? english : label;
  }
}
