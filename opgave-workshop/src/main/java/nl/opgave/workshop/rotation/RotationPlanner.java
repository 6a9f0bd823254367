package nl.opgave.workshop.rotation;

import java.time.Duration;
import java.util.List;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.cafe.RepairRequest;
import nl.opgave.model.cafe.RotationBounds;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;

/**
 * Plans World Café table rotations: everyone at one table per round, hosts fixed, and then, in this order, nobody
 * meeting a vraagstuk twice, the fewest repeated meetings, the fewest meetings of any one pair, the most different
 * people met by whoever meets the fewest, the fewest colleagues together and keep-together pairs together. A pure function: the same request (seed and budget included) gives the same plan, unless a time limit
 * cuts the search short before the lower bounds are met.
 */
public final class RotationPlanner {
  /**
   * The most participants a request may have: the planner's memory grows with participants times rounds (about 50
   * bytes per participant and round, so some 500 MB at 100 rounds), and its pair-meeting table is bounded apart from
   * that.
   */
  public static final int MAX_PARTICIPANTS = 100_000;

  /** The seats (participants times rounds) a request with a time limit may have at any limit. */
  public static final int BASE_SEATS = 1_000_000;

  /** The seats each millisecond of a request's time limit adds to {@link #BASE_SEATS}. */
  public static final int SEATS_PER_MS = 1_000;

  private RotationPlanner() {}

  /**
   * Checks that the planner takes a request of this size: at most {@value #MAX_PARTICIPANTS} participants and, with a
   * time limit, at most {@value #BASE_SEATS} seats (participants times rounds) plus {@value #SEATS_PER_MS} per
   * millisecond of the limit, so that compiling the request, counting who met whom and building the plan fit in the
   * time promised; hosts call it before building a large request, the planner calls it on every request.
   *
   * @param participants the number of participants
   * @param rounds the number of rounds
   * @param timeLimit the request's time limit, or null for none (an iteration limit only)
   * @throws InvalidValueException if there are more participants than the maximum, or more seats than the time limit
   *     allows; the message names the maximum and the shortest time limit that would do
   */
  public static void checkSize(int participants, int rounds, Duration timeLimit) {
    if (participants > MAX_PARTICIPANTS) {
      throw InvalidValueException.of(ProblemCode.ROTATION_TOO_MANY_PARTICIPANTS, participants, MAX_PARTICIPANTS);
    }
    if (timeLimit == null) {
      return;
    }
    long seats = (long) participants * rounds;
    long millis = timeLimit.compareTo(Duration.ofMillis(seats)) >= 0 ? seats : timeLimit.toMillis();
    long allowed = BASE_SEATS + SEATS_PER_MS * millis;
    if (seats > allowed) {
      throw InvalidValueException.of(ProblemCode.ROTATION_TOO_MANY_SEATS, participants, rounds, seats, allowed, millis,
          (seats - BASE_SEATS + SEATS_PER_MS - 1) / SEATS_PER_MS);
    }
  }

  /**
   * Plans a rotation.
   *
   * @param request who, which tables, how many rounds, the seed, the budget and the wishes
   * @return the best plan found, with its statistics and lower bounds
   * @throws InvalidValueException if the request is null or impossible (more people than seats, a side with fewer
   *     people than tables, a keep-apart group larger than the tables, a host pinned elsewhere, ...) or too large
   *     (more than {@value #MAX_PARTICIPANTS} participants, or tables so large and rounds so many that counting who
   *     met whom would take minutes); the message names the reason
   */
  public static RotationPlan plan(RotationRequest request) {
    return plan(request, null);
  }

  /**
   * Plans a rotation and reports progress to a listener, which may stop the search early.
   *
   * @param request who, which tables, how many rounds, the seed, the budget and the wishes
   * @param listener hears about progress; may be null
   * @return the best plan found, with its statistics and lower bounds
   * @throws InvalidValueException if the request is null or impossible; the message names the reason
   */
  public static RotationPlan plan(RotationRequest request, ProgressListener listener) {
    if (request == null) {
      throw InvalidValueException.of(ProblemCode.NULL_VALUE, "#" + ProblemCode.FIELD_REQUEST.name());
    }
    return Engine.plan(request, null, 0, listener, true);
  }

  /**
   * Re-plans a rotation from a round on after people left or arrived; earlier rounds never change and later
   * rounds change as little as the hard constraints allow: fewest changed seats first, then the vraagstuk rule,
   * repeats, colleagues and keep-together pairs.
   *
   * @param plan the plan in use
   * @param change who leaves, who arrives, from which round
   * @return the repaired plan; its statistics count the seats that changed
   * @throws InvalidValueException if an argument is null, the change names unknown people or the result would be
   *     impossible
   */
  public static RotationPlan repair(RotationPlan plan, RepairRequest change) {
    return repair(plan, change, null);
  }

  /**
   * Re-plans a rotation from a round on and reports progress to a listener.
   *
   * @param plan the plan in use
   * @param change who leaves, who arrives, from which round
   * @param listener hears about progress; may be null
   * @return the repaired plan
   * @throws InvalidValueException if an argument is null, the change names unknown people or the result would be
   *     impossible
   */
  public static RotationPlan repair(RotationPlan plan, RepairRequest change, ProgressListener listener) {
    if (plan == null || change == null) {
      throw InvalidValueException.of(ProblemCode.NULL_VALUE,
          "#" + (plan == null ? ProblemCode.FIELD_PLAN : ProblemCode.FIELD_CHANGE).name());
    }
    return Engine.repair(plan, change, listener);
  }

  /**
   * Returns the lower bounds of a request without planning it.
   *
   * @throws InvalidValueException if the request is null or impossible
   */
  public static RotationBounds bounds(RotationRequest request) {
    if (request == null) {
      throw InvalidValueException.of(ProblemCode.NULL_VALUE, "#" + ProblemCode.FIELD_REQUEST.name());
    }
    return Engine.bounds(request);
  }

  /**
   * Returns the hard constraints a plan breaks, one line each; empty for a valid plan.
   *
   * @throws InvalidValueException if the plan is null
   */
  public static List<String> check(RotationPlan plan) {
    return checkProblems(plan).stream().map(ProblemMessage::message).toList();
  }

  /**
   * Returns the hard constraints a plan breaks, each with its code and arguments; empty for a valid plan.
   *
   * @throws InvalidValueException if the plan is null
   */
  public static List<ProblemMessage> checkProblems(RotationPlan plan) {
    if (plan == null) {
      throw InvalidValueException.of(ProblemCode.NULL_VALUE, "#" + ProblemCode.FIELD_PLAN.name());
    }
    return List.copyOf(PlanCheck.problems(plan));
  }
}
