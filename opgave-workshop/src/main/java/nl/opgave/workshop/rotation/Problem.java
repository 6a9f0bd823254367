package nl.opgave.workshop.rotation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.PinnedSeat;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.IdIndex;

/** A rotation request compiled to int arrays: people, tables, groups (independent sides), fixed seats and sizes. */
final class Problem {
  static final long DEFAULT_ITERATIONS = 1_000_000L;
  static final Duration DEFAULT_TIME = Duration.ofSeconds(10);
  private static final int[] NONE = new int[0];

  final RotationRequest request;
  final int n;
  final int tableCount;
  final int rounds;
  final int groups;
  final int[] tableNumber;
  final int[] tableGroup;
  final int[][] groupTables;
  final String[] groupName;
  final int[] personGroup;
  final boolean[] present;
  /** The rounds (from 0) a person attends: start[p] <= r < end[p]. */
  final int[] start;
  final int[] end;
  /** Whether no seat is fixed but the hosts': no pins and no frozen rounds. */
  final boolean pinless;
  final int[] hostTable;
  final int[] tableHost;
  final int[] fixed;
  final int[] target;
  final int[] capacity;
  final int maxSize;
  final int[] org;
  final int orgCount;
  final int[] vraagstuk;
  final int vraagstukCount;
  final int[] vraagstukCap;
  final int[][] apart;
  final int[][] together;
  final int[] reference;
  final int frozenRounds;
  final long seed;
  final long iterationLimit;
  final long timeLimitNanos;

  Problem(RotationRequest request, int[] reference, int frozenRounds) {
    this(request, reference, frozenRounds, request.crossSides(), true, -1);
  }

  /**
   * Returns the problem of a looser set-up of the request as the planner weighs one: organisations dropped, sides
   * crossed or vraagstukken dropped as asked, the given iteration limit and no time limit; the same as the problem of
   * that set-up's request, which this does not build.
   */
  static Problem looser(RotationRequest request, boolean crossSides, boolean vraagstukken, long iterations) {
    return new Problem(request, null, 0, crossSides || request.crossSides(), vraagstukken, iterations);
  }

