package nl.opgave.workshop.rotation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.cafe.AlternativeKind;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.PinnedSeat;
import nl.opgave.model.cafe.RepairRequest;
import nl.opgave.model.cafe.RotationAlternative;
import nl.opgave.model.cafe.RotationBounds;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.RotationStatistics;
import nl.opgave.model.cafe.Seating;
import nl.opgave.model.cafe.StopReason;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.TableNumbers;

/** Runs the planner: compile, bound, construct, search, evaluate, compare with looser set-ups. */
final class Engine {
  private static final int ALTERNATIVE_LIMIT = 2_000;
  private static final long ALTERNATIVE_WORK = 1_500_000;
  private static final long ALTERNATIVE_SEATS = 50_000_000;
  private static final long ALTERNATIVE_SEATS_PER_MS = 50_000;
  private static final int REDESIGNS = 64;
  private static final long RESERVE_NANOS_PER_SEAT = 1_000;

  private Engine() {}

  static RotationPlan plan(RotationRequest request, int[] reference, int frozen, ProgressListener listener,
      boolean alternatives) {
    Pulse pulse = Pulse.open(listener);
    try {
      return plan(request, reference, frozen, pulse == null ? listener : pulse, alternatives, Long.MAX_VALUE);
    } finally {
      Pulse.close(pulse);
    }
  }

  /**
   * Plans; with a seat limit, as for looser set-ups counted only, the spread of repeats over pairs is not weighed,
   * designs are built but not searched for, and the search ends once its greedy starts and moves have looked at that
   * many seats, whatever the size of the tables.
   */
  private static RotationPlan plan(RotationRequest request, int[] reference, int frozen, ProgressListener listener,
      boolean alternatives, long seatLimit) {
    boolean fair = seatLimit == Long.MAX_VALUE;
    long start = Pulse.now();
    Problem pb = new Problem(request, reference, frozen);
    RotationBounds bounds = Bounds.of(pb);
    long[] tiers = Bounds.tiers(bounds);
    int floor = fair ? bounds.maxMeetings() : Integer.MAX_VALUE / 2;
    int ceiling = fair ? bounds.minContacts().orElse(0) : 0;
    tick(listener, 0, -1, bounds.repeats());
    boolean tight = bounds.repeats() == 0 && bounds.zeroRepeatRounds().isPresent()
        && 5L * pb.rounds >= 3L * bounds.zeroRepeatRounds().getAsInt();
    FixedPointDesign.Progress progress = new FixedPointDesign.Progress();
    int[] constructed = Constructions.build(pb, deadline(start, pb), tight && fair,
        fair ? Truncation.BUDGET : Math.max(1, seatLimit / 16), progress);
    tick(listener, 0, -1, bounds.repeats());
    int[] seats;
    RotationStatistics statistics = null;
    long iterations = 0;
    StopReason stop = StopReason.BOUND_REACHED;
    if (complete(pb, constructed)) {
      statistics = Evaluation.statistics(pb, constructed);
      if (!atBound(statistics, tiers, floor)) {
        statistics = null;
      }
    }
    if (statistics != null) {
      seats = constructed;
    } else if (!Search.affordable(pb)) {
      seats = Spread.seats(pb, deadline(start, pb));
      statistics = Evaluation.statistics(pb, seats);
      stop = atBound(statistics, tiers, floor) ? StopReason.BOUND_REACHED : StopReason.NO_IMPROVEMENT;
      if (statistics.keepApartBroken() > 0) {
        throw InvalidValueException.of(ProblemCode.ROTATION_APART_UNSEARCHED, firstApart(pb, seats));
      }
    } else {
      int[] spread = spreadCompetes(pb, fair) ? Spread.seats(pb, deadline(start, pb)) : null;
      RotationStatistics spreadStatistics = spread == null ? null : Evaluation.statistics(pb, spread);
      Search search = new Search(pb, tiers, floor, ceiling);
      search.limitSeats(seatLimit);
      search.start(constructed, start + pb.timeLimitNanos / 2);
      boolean redesign = tight && pb.reference == null && pb.timeLimitNanos != Long.MAX_VALUE;
      search.run(listener, start - Math.max(redesign ? pb.timeLimitNanos / 4 : 0, reserve(pb)));
      seats = search.bestSeat();
      iterations = search.iterations();
      stop = search.stopReason();
      if (search.bestCost()[Search.APART] > 0) {
        throw InvalidValueException.of(ProblemCode.ROTATION_APART_BUDGET, iterations, firstApart(pb, seats));
      }
      statistics = Evaluation.statistics(pb, seats);
      if (spread != null && better(spreadStatistics, statistics)) {
        seats = spread;
        statistics = spreadStatistics;
      }
      if (redesign && statistics.repeats() > 0 && stop != StopReason.STOPPED_BY_LISTENER) {
        int[] design = redesign(pb, start, tiers, floor, progress);
        if (design != null) {
          seats = design;
          statistics = Evaluation.statistics(pb, seats);
          stop = StopReason.BOUND_REACHED;
        }
      }
    }
    tick(listener, iterations, statistics.repeats(), bounds.repeats());
    List<RotationAlternative> looser = alternatives ? alternatives(request, bounds, statistics, seatBudget(request))
        : List.of();
    return RotationPlan.builder()
        .request(request)
        .seatings(seatings(pb, seats))
        .statistics(statistics)
        .bounds(bounds)
        .alternatives(looser)
        .iterations(iterations)
        .stopReason(stop)
        .build();
  }

