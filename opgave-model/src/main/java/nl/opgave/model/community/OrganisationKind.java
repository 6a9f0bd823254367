package nl.opgave.model.community;

/** The kind of an organisation in Dutch public administration. */
public enum OrganisationKind {
  /** Central government: a ministry or a national programme. */
  RIJK("rijk"),
  /** A province. */
  PROVINCIE("provincie"),
  /** A municipality. */
  GEMEENTE("gemeente"),
  /** A water authority. */
  WATERSCHAP("waterschap"),
  /** Education and knowledge institutes: universities, hogescholen, NSOB. */
  ONDERWIJS_KENNIS("onderwijs/kennis"),
  /** Everything else: foundations, companies, networks. */
  OVERIG("overig");

  private final String label;

  OrganisationKind(String label) {
    this.label = label;
  }

  /** Returns the Dutch label, "provincie". */
  public String label() {
    return label;
  }
}
