package nl.opgave.model.community;

/** The kind of a programme item of a bijeenkomst. */
public enum ProgrammeItemKind {
  /** Walk-in and welcome. */
  INLOOP("inloop", "walk-in"),
  /** Check-in exercise. */
  CHECK_IN("check-in", "check-in"),
  /** A talk or presentation. */
  PRESENTATIE("presentatie", "presentation"),
  /** Work in groups, such as a World Café. */
  GROEPSWERK("groepswerk", "group work"),
  /** A break. */
  PAUZE("pauze", "break"),
  /** Sharing insights after group work. */
  DELEN_VAN_INZICHTEN("delen van inzichten", "sharing insights"),
  /** Closing. */
  AFRONDING("afronding", "closing"),
  /** Lunch. */
  LUNCH("lunch", "lunch"),
  /** Anything else. */
  OVERIG("overig", "other");

  private final String label;
  private final String english;

  ProgrammeItemKind(String label, String english) {
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
