package nl.opgave.model.cafe;

/** Why the rotation planner stopped searching. */
public enum StopReason {
  /** Every objective reached its lower bound: no better plan exists. */
  BOUND_REACHED,
  /** The time budget ran out. */
  TIME_LIMIT,
  /** The iteration budget ran out. */
  ITERATION_LIMIT,
  /** The progress listener asked to stop. */
  STOPPED_BY_LISTENER
}
