package nl.opgave.model.cafe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.IdIndex;
import nl.opgave.model.internal.NumberIndex;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/**
 * What the rotation planner is asked: who takes part, which tables there are, how many rounds, the seed and the
 * search budget, and the wishes (pinned seats, pairs to keep apart or together).
 */
@Value.Immutable
abstract class RotationRequestDef {
  /** The most rounds a request may ask for. */
  public static final int MAX_ROUNDS = 100;

  /** The participants, hosts included, in the order the plan lists them. */
  public abstract List<Participant> participants();

  /** The tables. */
  public abstract List<Table> tables();

  /** The sides the tables stand on, with their names; may be empty when sides are just numbers. */
  public abstract List<Side> sides();

  /** The vraagstukken on the tables, with their titles; may be empty when they are just numbers. */
  public abstract List<Vraagstuk> vraagstukken();

  /** The number of rounds, 1 to {@value #MAX_ROUNDS}. */
  public abstract int rounds();

  /** The seed of the planner's random choices: the same request gives the same plan. */
  @Value.Default
  public long seed() {
    return 0L;
  }

  /** The wall-clock budget of the search, if limited. */
  public abstract Optional<Duration> timeLimit();

  /**
   * The budget of search iterations, if limited. Without a time limit and without an iteration limit the planner
   * stops after 1,000,000 iterations or 10 seconds, whichever comes first; it stops earlier when the lower bounds are
   * met or many restarts in a row find nothing better.
   */
  public abstract OptionalLong iterationLimit();

  /** Seats fixed in advance, such as a first round the people chose themselves. */
  public abstract List<PinnedSeat> pins();

  /** Pairs that must never share a table. */
  public abstract List<Pair> keepApart();

  /** Pairs that should share a table every round they both attend (the weakest wish). */
  public abstract List<Pair> keepTogether();

  /** Whether travellers may cross sides; by default every side is a café of its own. */
  @Value.Default
  public boolean crossSides() {
    return false;
  }

  /** Returns the participant with the given id, if any. */
  public Optional<Participant> participant(String id) {
    int index = indexOf(id);
    return index < 0 ? Optional.empty() : Optional.of(participants().get(index));
  }

  /** Returns the table with the given number, if any. */
  public Optional<Table> table(int number) {
    int position = tablePositions().positionOf(number);
    return position < 0 ? Optional.empty() : Optional.of(tables().get(position));
  }

  /** Returns the side with the given number, if named. */
  public Optional<Side> side(int number) {
    return sides().stream().filter(s -> s.number() == number).findFirst();
  }

  /** Returns the vraagstuk with the given number, if named. */
  public Optional<Vraagstuk> vraagstuk(int number) {
    return vraagstukken().stream().filter(v -> v.number() == number).findFirst();
  }

