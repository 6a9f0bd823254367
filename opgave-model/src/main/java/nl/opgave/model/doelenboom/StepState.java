package nl.opgave.model.doelenboom;

/** How far a Groene Cirkel is with one of its steps. */
public enum StepState {
  /** Not begun. */
  NOT_STARTED("nog niet begonnen"),
  /** Under way. */
  IN_PROGRESS("bezig"),
  /** Done. */
  DONE("klaar");

  private final String label;

  StepState(String label) {
    this.label = label;
  }

  /** Returns the Dutch label, "bezig". */
  public String label() {
    return label;
  }
}
