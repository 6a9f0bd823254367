package nl.opgave.model.cafe;

import org.immutables.value.Value;

/** How good a rotation plan is: repeated meetings, vraagstukken met twice, colleagues together, contacts per person. */
@Value.Immutable
abstract class RotationStatisticsDef {
  /** Repeated meetings: over all pairs, the times they met beyond the first; keep-together pairs do not count. */
  public abstract long repeats();

  /** The number of pairs, keep-together pairs aside, that met more than once. */
  public abstract long repeatedPairs();

  /** The most times any pair met. */
  public abstract int maxMeetings();

  /** Times a traveller met a vraagstuk again while rounds did not exceed the vraagstukken they could reach. */
  public abstract long vraagstukRepeats();

  /** Colleague meetings: pairs of one organisation at one table, summed over rounds. */
  public abstract long colleagueMeetings();

  /** Rounds in which a keep-apart pair shared a table, summed over pairs; always 0 in a plan. */
  public abstract long keepApartBroken();

  /** Rounds in which a keep-together pair, both present, sat at different tables, summed over pairs. */
  public abstract long keepTogetherBroken();

  /** The fewest different people anyone met. */
  public abstract int minContacts();

  /** The mean number of different people met per participant. */
  public abstract double meanContacts();

  /** The most different people anyone met. */
  public abstract int maxContacts();

  /** Seats that differ from the plan that was repaired; 0 for a fresh plan. */
  @Value.Default
  public long seatsChanged() {
    return 0L;
  }
}
