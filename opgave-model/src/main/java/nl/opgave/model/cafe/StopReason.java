package nl.opgave.model.cafe;

/** Why the rotation planner stopped searching. */
public enum StopReason {
  /** Every objective reached its lower bound: no better plan exists. */
  BOUND_REACHED,
  /** Many restarts in a row found nothing better: the search gave up before its budget ran out. */
  NO_IMPROVEMENT,
  /** The time budget ran out. */
  TIME_LIMIT,
  /** The iteration budget ran out. */
  ITERATION_LIMIT,
  /** The progress listener asked to stop. */
  STOPPED_BY_LISTENER
}