  /**
   * The part of the time limit the search leaves to the phases after it (statistics, looser set-ups, the plan's
   * values), which grow with the seats: a microsecond per seat, at most a quarter of the limit.
   */
  private static long reserve(Problem pb) {
    return pb.timeLimitNanos == Long.MAX_VALUE ? 0
        : Math.min(pb.timeLimitNanos / 4, (long) pb.n * pb.rounds * RESERVE_NANOS_PER_SEAT);
  }

  /** Tells the listener between phases that the planner is still at work; its answer counts only in the search. */
  private static void tick(ProgressListener listener, long iterations, long best, long bound) {
    if (listener != null) {
      listener.progress(iterations, best, bound);
    }
  }

  /**
   * Gives the constructions that search (1-rotational designs, paired designs) the last quarter of the time limit,
   * in slices with new seeds, after the local search stopped short of zero repeats; the fixed-point search goes on
   * where the first construction left it.
   */
  private static int[] redesign(Problem pb, long start, long[] tiers, int floor, FixedPointDesign.Progress progress) {
    long end = start + pb.timeLimitNanos;
    for (int k = 1; k <= REDESIGNS && end - Pulse.now() > 0; k++) {
      long now = Pulse.now();
      long slice = now + Math.max((end - now) / 3, 20_000_000L);
      int[] seats = Constructions.build(pb.reseeded(pb.seed + k * 0x9E3779B97F4A7C15L), slice - end > 0 ? end : slice,
          true, Truncation.BUDGET, progress);
      if (seats == null) {
        return null;
      }
      if (complete(pb, seats) && atBound(Evaluation.statistics(pb, seats), tiers, floor)) {
        return seats;
      }
    }
    return null;
  }

