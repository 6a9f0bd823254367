package nl.opgave.workshop.rotation;

/** Hears how a long rotation search is going, and may stop it early; the plan is then the best found so far. */
@FunctionalInterface
public interface ProgressListener {
  /**
   * Reports progress: called between the planner's phases, on every improvement and at least every 250 ms of the
   * whole planning call (outside the search repeating the latest figures); the answer counts only during the search.
   *
   * @param iterations the search iterations made so far
   * @param bestRepeats the repeated meetings of the best plan so far, or -1 before there is a plan
   * @param lowerBound the lower bound on repeated meetings
   * @return {@code true} to keep searching, {@code false} to stop and return the best plan so far
   */
  boolean progress(long iterations, long bestRepeats, long lowerBound);
}