  /**
   * Compiles the request; crossSides and vraagstukken stand for the request's own (organisations are dropped and the
   * iteration limit replaces the request's limits where iterations is not negative).
   */
  private Problem(RotationRequest request, int[] reference, int frozenRounds, boolean crossSides,
      boolean vraagstukken, long iterations) {
    this.request = request;
    this.reference = reference;
    this.frozenRounds = frozenRounds;
    List<Participant> people = request.participants();
    List<Table> tables = request.tables();
    n = people.size();
    tableCount = tables.size();
    rounds = request.rounds();
    seed = request.seed();
    if (iterations >= 0) {
      iterationLimit = iterations;
      timeLimitNanos = Long.MAX_VALUE;
    } else if (request.iterationLimit().isEmpty() && request.timeLimit().isEmpty()) {
      iterationLimit = DEFAULT_ITERATIONS;
      timeLimitNanos = DEFAULT_TIME.toNanos();
    } else {
      iterationLimit = request.iterationLimit().orElse(Long.MAX_VALUE);
      timeLimitNanos = request.timeLimit().map(Problem::nanos).orElse(Long.MAX_VALUE);
    }
    RotationPlanner.checkSize(n, rounds, timeLimitNanos == Long.MAX_VALUE ? null : Duration.ofNanos(timeLimitNanos));
    boolean hosted = false;
    for (Table t : tables) {
      hosted |= t.host().isPresent();
    }
    IdIndex index = hosted || !request.pins().isEmpty() || !request.keepApart().isEmpty()
        || !request.keepTogether().isEmpty() ? named(request) : null;
    present = new boolean[rounds * n];
    start = new int[n];
    end = new int[n];
    org = new int[n];
    int[] organisations = new int[2];
    boolean bySide = !crossSides && tables.get(0).side().isPresent();
    boolean always = readPeople(people.toArray(new Participant[0]), index, rounds, start, end, org, organisations,
        iterations < 0, bySide);
    boolean sided = organisations[1] != 0;
    if (always) {
      Fill.fill(present, true);
    } else {
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < n; i++) {
          if ((i & 1023) == 0) {
            Pulse.now();
          }
          present[r * n + i] = start[i] <= r && r < end[i];
        }
      }
    }
    orgCount = organisations[0];
    tableNumber = new int[tableCount];
    Map<Integer, Integer> tableIndex = new HashMap<>();
    for (int t = 0; t < tableCount; t++) {
      tableNumber[t] = tables.get(t).number();
      tableIndex.put(tableNumber[t], t);
    }

    TreeMap<Integer, Integer> sideGroup = new TreeMap<>();
    if (bySide) {
      for (Table t : tables) {
        sideGroup.putIfAbsent(t.side().getAsInt(), 0);
      }
      int g = 0;
      for (Map.Entry<Integer, Integer> e : sideGroup.entrySet()) {
        e.setValue(g++);
      }
    }
    groups = bySide ? sideGroup.size() : 1;
    tableGroup = new int[tableCount];
    groupName = new String[groups];
    int[] perGroup = new int[groups];
    for (int t = 0; t < tableCount; t++) {
      tableGroup[t] = bySide ? sideGroup.get(tables.get(t).side().getAsInt()) : 0;
      perGroup[tableGroup[t]]++;
    }
    groupTables = new int[groups][];
    for (int g = 0; g < groups; g++) {
      groupTables[g] = new int[perGroup[g]];
      perGroup[g] = 0;
    }
    for (int t = 0; t < tableCount; t++) {
      int g = tableGroup[t];
      groupTables[g][perGroup[g]++] = t;
    }
    if (bySide) {
      for (Map.Entry<Integer, Integer> e : sideGroup.entrySet()) {
        int number = e.getKey();
        groupName[e.getValue()] = request.side(number).map(s -> Checks.term(ProblemCode.ROTATION_SIDE_NAMED, s.name(),
            s.englishName().orElse(s.name()), number)).orElse(Checks.term(ProblemCode.ROTATION_SIDE, number));
      }
    } else {
      groupName[0] = "#" + ProblemCode.ROTATION_CAFE.name();
    }

    hostTable = new int[n];
    Fill.fill(hostTable, -1);
    tableHost = new int[tableCount];
    Arrays.fill(tableHost, -1);
    capacity = new int[tableCount];
    for (int t = 0; t < tableCount; t++) {
      Table table = tables.get(t);
      capacity[t] = table.capacity().orElse(Integer.MAX_VALUE);
      if (table.host().isPresent()) {
        int h = index.get(table.host().get());
        hostTable[h] = t;
        tableHost[t] = h;
      }
    }

    fixed = new int[rounds * n];
    Fill.fill(fixed, -1);
    for (int t = 0; t < tableCount; t++) {
      if ((t & 1023) == 0) {
        Pulse.now();
      }
      int h = tableHost[t];
      for (int r = 0; h >= 0 && r < rounds; r++) {
        if (present[r * n + h]) {
          fixed[r * n + h] = t;
        }
      }
    }
    for (PinnedSeat pin : request.pins()) {
      fixed[(pin.round() - 1) * n + index.get(pin.participant())] = tableIndex.get(pin.table());
    }
    pinless = request.pins().isEmpty() && (reference == null || frozenRounds == 0);
    if (reference != null) {
      for (int r = 0; r < frozenRounds; r++) {
        for (int i = 0; i < n; i++) {
          if ((i & 1023) == 0) {
            Pulse.now();
          }
          if (present[r * n + i]) {
            fixed[r * n + i] = reference[r * n + i];
          }
        }
      }
    }

    personGroup = new int[n];
    assignGroups(people, sided || hosted || !pinless || reference != null);


    Map<Integer, Integer> vraagstukIndex = new TreeMap<>();
    for (Table t : tables) {
      if (vraagstukken) {
        t.vraagstuk().ifPresent(v -> vraagstukIndex.putIfAbsent(v, 0));
      }
    }
    int vi = 0;
    for (Map.Entry<Integer, Integer> e : vraagstukIndex.entrySet()) {
      e.setValue(vi++);
    }
    vraagstukCount = vraagstukIndex.size();
    vraagstuk = new int[tableCount];
    for (int t = 0; t < tableCount; t++) {
      vraagstuk[t] = vraagstukken && tables.get(t).vraagstuk().isPresent()
          ? vraagstukIndex.get(tables.get(t).vraagstuk().getAsInt()) : -1;
    }
    vraagstukCap = new int[n];
    int[] groupQuestions = new int[groups];
    for (int g = 0; g < groups; g++) {
      boolean[] seen = new boolean[vraagstukCount];
      for (int t : groupTables[g]) {
        if (vraagstuk[t] >= 0 && !seen[vraagstuk[t]]) {
          seen[vraagstuk[t]] = true;
          groupQuestions[g]++;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if ((i & 1023) == 0) {
        Pulse.now();
      }
      int q = groupQuestions[personGroup[i]];
      vraagstukCap[i] = hostTable[i] >= 0 || q == 0 ? Integer.MAX_VALUE : Math.max(1, (end[i] - start[i] + q - 1) / q);
    }

    apart = adjacency(request.keepApart(), index, n);
    together = adjacency(request.keepTogether(), index, n);

    target = new int[rounds * tableCount];
    computeTargets();
    int max = 1;
    for (int s : target) {
      max = Math.max(max, s);
    }
    maxSize = max;
    refuseImpossibleApart();
    refuseUncountable();
  }

  /** The pair checks beyond which counting who met whom could take more than about a second (or two). */
  static final long COUNT_LIMIT = 320_000_000L;

  /**
   * Refuses when, for some seating, both ways of counting could exceed the limit: stamping (twice the sum of table
   * sizes squared, as inclusion-exclusion may spend as much before it) and inclusion-exclusion over everyone. Sizes
   * too big to search are judged on their seating instead, whose routes the statistics count once per type.
   */
  private void refuseUncountable() {
    if (!Search.fits(this)) {
      return;
    }
    long mates = 0;
    for (int s : target) {
      mates += (long) s * s;
    }
    long pairs = 0;
    for (int[] z : together) {
      pairs += z.length;
    }
    if (Math.min(2 * mates, Evaluation.subsetBound(n + pairs / 2, rounds)) > COUNT_LIMIT) {
      throw InvalidValueException.of(ProblemCode.ROTATION_UNCOUNTABLE, n, tableCount, rounds, COUNT_LIMIT / 1_000_000);
    }
  }

  /**
   * Returns an index of the ids that hosts, pins and pairs name, each at Integer.MIN_VALUE until the participants give
   * its position.
   */
  private static IdIndex named(RotationRequest request) {
    int names = request.pins().size() + 2 * request.keepApart().size() + 2 * request.keepTogether().size();
    for (Table t : request.tables()) {
      names += t.host().isPresent() ? 1 : 0;
    }
    IdIndex index = new IdIndex(names);
    for (Table t : request.tables()) {
      t.host().ifPresent(h -> index.put(h, Integer.MIN_VALUE));
    }
    for (PinnedSeat pin : request.pins()) {
      index.put(pin.participant(), Integer.MIN_VALUE);
    }
    for (List<Pair> pairs : List.of(request.keepApart(), request.keepTogether())) {
      for (Pair pair : pairs) {
        index.put(pair.first(), Integer.MIN_VALUE);
        index.put(pair.second(), Integer.MIN_VALUE);
      }
    }
    return index;
  }

  /**
   * Reads who attends which rounds and their organisations (numbered in order of appearance, their count in
   * organisations[0]; organisations[1] not 0 when anyone names a side, which is looked at only for tables by side)
   * and puts the positions of named ids in the index; returns whether everyone attends every round.
   */
  private static boolean readPeople(Participant[] people, IdIndex index, int rounds, int[] start, int[] end,
      int[] org, int[] organisations, boolean organised, boolean bySide) {
    Map<String, Integer> orgs = null;
    boolean always = true;
    boolean sided = false;
    for (int i = 0; i < people.length; i++) {
      if ((i & 1023) == 0) {
        Pulse.now();
      }
      Participant p = people[i];
      if (index != null && index.get(p.id()) != -1) {
        index.put(p.id(), i);
      }
      int first = p.firstRound() - 1;
      OptionalInt leaves = p.lastRound();
      int last = leaves.isPresent() ? Math.max(first, Math.min(rounds, leaves.getAsInt())) : Math.max(first, rounds);
      start[i] = first;
      end[i] = last;
      always &= first == 0 && last == rounds;
      sided |= bySide && p.side().isPresent();
      Optional<String> organisation = organised ? p.organisation() : Optional.empty();
      if (organisation.isPresent()) {
        if (orgs == null) {
          orgs = new HashMap<>();
        }
        Integer known = orgs.get(organisation.get());
        if (known == null) {
          known = orgs.size();
          orgs.put(organisation.get(), known);
        }
        org[i] = known;
      } else {
        org[i] = -1;
      }
    }
    organisations[0] = orgs == null ? 0 : orgs.size();
    organisations[1] = sided ? 1 : 0;
    return always;
  }

  /** Returns the same problem with another seed, for constructions that search. */
  Problem reseeded(long newSeed) {
    return new Problem(this, newSeed);
  }

  private Problem(Problem other, long newSeed) {
    request = other.request;
    n = other.n;
    tableCount = other.tableCount;
    rounds = other.rounds;
    groups = other.groups;
    tableNumber = other.tableNumber;
    tableGroup = other.tableGroup;
    groupTables = other.groupTables;
    groupName = other.groupName;
    personGroup = other.personGroup;
    present = other.present;
    start = other.start;
    end = other.end;
    pinless = other.pinless;
    hostTable = other.hostTable;
    tableHost = other.tableHost;
    fixed = other.fixed;
    target = other.target;
    capacity = other.capacity;
    maxSize = other.maxSize;
    org = other.org;
    orgCount = other.orgCount;
    vraagstuk = other.vraagstuk;
    vraagstukCount = other.vraagstukCount;
    vraagstukCap = other.vraagstukCap;
    apart = other.apart;
    together = other.together;
    reference = other.reference;
    frozenRounds = other.frozenRounds;
    iterationLimit = other.iterationLimit;
    timeLimitNanos = other.timeLimitNanos;
    seed = newSeed;
  }

  boolean movable(int r, int p) {
    return present[r * n + p] && fixed[r * n + p] < 0;
  }

  String id(int p) {
    return request.participants().get(p).id();
  }

  private static long nanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * Puts each person in a group: the one their table as host, their side or a pin asks (where any does, else nobody
   * is looked at one by one), the rest where a round lacks people for its tables, else where the fewest are.
   */
  private void assignGroups(List<Participant> people, boolean asked) {
    Fill.fill(personGroup, -1);
    int[] preferred = new int[n];
    Fill.fill(preferred, -1);
    if (groups == 1) {
      Fill.fill(personGroup, 0);
      return;
    }
    Map<Integer, Integer> sideToGroup = new HashMap<>();
    for (int t = 0; t < tableCount && asked; t++) {
      sideToGroup.put(request.tables().get(t).side().getAsInt(), tableGroup[t]);
    }
    for (int i = 0; i < n && asked; i++) {
      if ((i & 1023) == 0) {
        Pulse.now();
      }
      Participant p = people.get(i);
      int g = -1;
      int whyRound = -1;
      if (hostTable[i] >= 0) {
        g = tableGroup[hostTable[i]];
        whyRound = rounds;
      }
      OptionalInt side = p.side();
      if (side.isPresent()) {
        int sg = sideToGroup.get(side.getAsInt());
        if (g >= 0 && g != sg) {
          conflict(i, reason(i, whyRound), Checks.term(ProblemCode.ROTATION_REASON_SIDE, side.getAsInt()));
        }
        g = sg;
        whyRound = whyRound < 0 ? rounds + 1 : whyRound;
      }
      for (int r = 0; r < rounds && !pinless; r++) {
        int f = fixed[r * n + i];
        if (f >= 0) {
          if (g >= 0 && g != tableGroup[f]) {
            conflict(i, reason(i, whyRound), Checks.term(ProblemCode.ROTATION_REASON_PINNED, tableNumber[f], r + 1));
          }
          g = tableGroup[f];
          whyRound = whyRound < 0 ? r : whyRound;
        }
      }
      if (g < 0 && reference != null) {
        for (int r = 0; r < rounds && preferred[i] < 0; r++) {
          if (reference[r * n + i] >= 0) {
            preferred[i] = tableGroup[reference[r * n + i]];
          }
        }
      }
      personGroup[i] = g;
    }
    int[] load = new int[groups];
    int[][] orgLoad = new int[orgCount + 1][groups];
    int[] roundLoad = new int[groups * rounds];
    for (int i = 0; i < n && asked; i++) {
      if ((i & 1023) == 0) {
        Pulse.now();
      }
      if (personGroup[i] >= 0) {
        load[personGroup[i]]++;
        orgLoad[org[i] + 1][personGroup[i]]++;
        for (int r = 0; r < rounds; r++) {
          roundLoad[personGroup[i] * rounds + r] += present[r * n + i] ? 1 : 0;
        }
      }
    }
    int lacking = 0;
    for (int g = 0; g < groups; g++) {
      for (int r = 0; r < rounds; r++) {
        lacking += roundLoad[g * rounds + r] < groupTables[g].length ? 1 : 0;
      }
    }
    for (int i = 0; i < n; i++) {
      if ((i & 1023) == 0) {
        Pulse.now();
      }
      if (personGroup[i] >= 0) {
        continue;
      }
      int[] ol = orgLoad[org[i] + 1];
      int best = 0;
      int shortest = -1;
      int shortage = 0;
      for (int g = 0; g < groups && lacking > 0; g++) {
        for (int r = 0; r < rounds; r++) {
          int missing = groupTables[g].length - roundLoad[g * rounds + r];
          if (present[r * n + i] && missing > shortage) {
            shortage = missing;
            shortest = g;
          }
        }
      }
      int p = preferred[i];
      if (shortest >= 0) {
        best = shortest;
      } else if (p >= 0 && (long) load[p] * tableCount < (long) n * groupTables[p].length) {
        best = p;
      } else {
        for (int g = 1; g < groups; g++) {
          long lhs = (long) (load[g] + 1) * groupTables[best].length;
          long rhs = (long) (load[best] + 1) * groupTables[g].length;
          if (lhs < rhs || lhs == rhs && ol[g] < ol[best]) {
            best = g;
          }
        }
      }
      personGroup[i] = best;
      load[best]++;
      ol[best]++;
      for (int r = 0; r < rounds && lacking > 0; r++) {
        if (present[r * n + i] && ++roundLoad[best * rounds + r] == groupTables[best].length) {
          lacking--;
        }
      }
    }
  }

  /** The first reason of a person's group: hosting (at rounds), the side (rounds + 1) or the pin in round r. */
  private String reason(int person, int r) {
    if (r == rounds) {
      return Checks.term(ProblemCode.ROTATION_REASON_HOSTS, tableNumber[hostTable[person]]);
    }
    if (r == rounds + 1) {
      return Checks.term(ProblemCode.ROTATION_REASON_SIDE, request.participants().get(person).side().getAsInt());
    }
    return Checks.term(ProblemCode.ROTATION_REASON_PINNED, tableNumber[fixed[r * n + person]], r + 1);
  }

  private void conflict(int person, String why, String wantedWhy) {
    throw InvalidValueException.of(ProblemCode.ROTATION_SIDE_CONFLICT, id(person), why, wantedWhy);
  }

  private static int[][] adjacency(List<Pair> pairs, IdIndex index, int n) {
    int[][] adj = new int[n][];
    if (pairs.isEmpty()) {
      Fill.fill(adj, NONE);
      return adj;
    }
    int[] degree = new int[n];
    for (Pair pair : pairs) {
      degree[index.get(pair.first())]++;
      degree[index.get(pair.second())]++;
    }
    for (int i = 0; i < n; i++) {
      if ((i & 1023) == 0) {
        Pulse.now();
      }
      adj[i] = degree[i] == 0 ? NONE : new int[degree[i]];
      degree[i] = 0;
    }
    for (Pair pair : pairs) {
      int a = index.get(pair.first());
      int b = index.get(pair.second());
      if (!contains(adj[a], degree[a], b)) {
        adj[a][degree[a]++] = b;
        adj[b][degree[b]++] = a;
      }
    }
    for (int i = 0; i < n; i++) {
      if ((i & 1023) == 0) {
        Pulse.now();
      }
      if (degree[i] != adj[i].length) {
        adj[i] = Arrays.copyOf(adj[i], degree[i]);
      }
    }
    return adj;
  }

  private static boolean contains(int[] values, int length, int value) {
    for (int i = 0; i < length; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  private void computeTargets() {
    int[] position = new int[tableCount];
    for (int[] ts : groupTables) {
      for (int j = 0; j < ts.length; j++) {
        position[ts[j]] = j;
      }
    }
    int[] people = new int[groups];
    int[] lower = new int[tableCount];
    int[] preference = new int[tableCount];
    if (reference == null && request.pins().isEmpty()) {
      int[] arrivals = new int[groups * (rounds + 1)];
      for (int i = 0; i < n; i++) {
        if ((i & 1023) == 0) {
          Pulse.now();
        }
        if (start[i] < end[i]) {
          arrivals[personGroup[i] * (rounds + 1) + start[i]]++;
          arrivals[personGroup[i] * (rounds + 1) + end[i]]--;
        }
      }
      for (int r = 0; r < rounds; r++) {
        for (int t = 0; t < tableCount; t++) {
          int h = tableHost[t];
          lower[t] = h >= 0 && start[h] <= r && r < end[h] ? 1 : 0;
        }
        for (int g = 0; g < groups; g++) {
          people[g] += arrivals[g * (rounds + 1) + r];
          target(r, g, people[g], lower, preference);
        }
      }
      return;
    }
    for (int r = 0; r < rounds; r++) {
      Arrays.fill(people, 0);
      Arrays.fill(lower, 0);
      Arrays.fill(preference, 0);
      for (int i = 0; i < n; i++) {
        if ((i & 1023) == 0) {
          Pulse.now();
        }
        int at = r * n + i;
        if (!present[at]) {
          continue;
        }
        people[personGroup[i]]++;
        int f = fixed[at];
        if (f >= 0) {
          lower[f]++;
        } else if (reference != null && reference[at] >= 0 && tableGroup[reference[at]] == personGroup[i]) {
          preference[reference[at]]++;
        }
      }
      for (int g = 0; g < groups; g++) {
        target(r, g, people[g], lower, preference);
      }
    }
  }

  /** Sets the table sizes of one group in one round, refusing overfull tables and too few seats or people. */
  private void target(int r, int g, int people, int[] lowerByTable, int[] preferenceByTable) {
    int[] ts = groupTables[g];
    int[] lower = new int[ts.length];
    int[] upper = new int[ts.length];
    int[] preference = new int[ts.length];
    for (int j = 0; j < ts.length; j++) {
      lower[j] = lowerByTable[ts[j]];
      upper[j] = capacity[ts[j]];
      preference[j] = preferenceByTable[ts[j]];
    }
    for (int j = 0; j < ts.length; j++) {
      if (lower[j] > upper[j]) {
        throw InvalidValueException.of(ProblemCode.ROTATION_TABLE_OVERFULL, tableNumber[ts[j]], upper[j], lower[j], r + 1);
      }
    }
    if (people == 0) {
      return;
    }
    long seats = 0;
    for (int u : upper) {
      seats += u;
    }
    if (seats < people) {
      throw InvalidValueException.of(ProblemCode.ROTATION_TOO_FEW_SEATS, groupName[g], people, r + 1, seats);
    }
    if (people < ts.length && (reference == null || r >= frozenRounds)) {
      throw InvalidValueException.of(ProblemCode.ROTATION_EMPTY_TABLE, groupName[g], people, r + 1, ts.length);
    }
    int[] sizes = waterFill(people, lower, upper, preference, r);
    for (int j = 0; j < ts.length; j++) {
      target[r * tableCount + ts[j]] = sizes[j];
    }
  }

  static int[] waterFill(int people, int[] lower, int[] upper, int[] preference, int round) {
    int m = lower.length;
    int lo = 0;
    int hi = people;
    int even = (int) Math.min(people, Math.max(max(lower), ((long) people + m - 1) / m));
    if (filled(even, lower, upper) >= people) {
      hi = even;
      if (even > 0 && filled(even - 1, lower, upper) < people) {
        lo = even;
      }
    }
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (filled(mid, lower, upper) >= people) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    int level = lo;
    int[] sizes = new int[m];
    long sum = 0;
    for (int j = 0; j < m; j++) {
      sizes[j] = clamp(level - 1, lower[j], upper[j]);
      sum += sizes[j];
    }
    int remaining = (int) (people - sum);
    boolean preferred = false;
    for (int j = 0; j < m; j++) {
      preferred |= preference[j] != preference[0];
    }
    long[] order = new long[preferred ? m : 0];
    for (int j = 0; j < order.length; j++) {
      order[j] = (long) (Integer.MAX_VALUE - preference[j]) << 32 | Math.floorMod(j - round, m);
    }
    Arrays.sort(order);
    for (int k = 0; k < m && remaining > 0; k++) {
      int j = Math.floorMod((preferred ? (int) order[k] : k) + round, m);
      if (clamp(level, lower[j], upper[j]) > sizes[j]) {
        sizes[j]++;
        remaining--;
      }
    }
    return sizes;
  }

  private static int max(int[] values) {
    int max = 0;
    for (int v : values) {
      max = v > max ? v : max;
    }
    return max;
  }

  private static long filled(int level, int[] lower, int[] upper) {
    long sum = 0;
    for (int j = 0; j < lower.length; j++) {
      int u = upper[j];
      int l = lower[j];
      sum += level > u ? (u > l ? u : l) : level > l ? level : l;
    }
    return sum;
  }

  private static int clamp(int value, int lower, int upper) {
    return Math.max(lower, Math.min(upper, value));
  }

  private void refuseImpossibleApart() {
    if (request.keepApart().isEmpty()) {
      return;
    }
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < n; p++) {
        int f = fixed[r * n + p];
        if (f < 0) {
          continue;
        }
        for (int q : apart[p]) {
          if (q > p && fixed[r * n + q] == f) {
            throw InvalidValueException.of(ProblemCode.ROTATION_APART_FIXED, id(p), id(q), tableNumber[f], r + 1);
          }
        }
      }
    }
    for (int g = 0; g < groups; g++) {
      List<Integer> clique = Cliques.largest(apart, personGroup, g, groupTables[g].length + 1);
      if (clique.size() > groupTables[g].length) {
        List<String> names = new ArrayList<>();
        clique.forEach(i -> names.add(id(i)));
        throw InvalidValueException.of(ProblemCode.ROTATION_APART_GROUP, String.join(", ", names), groupName[g],
            groupTables[g].length);
      }
    }
  }
}
