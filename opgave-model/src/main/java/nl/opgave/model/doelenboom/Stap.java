package nl.opgave.model.doelenboom;

/** The six steps a Groene Cirkel walks, from a shared vision to new money, as the seed numbers them. */
public enum Stap {
  /** Step 1: seek a shared vision; it generates energy. */
  GEZAMENLIJKE_VISIE(1, "Zoeken gezamenlijke visie; genereert energie"),
  /** Step 2: inventory the projects and the effort that realise the dream. */
  PROJECTEN_INVENTARISEREN(2, "Inventariseren projecten, inzet, die droom verwezenlijken"),
  /** Step 3: analyse the projects by political feasibility and cost. */
  ANALYSE(3, "Analyse projecten/ideeën naar politieke haalbaarheid en kosten"),
  /** Step 4: start with the low-hanging fruit. */
  LAAGHANGEND_FRUIT(4, "Starten met laaghangend fruit"),
  /** Step 5: political feasibility shifts over time (T1); more projects become feasible. */
  HAALBAARHEID_SCHUIFT_OP(5, "Politieke haalbaarheid schuift op in de tijd (T1); meer projecten haalbaar"),
  /** Step 6: new money through the risen feasibility (T2). */
  NIEUW_GELD(6, "Nieuw geld door gestegen politieke haalbaarheid (T2)");

  private final int number;
  private final String label;

  Stap(int number, String label) {
    this.number = number;
    this.label = label;
  }

  /** Returns the step's number, 1 to 6. */
  public int number() {
    return number;
  }

  /** Returns the seed's Dutch wording of the step. */
  public String label() {
    return label;
  }
}