  /**
   * Returns a request for a session plan's tables, sides, vraagstukken and rounds.
   *
   * @throws nl.opgave.model.InvalidValueException if the participants do not fit the plan's tables and hosts
   */
  public static RotationRequest forSession(SessionPlan plan, List<Participant> participants, long seed) {
    return RotationRequest.builder().participants(participants).tables(plan.tables()).sides(plan.sides())
        .vraagstukken(plan.vraagstukken()).rounds(plan.rounds().size()).seed(seed).build();
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.check(!participants().isEmpty(), ProblemCode.REQUEST_EMPTY, "#FIELD_PARTICIPANTS");
    rules.check(!tables().isEmpty(), ProblemCode.REQUEST_EMPTY, "#FIELD_TABLES");
    rules.check(rounds() >= 1 && rounds() <= MAX_ROUNDS, ProblemCode.REQUEST_ROUNDS, MAX_ROUNDS, rounds());
    Optional<Duration> timeLimit = timeLimit();
    if (timeLimit.isPresent()) {
      Duration t = timeLimit.get();
      rules.check(!t.isNegative() && !t.isZero(), ProblemCode.REQUEST_NOT_POSITIVE, "#FIELD_TIME_LIMIT", t);
    }
    OptionalLong iterationLimit = iterationLimit();
    if (iterationLimit.isPresent()) {
      long i = iterationLimit.getAsLong();
      rules.check(i > 0, ProblemCode.REQUEST_NOT_POSITIVE, "#FIELD_ITERATION_LIMIT", i);
    }
    List<ProblemMessage> problems = new ArrayList<>();
    List<Participant> people = participants();
    int rounds = rounds();
    IdIndex byId = new IdIndex(people.size());
    boolean anySide = false;
    for (int i = 0; i < people.size(); i++) {
      Participant p = people.get(i);
      if (byId.put(p.id(), i) >= 0) {
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_PARTICIPANT_TWICE, Checks.quote(p.id())));
      }
      if (p.firstRound() > rounds) {
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_ARRIVES_LATE, p.id(), p.firstRound(), rounds));
      }
      anySide |= p.side().isPresent();
    }
    Set<Integer> sideNumbers = new HashSet<>();
    for (Side side : sides()) {
      if (!sideNumbers.add(side.number())) {
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_NUMBER_TWICE, "#WORD_SIDE", side.number()));
      }
    }
    Set<Integer> vraagstukNumbers = new HashSet<>();
    for (Vraagstuk v : vraagstukken()) {
      if (!vraagstukNumbers.add(v.number())) {
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_NUMBER_TWICE, "#WORD_VRAAGSTUK", v.number()));
      }
    }
    Map<Integer, Table> tablesByNumber = new HashMap<>();
    Map<String, Integer> hostOf = new HashMap<>();
    Set<Integer> tableSides = new HashSet<>();
    long withSide = 0;
    for (Table t : tables()) {
      withSide += t.side().isPresent() ? 1 : 0;
    }
    if (withSide != 0 && withSide != tables().size()) {
      problems.add(ProblemMessage.of(ProblemCode.REQUEST_SIDES_MIXED, withSide, tables().size()));
    }
    for (Table t : tables()) {
      if (tablesByNumber.put(t.number(), t) != null) {
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_NUMBER_TWICE, "#WORD_TABLE", t.number()));
      }
      OptionalInt side = t.side();
      if (side.isPresent()) {
        int s = side.getAsInt();
        tableSides.add(s);
        if (!sides().isEmpty() && !sideNumbers.contains(s)) {
          problems.add(ProblemMessage.of(ProblemCode.REQUEST_TABLE_SIDE, t.number(), s));
        }
      }
      OptionalInt vraagstuk = t.vraagstuk();
      if (vraagstuk.isPresent() && !vraagstukken().isEmpty() && !vraagstukNumbers.contains(vraagstuk.getAsInt())) {
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_TABLE_VRAAGSTUK, t.number(), vraagstuk.getAsInt()));
      }
      if (t.host().isPresent()) {
        String host = t.host().get();
        if (byId.get(host) < 0) {
          problems.add(ProblemMessage.of(ProblemCode.REQUEST_HOST_UNKNOWN, Checks.quote(host), t.number()));
        }
        Integer other = hostOf.put(host, t.number());
        if (other != null) {
          problems.add(ProblemMessage.of(ProblemCode.REQUEST_HOST_TWICE, host, other, t.number()));
        }
      }
    }
    for (int i = 0; anySide && i < people.size(); i++) {
      Participant p = people.get(i);
      if (p.side().isEmpty()) {
        continue;
      }
      if (!tableSides.contains(p.side().getAsInt())) {
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_SIDE_WITHOUT_TABLE, p.id(), p.side().getAsInt()));
      }
      if (hostOf.containsKey(p.id())) {
        int hostSide = tablesByNumber.get(hostOf.get(p.id())).side().orElse(-1);
        if (hostSide != p.side().getAsInt()) {
          problems.add(ProblemMessage.of(ProblemCode.REQUEST_HOST_OTHER_SIDE, p.id(), p.side().getAsInt(),
              hostOf.get(p.id()), hostSide));
        }
      }
    }
    Set<String> pinned = new HashSet<>();
    for (PinnedSeat pin : pins()) {
      int at = byId.get(pin.participant());
      if (at < 0) {
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_PIN_UNKNOWN, Checks.quote(pin.participant())));
        continue;
      }
      Participant p = people.get(at);
      if (pin.round() > rounds()) {
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_PIN_ROUND, p.id(), pin.round(), rounds()));
      } else if (!p.attends(pin.round())) {
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_PIN_ABSENT, p.id(), pin.round()));
      }
      if (!tablesByNumber.containsKey(pin.table())) {
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_PIN_TABLE, p.id(), pin.table()));
      }
      if (!pinned.add(pin.participant() + "\u0000" + pin.round())) {
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_PIN_TWICE, p.id(), pin.round()));
      }
      Integer hosted = hostOf.get(p.id());
      if (hosted != null && hosted != pin.table()) {
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_PIN_HOST, p.id(), hosted, pin.table(), pin.round()));
      }
    }
    Set<String> apart = new HashSet<>();
    checkPairs(keepApart(), "#FIELD_KEEP_APART", byId, problems, apart);
    Set<String> together = new HashSet<>();
    checkPairs(keepTogether(), "#FIELD_KEEP_TOGETHER", byId, problems, together);
    for (String key : together) {
      if (apart.contains(key)) {
        String[] pair = key.split("\u0000", 2);
        problems.add(ProblemMessage.of(ProblemCode.REQUEST_PAIR_BOTH, pair[0], pair[1]));
      }
    }
    rules.report(problems);
    rules.done();
    participantIndex = byId;
  }

  private static void checkPairs(List<Pair> pairs, String field, IdIndex byId, List<ProblemMessage> problems,
      Set<String> keys) {
    for (Pair pair : pairs) {
      for (String id : List.of(pair.first(), pair.second())) {
        if (byId.get(id) < 0) {
          problems.add(ProblemMessage.of(ProblemCode.REQUEST_PAIR_UNKNOWN, field, Checks.quote(id)));
        }
      }
      String a = pair.first().compareTo(pair.second()) < 0 ? pair.first() : pair.second();
      String b = a.equals(pair.first()) ? pair.second() : pair.first();
      keys.add(a + "\u0000" + b);
    }
  }

  // Caches of values derived from the attributes, kept off the public API that @Value.Lazy would create.
  @SuppressWarnings("immutables:incompat")
  private transient volatile IdIndex participantIndex;
  @SuppressWarnings("immutables:incompat")
  private transient volatile NumberIndex tableIndex;

  /** Returns the position of the participant with the id, or -1. */
  int indexOf(String id) {
    if (id == null) {
      return -1;
    }
    IdIndex index = participantIndex;
    if (index == null) {
      List<Participant> people = participants();
      index = new IdIndex(people.size());
      for (int i = people.size() - 1; i >= 0; i--) {
        index.put(people.get(i).id(), i);
      }
      participantIndex = index;
    }
    return index.get(id);
  }

  /** Returns the positions of the tables by number (the first table with a number). */
  NumberIndex tablePositions() {
    NumberIndex index = tableIndex;
    if (index == null) {
      List<Table> tables = tables();
      int[] numbers = new int[tables.size()];
      for (int t = 0; t < numbers.length; t++) {
        numbers[t] = tables.get(t).number();
      }
      index = new NumberIndex(numbers);
      tableIndex = index;
    }
    return index;
  }
}
