package nl.opgave.model.community;

import org.immutables.value.Value;

/** The votes for one option of a poll. */
@Value.Immutable
abstract class PollResultDef {
  /** The option. */
  @Value.Parameter
  public abstract PollOption option();

  /** How many members voted for it. */
  @Value.Parameter
  public abstract int votes();

  /** Its share of all votes, 0 to 100, unrounded; 0 when nobody voted. */
  @Value.Parameter
  public abstract double percentage();

  /** Its share rounded to whole percents so that the shares of a poll sum to exactly 100 (largest remainder). */
  @Value.Parameter
  public abstract int roundedPercentage();
}
