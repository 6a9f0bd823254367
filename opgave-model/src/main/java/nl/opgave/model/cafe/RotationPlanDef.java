package nl.opgave.model.cafe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.NumberIndex;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/**
 * A table rotation: where every participant sits in every round, with its statistics, the lower bounds that
 * show how close it is to the best possible, and what looser set-ups would give.
 */
@Value.Immutable
abstract class RotationPlanDef {
  /** The request the plan answers. */
  public abstract RotationRequest request();

  /** One seating per round, in round order. */
  public abstract List<Seating> seatings();

  /** How good the plan is. */
  public abstract RotationStatistics statistics();

  /** The lower bounds of the request. */
  public abstract RotationBounds bounds();

  /** Looser set-ups of the same café and what they would give; empty when none would help. */
  public abstract List<RotationAlternative> alternatives();

  /** The number of search iterations the planner made. */
  public abstract long iterations();

  /** Why the planner stopped. */
  public abstract StopReason stopReason();

  /** Returns the lower bound on repeats that applies to this plan: with the vraagstuk rule only if the plan keeps it. */
  public long repeatsLowerBound() {
    return statistics().vraagstukRepeats() == 0 ? bounds().repeats() : bounds().repeatsWithoutVraagstukRule();
  }

  /**
   * Returns whether no plan can do better on the first two objectives: vraagstuk repeats and repeated meetings both
   * equal their lower bounds (and no keep-apart pair shares a table).
   */
  public boolean provablyOptimal() {
    return statistics().vraagstukRepeats() == bounds().vraagstukRepeats() && statistics().keepApartBroken() == 0
        && statistics().repeats() == repeatsLowerBound();
  }

  /** Returns the table of a participant in a round; empty when they do not attend it. */
  public OptionalInt table(String participantId, int round) {
    int index = index(participantId);
    checkRound(round);
    int table = seatings().get(round - 1).table(index);
    return table == 0 ? OptionalInt.empty() : OptionalInt.of(table);
  }

  /** Returns, for one round, the ids at each table, tables in the request's order, people in the request's order. */
  public Map<Integer, List<String>> roster(int round) {
    checkRound(round);
    Map<Integer, List<String>> roster = new LinkedHashMap<>();
    for (Table t : request().tables()) {
      roster.put(t.number(), new ArrayList<>());
    }
    Seating seating = seatings().get(round - 1);
    List<Participant> people = request().participants();
    for (int i = 0; i < people.size(); i++) {
      int table = seating.table(i);
      if (table != 0) {
        roster.get(table).add(people.get(i).id());
      }
    }
    roster.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(roster);
  }

  /** Returns the itinerary of one participant. */
  public Itinerary itinerary(String participantId) {
    return itinerary(index(participantId), null);
  }

  /** Returns the itineraries of all participants in the request's order. */
  public List<Itinerary> itineraries() {
    Stop[][] shared = new Stop[seatings().size()][request().tables().size() + 1];
    List<Itinerary> all = new ArrayList<>(request().participants().size());
    for (int i = 0; i < request().participants().size(); i++) {
      all.add(itinerary(i, shared));
    }
    return all;
  }

  /**
   * Builds one itinerary; stops of people who do not host are shared per round and table position plus one (0 for
   * absent) when shared is given.
   */
  private Itinerary itinerary(int index, Stop[][] shared) {
    Participant p = request().participants().get(index);
    List<Table> tables = request().tables();
    NumberIndex positions = request().tablePositions();
    List<Stop> stops = new ArrayList<>(seatings().size());
    for (int r = 0; r < seatings().size(); r++) {
      Seating seating = seatings().get(r);
      int number = seating.table(index);
      int position = number == 0 ? -1 : positions.positionOf(number);
      Table table = number == 0 ? null : tables.get(position);
      boolean host = table != null && table.host().isPresent() && table.host().get().equals(p.id());
      Stop[] round = host || shared == null ? null : shared[r];
      Stop stop = round == null ? null : round[position + 1];
      if (stop == null) {
        stop = stop(seating.round(), number, table, host);
        if (round != null) {
          round[position + 1] = stop;
        }
      }
      stops.add(stop);
    }
    return Itinerary.of(p, stops);
  }

  private Stop stop(int round, int number, Table table, boolean host) {
    Stop.Builder stop = Stop.builder().round(round);
    if (table != null) {
      stop.table(number).vraagstuk(table.vraagstuk()).host(host);
      table.side().ifPresent(s -> stop.side(s).sideName(request().side(s)));
    }
    return stop.build();
  }

  private int index(String participantId) {
    int index = request().indexOf(participantId);
    if (index < 0) {
      throw InvalidValueException.of(ProblemCode.PLAN_PARTICIPANT_UNKNOWN, Checks.quote(participantId));
    }
    return index;
  }

  private void checkRound(int round) {
    if (round < 1 || round > seatings().size()) {
      throw InvalidValueException.of(ProblemCode.PLAN_ROUND_RANGE, seatings().size(),
          round);
    }
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.check(seatings().size() == request().rounds(), ProblemCode.PLAN_SEATINGS, request().rounds(),
        seatings().size());
    NumberIndex positions = request().tablePositions();
    List<Participant> people = request().participants();
    int[] first = new int[people.size()];
    int[] last = new int[people.size()];
    int rounds = seatings().size();
    boolean always = true;
    for (int i = 0; i < people.size(); i++) {
      Participant p = people.get(i);
      first[i] = p.firstRound();
      last[i] = p.lastRound().orElse(Integer.MAX_VALUE);
      always &= first[i] == 1 && last[i] >= rounds;
    }
    for (int r = 0; r < seatings().size(); r++) {
      Seating seating = seatings().get(r);
      int[] seats = seating.shared();
      int size = seats.length;
      rules.check(seating.round() == r + 1, ProblemCode.PLAN_SEATING_ROUND, r + 1, seating.round());
      rules.check(size == people.size(), ProblemCode.PLAN_SEATING_SIZE, r + 1, people.size(), size);
      int seated = Math.min(size, people.size());
      int known = 0;
      for (int i = 0; i < seated; i++) {
        int t = seats[i];
        boolean attends = always || r + 1 >= first[i] && r + 1 <= last[i];
        if (t == 0 && attends) {
          rules.check(false, ProblemCode.PLAN_NO_TABLE, people.get(i).id(), r + 1);
        }
        if (t != 0 && t != known) {
          if (positions.positionOf(t) >= 0) {
            known = t;
          } else {
            rules.check(false, ProblemCode.PLAN_NO_SUCH_TABLE, people.get(i).id(), t, r + 1);
          }
        }
        if (t != 0 && !attends) {
          rules.check(false, ProblemCode.PLAN_ABSENT_SEATED, people.get(i).id(), r + 1, t);
        }
      }
    }
    rules.done();
  }
}
