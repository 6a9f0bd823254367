package nl.opgave.model.cafe;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Lower bounds on what any plan of a request can reach; a plan that meets them is provably optimal.
 *
 * <p>The counting bound compares meetings with the pairs that can meet; the pigeonhole bound counts, for every
 * round after the first, the pairs a table must seat again when there are fewer tables than seats; the vraagstuk
 * bound counts travellers who must share a whole route once the vraagstuk rule leaves fewer routes than travellers.
 */
@Value.Immutable
abstract class RotationBoundsDef {
  /** The most rounds without any repeat that counting allows, floor((n-1)/(k-1)); empty when nobody can meet. */
  public abstract OptionalInt zeroRepeatRounds();

  /** The counting bound on repeats. */
  public abstract long counting();

  /** The pigeonhole bound on repeats. */
  public abstract long pigeonhole();

  /** The bound on repeats that the vraagstuk rule implies; it holds for plans that keep the rule. */
  public abstract long vraagstuk();

  /**
   * The lower bound on vraagstuk repeats: when a vraagstuk lies on more seats than the travellers can fill without
   * meeting it twice, the surplus seats force repeats.
   */
  @Value.Default
  public long vraagstukRepeats() {
    return 0L;
  }

  /** The lower bound on colleague meetings: every organisation spread as evenly as the tables allow. */
  public abstract long colleagues();

  /**
   * The lower bound on the most times any pair meets ({@link RotationStatistics#maxMeetings()}) for plans with the
   * fewest repeats that keep the vraagstuk rule: 2 once repeats are unavoidable, the meetings per pair that can meet
   * rounded up, per person and overall, and every round when travellers outnumber the routes; 0 where not known.
   */
  @Value.Default
  public int maxMeetings() {
    return 0;
  }

  /**
   * The upper bound on the fewest different people anyone meets ({@link RotationStatistics#minContacts()}): nobody
   * meets more people than share their rounds, nor more than their seats allow; empty where nobody can meet.
   */
  public abstract OptionalInt minContacts();

  /** Returns the lower bound on repeats for plans that keep the vraagstuk rule. */
  public long repeats() {
    return Math.max(repeatsWithoutVraagstukRule(), vraagstuk());
  }

  /** Returns the lower bound on repeats that holds for every plan. */
  public long repeatsWithoutVraagstukRule() {
    return Math.max(counting(), pigeonhole());
  }
}
