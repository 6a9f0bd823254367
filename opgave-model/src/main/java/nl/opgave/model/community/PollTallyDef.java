package nl.opgave.model.community;

import java.util.List;
import org.immutables.value.Value;

/** The count of a poll: one result per option, in option order, and the number of voters. */
@Value.Immutable
abstract class PollTallyDef {
  /** One result per option, in the poll's option order. */
  public abstract List<PollResult> results();

  /** How many members voted. */
  public abstract int voters();

  /** Returns the Dutch count as the portal shows it: "0 stemmen", "1 stem", "12 stemmen". */
  public String summary() {
    return voters() == 1 ? "1 stem" : voters() + " stemmen";
  }

  /** Returns the English count: "0 votes", "1 vote". */
  public String summaryEnglish() {
    return voters() == 1 ? "1 vote" : voters() + " votes";
  }
}
