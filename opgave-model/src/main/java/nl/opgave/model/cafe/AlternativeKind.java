package nl.opgave.model.cafe;

/** A looser set-up of a café that the planner compares the plan against. */
public enum AlternativeKind {
  /** Travellers may cross from one side to the other; hosts and the vraagstuk rule stay. */
  CROSS_SIDES,
  /** Travellers may meet a vraagstuk twice. */
  WITHOUT_VRAAGSTUK_RULE
}