  private static boolean complete(Problem pb, int[] seats) {
    if (seats == null) {
      return false;
    }
    for (int i = 0; i < seats.length; i++) {
      if (pb.present[i] && seats[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether the spreading rule's plan competes with the search's: beyond {@link Search#START_PAIRS} meetings,
   * not for a repair (the rule keeps no seat of the plan repaired) and not for a looser set-up, whose search has a
   * seat budget that the rule's annealing (up to its full work without a time limit) would not keep.
   */
  static boolean spreadCompetes(Problem pb, boolean fair) {
    return fair && pb.reference == null && Search.meetings(pb) > Search.START_PAIRS;
  }

  /**
   * Returns whether plan a beats plan b in the order the search weighs them: people kept apart, seats changed,
   * vraagstuk repeats, repeats, the most meetings of a pair, the fewest distinct contacts (more is better), colleague
   * meetings, pairs not kept together.
   */
  static boolean better(RotationStatistics a, RotationStatistics b) {
    return Arrays.compare(order(a), order(b)) < 0;
  }

  private static long[] order(RotationStatistics s) {
    return new long[] {s.keepApartBroken(), s.seatsChanged(), s.vraagstukRepeats(), s.repeats(), s.maxMeetings(),
        -s.minContacts(), s.colleagueMeetings(), s.keepTogetherBroken()};
  }

  private static boolean atBound(RotationStatistics s, long[] tiers, int floor) {
    return s.keepApartBroken() == 0 && s.vraagstukRepeats() <= tiers[Search.VRAAG] && s.seatsChanged() == 0
        && s.repeats() <= tiers[Search.REPEAT] && (s.repeats() == 0 || s.maxMeetings() <= Math.max(2, floor))
        && s.colleagueMeetings() <= tiers[Search.COLLEAGUE] && s.keepTogetherBroken() == 0;
  }

  private static long deadline(long start, Problem pb) {
    long share = pb.timeLimitNanos == Long.MAX_VALUE ? Long.MAX_VALUE / 4 : pb.timeLimitNanos / 2;
    return start + share;
  }

  static RotationBounds bounds(RotationRequest request) {
    return Bounds.of(new Problem(request, null, 0));
  }

  private static String firstApart(Problem pb, int[] seats) {
    for (int r = 0; r < pb.rounds; r++) {
      for (int p = 0; p < pb.n; p++) {
        for (int z : pb.apart[p]) {
          if (z > p && seats[r * pb.n + p] >= 0 && seats[r * pb.n + p] == seats[r * pb.n + z]) {
            return Checks.term(ProblemCode.ROTATION_WOULD_SHARE, pb.id(p), pb.id(z),
                pb.tableNumber[seats[r * pb.n + p]], r + 1);
          }
        }
      }
    }
    return "";
  }

  /** The plan's seatings: each round's table numbers (0 for absent) in an array of its own, handed over uncopied. */
  private static List<Seating> seatings(Problem pb, int[] seats) {
    List<Seating> seatings = new ArrayList<>(pb.rounds);
    int[] numbers = pb.tableNumber;
    for (int r = 0, at = 0; r < pb.rounds; r++) {
      int[] round = new int[pb.n];
      for (int i = 0; i < round.length; i++, at++) {
        int t = seats[at];
        round[i] = t < 0 ? 0 : numbers[t];
      }
      Pulse.beat(0);
      seatings.add(Seating.of(r + 1, TableNumbers.adopt(round)));
    }
    return seatings;
  }

  /** The seats a looser set-up's search may look at: fewer for shorter time limits, the same for the same request. */
  private static long seatBudget(RotationRequest request) {
    long millis = request.timeLimit().map(Duration::toMillis).orElse(Long.MAX_VALUE);
    return millis >= ALTERNATIVE_SEATS / ALTERNATIVE_SEATS_PER_MS ? ALTERNATIVE_SEATS
        : Math.max(1, millis * ALTERNATIVE_SEATS_PER_MS);
  }

  private static List<RotationAlternative> alternatives(RotationRequest request, RotationBounds bounds,
      RotationStatistics statistics, long seats) {
    List<RotationAlternative> result = new ArrayList<>();
    if (statistics.repeats() == 0) {
      return result;
    }
    boolean sides = !request.crossSides() && request.tables().get(0).side().isPresent()
        && request.tables().stream().map(t -> t.side().getAsInt()).distinct().count() > 1;
    boolean planned = request.participants().size() <= ALTERNATIVE_LIMIT;
    if (sides) {
      RotationRequest crossed = !planned ? null : looser(request).crossSides(true)
          .participants(request.participants().stream().map(p -> p.withSide(OptionalInt.empty())
              .withOrganisation(java.util.Optional.empty())).collect(Collectors.toList()))
          .build();
      alternative(AlternativeKind.CROSS_SIDES, request, crossed, true, statistics, seats).ifPresent(result::add);
    }
    if (statistics.vraagstukRepeats() == 0 && bounds.vraagstuk() > bounds.repeatsWithoutVraagstukRule()) {
      RotationRequest free = !planned ? null : looser(request)
          .tables(request.tables().stream().map(t -> t.withVraagstuk(OptionalInt.empty()))
              .collect(Collectors.toList()))
          .participants(request.participants().stream().map(p -> p
              .withOrganisation(java.util.Optional.empty())).collect(Collectors.toList()))
          .build();
      alternative(AlternativeKind.WITHOUT_VRAAGSTUK_RULE, request, free, false, statistics, seats)
          .ifPresent(result::add);
    }
    return result;
  }

  /** The iteration limit of a looser set-up's request. */
  private static long looserIterations(RotationRequest request) {
    long budget = Math.max(1_000, ALTERNATIVE_WORK / request.participants().size());
    return Math.min(request.iterationLimit().orElse(Problem.DEFAULT_ITERATIONS), budget);
  }

  /** A looser set-up is planned with an iteration budget only, so that the plan stays the same for the same seed. */
  private static RotationRequest.Builder looser(RotationRequest request) {
    return RotationRequest.builder().from(request).iterationLimit(looserIterations(request))
        .timeLimit(Optional.empty());
  }

  /**
   * Weighs a looser set-up: its request where it is planned (small sizes), else its problem compiled from the
   * original request (crossed sides, or no vraagstukken).
   */
  private static java.util.Optional<RotationAlternative> alternative(AlternativeKind kind, RotationRequest original,
      RotationRequest request, boolean crossed, RotationStatistics current, long seats) {
    try {
      RotationBounds bounds = request != null ? bounds(request)
          : Bounds.of(Problem.looser(original, crossed, crossed, looserIterations(original)));
      RotationAlternative.Builder alternative = RotationAlternative.builder().kind(kind)
          .repeatsLowerBound(bounds.repeats());
      if (bounds.repeats() >= current.repeats()) {
        return java.util.Optional.empty();
      }
      if (request != null) {
        alternative.achievedRepeats(plan(request, null, 0, null, false, seats).statistics().repeats());
      }
      return java.util.Optional.of(alternative.build());
    } catch (InvalidValueException e) {
      return java.util.Optional.empty();
    }
  }

  static RotationPlan repair(RotationPlan plan, RepairRequest change, ProgressListener listener) {
    RotationRequest old = plan.request();
    int from = change.fromRound();
    Checks.check(from <= old.rounds(), ProblemCode.REPAIR_FROM_ROUND, from, old.rounds());
    Set<String> leaving = new HashSet<>(change.leaving());
    for (String id : leaving) {
      Checks.check(old.participant(id).isPresent(), ProblemCode.REPAIR_LEAVING_UNKNOWN, Checks.quote(id));
    }
    for (Participant p : change.arriving()) {
      Checks.check(old.participant(p.id()).isEmpty(), ProblemCode.REPAIR_ARRIVING_KNOWN, p.id());
    }
    Set<String> dropped = new HashSet<>();
    List<Participant> people = new ArrayList<>();
    List<Integer> oldIndex = new ArrayList<>();
    for (int i = 0; i < old.participants().size(); i++) {
      Participant p = old.participants().get(i);
      if (leaving.contains(p.id())) {
        if (p.firstRound() >= from) {
          dropped.add(p.id());
          continue;
        }
        int last = Math.min(p.lastRound().orElse(old.rounds()), from - 1);
        p = p.withLastRound(last);
      }
      people.add(p);
      oldIndex.add(i);
    }
    for (Participant p : change.arriving()) {
      people.add(p.withFirstRound(Math.max(p.firstRound(), from)));
      oldIndex.add(-1);
    }
    List<PinnedSeat> pins = new ArrayList<>();
    for (PinnedSeat pin : old.pins()) {
      if (!dropped.contains(pin.participant()) && !(leaving.contains(pin.participant()) && pin.round() >= from)) {
        pins.add(pin);
      }
    }
    pins.addAll(change.pins());
    List<Table> tables = new ArrayList<>();
    for (Table t : old.tables()) {
      tables.add(t.host().filter(dropped::contains).isPresent() ? t.withHost(Optional.empty()) : t);
    }
    RotationRequest.Builder next = RotationRequest.builder().from(old)
        .participants(people)
        .tables(tables)
        .pins(pins)
        .keepApart(keep(old.keepApart(), dropped))
        .keepTogether(keep(old.keepTogether(), dropped));
    change.seed().ifPresent(next::seed);
    change.timeLimit().ifPresent(next::timeLimit);
    change.iterationLimit().ifPresent(next::iterationLimit);
    RotationRequest request = next.build();
    Map<Integer, Integer> tableIndex = new HashMap<>();
    for (int t = 0; t < request.tables().size(); t++) {
      tableIndex.put(request.tables().get(t).number(), t);
    }
    int n = people.size();
    int[] reference = new int[request.rounds() * n];
    for (int r = 0; r < request.rounds(); r++) {
      List<Integer> seats = plan.seatings().get(r).tables();
      for (int i = 0; i < n; i++) {
        int o = oldIndex.get(i);
        int number = o < 0 ? 0 : seats.get(o);
        reference[r * n + i] = number == 0 || !people.get(i).attends(r + 1) ? -1 : tableIndex.get(number);
      }
    }
    return plan(request, reference, from - 1, listener, false);
  }

  private static List<Pair> keep(List<Pair> pairs, Set<String> dropped) {
    return pairs.stream().filter(p -> !dropped.contains(p.first()) && !dropped.contains(p.second()))
        .collect(Collectors.toList());
  }
}
