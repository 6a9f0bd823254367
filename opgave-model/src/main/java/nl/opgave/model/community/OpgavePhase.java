package nl.opgave.model.community;

/** The phase an opgave is in, from first exploration to handing over. */
public enum OpgavePhase {
  /** Exploring the problem and who is involved. */
  VERKENNEN("verkennen"),
  /** Defining the opgave, its dream and its partners. */
  DEFINIEREN("definiëren"),
  /** Carrying out programmes and projects. */
  UITVOEREN("uitvoeren"),
  /** Embedding results in the line organisation. */
  BORGEN("borgen"),
  /** Closed or handed over. */
  AFGEROND("afgerond");

  private final String label;

  OpgavePhase(String label) {
    this.label = label;
  }

  /** Returns the Dutch label. */
  public String label() {
    return label;
  }
}
