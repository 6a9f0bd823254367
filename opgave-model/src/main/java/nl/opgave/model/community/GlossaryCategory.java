package nl.opgave.model.community;

/** The category of a begrippenlijst entry, as the portal names it. */
public enum GlossaryCategory {
  /** A bijeenkomst of the movement. */
  BIJEENKOMST("Bijeenkomst"),
  /** A case from practice. */
  CASUSTIEK("Casustiek"),
  /** Something to read. */
  LEZEN("Lezen"),
  /** Anything else. */
  OVERIG("Overig"),
  /** A podcast. */
  PODCAST("Podcast"),
  /** A toolkit. */
  TOOLKIT("Toolkit"),
  /** A work form for groups. */
  WERKVORM("Werkvorm");

  private final String label;

  GlossaryCategory(String label) {
    this.label = label;
  }

  /** Returns the Dutch label, "Werkvorm". */
  public String label() {
    return label;
  }
}
