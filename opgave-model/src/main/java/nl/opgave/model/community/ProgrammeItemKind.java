package nl.opgave.model.community;

/** The kind of a programme item of a bijeenkomst. */
public enum ProgrammeItemKind {
  /** Walk-in and welcome. */
  INLOOP("inloop"),
  /** Check-in exercise. */
  CHECK_IN("check-in"),
  /** A talk or presentation. */
  PRESENTATIE("presentatie"),
  /** Work in groups, such as a World Café. */
  GROEPSWERK("groepswerk"),
  /** A break. */
  PAUZE("pauze"),
  /** Sharing insights after group work. */
  DELEN_VAN_INZICHTEN("delen van inzichten"),
  /** Closing. */
  AFRONDING("afronding"),
  /** Lunch. */
  LUNCH("lunch"),
  /** Anything else. */
  OVERIG("overig");

  private final String label;

  ProgrammeItemKind(String label) {
    this.label = label;
  }

  /** Returns the Dutch label. */
  public String label() {
    return label;
  }
}
