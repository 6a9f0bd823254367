package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.RotationStatistics;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Statistics against a count over all pairs and all rounds, on random seatings with shared routes and absences. */
class EvaluationBruteForceTest {
  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  private static final class Case {
    final Problem pb;
    final int[] seats;

    Case(Problem pb, int[] seats) {
      this.pb = pb;
      this.seats = seats;
    }
  }

  private static RotationRequest request(SplittableRandom random, int people, int tables, int rounds, boolean pairs) {
    List<Participant> list = new ArrayList<>();
    for (int i = 1; i <= people; i++) {
      Participant.Builder p = Participant.builder().id("p" + i);
      if (random.nextInt(3) > 0) {
        p.organisation("org" + random.nextInt(4));
      }
      if (i > tables && random.nextInt(6) == 0) {
        int first = 1 + random.nextInt(rounds);
        p.firstRound(first).lastRound(first + random.nextInt(rounds - first + 1));
      }
      list.add(p.build());
    }
    List<Table> tableList = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      Table.Builder table = Table.builder().number(t);
      if (random.nextInt(3) == 0) {
        table.vraagstuk(1 + random.nextInt(3));
      }
      tableList.add(table.build());
    }
    RotationRequest.Builder request = RotationRequest.builder().participants(list).tables(tableList).rounds(rounds)
        .seed(random.nextLong());
    int half = people / 2;
    if (pairs && half >= 2) {
      Set<Long> seen = new HashSet<>();
      int together = random.nextInt(2 * half);
      for (int i = 0; i < together; i++) {
        int a = 1 + random.nextInt(half);
        int b = 1 + random.nextInt(half);
        if (a != b && seen.add((long) Math.min(a, b) * 1000 + Math.max(a, b))) {
          request.addKeepTogether(Pair.of("p" + a, "p" + b));
        }
      }
      int apart = tables >= 2 ? random.nextInt(4) : 0;
      for (int i = 0; i < apart && people - half >= 2; i++) {
        int a = half + 1 + random.nextInt(people - half);
        int b = half + 1 + random.nextInt(people - half);
        if (a != b && seen.add((long) Math.min(a, b) * 1000 + Math.max(a, b))) {
          request.addKeepApart(Pair.of("p" + a, "p" + b));
        }
      }
    }
    return request.build();
  }

  /** Random routes, most of them drawn from a few shared ones (so people share every seat), with absences. */
  private static int[] seating(SplittableRandom random, int n, int tables, int rounds) {
    int shared = 1 + random.nextInt(5);
    int absence = random.nextInt(4);
    int[][] routes = new int[shared][rounds];
    for (int[] route : routes) {
      for (int r = 0; r < rounds; r++) {
        route[r] = random.nextInt(8) < absence ? -1 : random.nextInt(tables);
      }
    }
    int share = random.nextInt(11);
    int[] seats = new int[rounds * n];
    for (int p = 0; p < n; p++) {
      int[] route = random.nextInt(10) < share ? routes[random.nextInt(shared)] : null;
      for (int r = 0; r < rounds; r++) {
        seats[r * n + p] = route != null ? route[r] : random.nextInt(8) < absence ? -1 : random.nextInt(tables);
      }
    }
    return seats;
  }

  private static Case randomCase(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int tables = 1 + random.nextInt(random.nextBoolean() ? 3 : 9);
    int people = Math.max(tables, 2) + random.nextInt(61 - Math.max(tables, 2));
    int rounds = random.nextInt(12) == 0 ? 63 + random.nextInt(6) : 1 + random.nextInt(12);
    Problem pb = new Problem(request(random, people, tables, rounds, true), null, 0);
    return new Case(pb, seating(random, people, tables, rounds));
  }

  /** Every statistic by looking at every pair in every round. */
  static RotationStatistics bruteForce(Problem pb, int[] seats) {
    int n = pb.n;
    int rounds = pb.rounds;
    boolean[][] together = new boolean[n][n];
    boolean[][] apart = new boolean[n][n];
    for (int p = 0; p < n; p++) {
      for (int q : pb.together[p]) {
        together[p][q] = true;
      }
      for (int q : pb.apart[p]) {
        apart[p][q] = true;
      }
    }
    long repeats = 0;
    long repeatedPairs = 0;
    int maxMeetings = 0;
    long colleagues = 0;
    long apartBroken = 0;
    long togetherBroken = 0;
    int[] contacts = new int[n];
    for (int p = 0; p < n; p++) {
      for (int q = p + 1; q < n; q++) {
        int met = 0;
        for (int r = 0; r < rounds; r++) {
          int a = seats[r * n + p];
          int b = seats[r * n + q];
          if (a >= 0 && a == b) {
            met++;
            colleagues += pb.org[p] >= 0 && pb.org[p] == pb.org[q] ? 1 : 0;
            apartBroken += apart[p][q] ? 1 : 0;
          }
          if (a >= 0 && b >= 0 && a != b && together[p][q]) {
            togetherBroken++;
          }
        }
        if (met > 0) {
          contacts[p]++;
          contacts[q]++;
        }
        if (together[p][q]) {
          maxMeetings = Math.max(maxMeetings, Math.min(met, 1));
        } else {
          repeats += Math.max(0, met - 1);
          repeatedPairs += met >= 2 ? 1 : 0;
          maxMeetings = Math.max(maxMeetings, met);
        }
      }
    }
    long vraag = 0;
    for (int p = 0; p < n; p++) {
      if (pb.vraagstukCap[p] == Integer.MAX_VALUE) {
        continue;
      }
      int[] visits = new int[Math.max(1, pb.vraagstukCount)];
      for (int r = 0; r < rounds; r++) {
        int t = seats[r * n + p];
        if (t >= 0 && pb.vraagstuk[t] >= 0 && ++visits[pb.vraagstuk[t]] > pb.vraagstukCap[p]) {
          vraag++;
        }
      }
    }
    int attending = 0;
    long sum = 0;
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int p = 0; p < n; p++) {
      boolean attends = false;
      for (int r = 0; r < rounds; r++) {
        attends |= seats[r * n + p] >= 0;
      }
      if (attends) {
        attending++;
        sum += contacts[p];
        min = Math.min(min, contacts[p]);
        max = Math.max(max, contacts[p]);
      }
    }
    return RotationStatistics.builder()
        .repeats(repeats)
        .repeatedPairs(repeatedPairs)
        .maxMeetings(maxMeetings)
        .vraagstukRepeats(vraag)
        .colleagueMeetings(colleagues)
        .keepApartBroken(apartBroken)
        .keepTogetherBroken(togetherBroken)
        .minContacts(attending == 0 ? 0 : min)
        .meanContacts(attending == 0 ? 0 : (double) sum / attending)
        .maxContacts(max)
        .seatsChanged(0)
        .build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void statistics_matchBruteForceOnRandomSeatings(long seed) {
    Case c = randomCase(seed);
    RotationStatistics expected = bruteForce(c.pb, c.seats);
    assertThat(Evaluation.statistics(c.pb, c.seats)).isEqualTo(expected);
    assertThat(Evaluation.statistics(c.pb, c.seats, 0)).as("stamped").isEqualTo(expected);
    assertThat(Evaluation.statistics(c.pb, c.seats, Long.MAX_VALUE)).as("by subsets").isEqualTo(expected);
    for (long budget = 1; budget < 4096; budget *= 3) {
      assertThat(Evaluation.statistics(c.pb, c.seats, budget)).as("budget %s", budget).isEqualTo(expected);
    }
  }

  /**
   * Seatings of people with no pairs kept together, many sharing a route or part of one, so that pairs of types meet
   * once, twice or in every round: counted type by type, as the largest plans are.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void statistics_typeByTypeWithoutPairsKeptTogetherMatchBruteForce(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int tables = 1 + random.nextInt(random.nextBoolean() ? 3 : 12);
    int people = Math.max(tables, 2) + random.nextInt(90);
    int rounds = 1 + random.nextInt(random.nextInt(8) == 0 ? 40 : 9);
    Problem pb = new Problem(request(random, people, tables, rounds, false), null, 0);
    int[] seats = seating(random, people, tables, rounds);
    int stick = random.nextInt(4);
    for (int p = 1; p < people; p++) {
      for (int r = 0; r < rounds; r++) {
        if (random.nextInt(4) < stick && seats[r * people + p - 1] >= 0) {
          seats[r * people + p] = seats[r * people + p - 1];
        }
      }
    }
    Evaluation.Types types = Evaluation.Types.of(pb, seats);
    Evaluation.Contacts contacts = types.contacts(pb, 0);
    assertThat(contacts.bySubsets).isFalse();
    assertThat(Evaluation.statistics(pb, seats, 0)).isEqualTo(bruteForce(pb, seats));
  }

  @Test
  void statistics_bothMethodsAndTheFallbackAreExercised() {
    int bySubsets = 0;
    int fellBack = 0;
    for (long seed = 0; seed < 400; seed++) {
      Case c = randomCase(seed);
      if (c.pb.rounds <= 62) {
        bySubsets += Evaluation.Types.of(c.pb, c.seats).contacts(c.pb, Long.MAX_VALUE).bySubsets ? 1 : 0;
        fellBack += Evaluation.Types.of(c.pb, c.seats).contacts(c.pb, 30).bySubsets ? 0 : 1;
      }
    }
    assertThat(bySubsets).isGreaterThan(300);
    assertThat(fellBack).isGreaterThan(100);
  }

  /**
   * Groups of 1 to 20 people who keep a route together, each member leaving it in a round now and then (or absent):
   * pairs meet in many rounds, in classes of every size, so inclusion-exclusion counts some of them pair by pair.
   */
  private static Case groupCase(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int tables = 2 + random.nextInt(10);
    int people = tables + random.nextInt(81 - tables);
    int rounds = 2 + random.nextInt(13);
    Problem pb = new Problem(request(random, people, tables, rounds, random.nextBoolean()), null, 0);
    int[] seats = new int[rounds * people];
    int leave = random.nextInt(5);
    for (int p = 0; p < people; ) {
      int size = Math.min(people - p, 1 + random.nextInt(20));
      int[] route = new int[rounds];
      for (int r = 0; r < rounds; r++) {
        route[r] = random.nextInt(tables);
      }
      for (int q = p; q < p + size; q++) {
        for (int r = 0; r < rounds; r++) {
          int draw = random.nextInt(16);
          seats[r * people + q] = !pb.present[r * people + q] ? -1
              : draw < leave ? random.nextInt(tables) : draw == 15 && leave > 2 ? -1 : route[r];
        }
      }
      p += size;
    }
    return new Case(pb, seats);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void statistics_matchBruteForceOnGroupsThatKeepTogether(long seed) {
    Case c = groupCase(seed);
    RotationStatistics expected = bruteForce(c.pb, c.seats);
    assertThat(Evaluation.statistics(c.pb, c.seats, Long.MAX_VALUE)).as("by subsets").isEqualTo(expected);
    assertThat(Evaluation.statistics(c.pb, c.seats)).isEqualTo(expected);
    assertThat(Evaluation.statistics(c.pb, c.seats, 0)).as("stamped").isEqualTo(expected);
  }

  @Test
  void statistics_groupsThatKeepTogetherAreCountedPairByPairWithinTheWorstCaseOfSubsets() {
    int pairwise = 0;
    int deeper = 0;
    for (long seed = 0; seed < 400; seed++) {
      Case c = groupCase(seed);
      Evaluation.Types types = Evaluation.Types.of(c.pb, c.seats);
      Evaluation.Contacts contacts = types.contacts(c.pb, Long.MAX_VALUE);
      pairwise += contacts.pairwise > 0 ? 1 : 0;
      deeper += contacts.pairwise > 0 && contacts.maxMeetings >= 4 ? 1 : 0;
      long attending = Arrays.stream(types.attended).filter(a -> a > 0).count();
      long kept = Arrays.stream(c.pb.together).mapToLong(z -> z.length).sum() / 2;
      assertThat(contacts.work).as("seed %s", seed).isLessThanOrEqualTo(
          Evaluation.subsetBound(attending + kept, c.pb.rounds));
    }
    assertThat(pairwise).isGreaterThan(200);
    assertThat(deeper).isGreaterThan(100);
  }

  /** 361 people (a, b) at 19 tables, table (a + r b) mod 19 in round r: no pair meets twice. */
  private static Case affine(int rounds) {
    int q = 19;
    int n = q * q;
    SplittableRandom random = new SplittableRandom(rounds);
    Problem pb = new Problem(request(random, n, q, rounds, false), null, 0);
    int[] seats = new int[rounds * n];
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < n; p++) {
        seats[r * n + p] = (p / q + r * (p % q)) % q;
      }
    }
    return new Case(pb, seats);
  }

  @Test
  void statistics_designWhereNoPairMeetsTwiceCountsBySubsets() {
    Case c = affine(8);
    Evaluation.Contacts contacts = Evaluation.Types.of(c.pb, c.seats).contacts(c.pb, -1);
    assertThat(contacts.bySubsets).isTrue();
    assertThat(Evaluation.statistics(c.pb, c.seats)).isEqualTo(bruteForce(c.pb, c.seats));
  }

  @Test
  void statistics_identicalRoutesOverManyRoundsCountWithinOnePassPerRound() {
    SplittableRandom random = new SplittableRandom(7);
    int n = 400;
    int tables = 4;
    int rounds = 40;
    Problem pb = new Problem(request(random, n, tables, rounds, true), null, 0);
    int[] seats = new int[rounds * n];
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < n; p++) {
        seats[r * n + p] = p % 7 == 0 ? -1 : (r + p) % tables;
      }
    }
    Evaluation.Contacts contacts = Evaluation.Types.of(pb, seats).contacts(pb, 5L * rounds);
    assertThat(contacts.bySubsets).isTrue();
    assertThat(Evaluation.statistics(pb, seats, Long.MAX_VALUE)).isEqualTo(bruteForce(pb, seats));
  }

  /**
   * The lines of an affine plane of prime order q (cell (a, b) at table a + r b mod q in round r, the rows in one
   * extra round), people on cells at random, some moved, some absent, some sharing another's route: most pairs of
   * rounds have no pair meeting in both, some have a few.
   */
  private static Case nearDesignCase(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int q = new int[] {3, 5, 7, 11, 13}[random.nextInt(5)];
    int people = q + random.nextInt(q * q - q + 1);
    int rounds = 2 + random.nextInt(q);
    Problem pb = new Problem(request(random, people, q, rounds, random.nextInt(3) == 0), null, 0);
    int[] cells = new int[q * q];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = i;
    }
    for (int i = cells.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int x = cells[i];
      cells[i] = cells[j];
      cells[j] = x;
    }
    int[] seats = new int[rounds * people];
    for (int p = 0; p < people; p++) {
      int a = cells[p] / q;
      int b = cells[p] % q;
      for (int r = 0; r < rounds; r++) {
        seats[r * people + p] = r == rounds - 1 ? b : (a + r * b) % q;
      }
    }
    int moves = random.nextInt(4) == 0 ? 0 : random.nextInt(1 + people / 8);
    for (int i = 0; i < moves; i++) {
      seats[random.nextInt(rounds) * people + random.nextInt(people)] = random.nextInt(q);
    }
    int copies = random.nextInt(3) == 0 ? random.nextInt(1 + people / 10) : 0;
    for (int i = 0; i < copies; i++) {
      int from = random.nextInt(people);
      int to = random.nextInt(people);
      for (int r = 0; r < rounds; r++) {
        seats[r * people + to] = seats[r * people + from];
      }
    }
    for (int i = 0; i < seats.length; i++) {
      if (!pb.present[i] || random.nextInt(20) == 0) {
        seats[i] = -1;
      }
    }
    return new Case(pb, seats);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void statistics_matchBruteForceOnNearDesignsWhereMostPairsOfRoundsAreLonely(long seed) {
    Case c = nearDesignCase(seed);
    RotationStatistics expected = bruteForce(c.pb, c.seats);
    assertThat(Evaluation.statistics(c.pb, c.seats, Long.MAX_VALUE)).as("by subsets").isEqualTo(expected);
    assertThat(Evaluation.statistics(c.pb, c.seats)).isEqualTo(expected);
    assertThat(Evaluation.statistics(c.pb, c.seats, 0)).as("stamped").isEqualTo(expected);
  }

  @Test
  void statistics_nearDesignsSkipLonelyPairsOfRoundsAndCountTheOthers() {
    int skipping = 0;
    int both = 0;
    for (long seed = 0; seed < 400; seed++) {
      Case c = nearDesignCase(seed);
      Evaluation.Contacts contacts = Evaluation.Types.of(c.pb, c.seats).contacts(c.pb, Long.MAX_VALUE);
      skipping += contacts.lonely > 0 ? 1 : 0;
      both += contacts.lonely > 0 && contacts.repeats > 0 ? 1 : 0;
    }
    assertThat(skipping).isGreaterThan(200);
    assertThat(both).isGreaterThan(100);
  }

  /** The company kept from the first round with a table of two or more, table by table in three passes. */
  private static long stayedPlainly(Evaluation.Types types) {
    int[][] lists = types.tableLists();
    int[] start = lists[0];
    int[] list = lists[1];
    int tables = types.tables;
    int first = -1;
    for (int r = 0; r < types.rounds && first < 0; r++) {
      for (int t = 0; t < tables; t++) {
        first = start[r * tables + t + 1] - start[r * tables + t] >= 2 ? r : first;
      }
    }
    if (first < 0) {
      return 0;
    }
    int[] company = new int[tables];
    long stayed = 0;
    for (int t = 0; t < tables; t++) {
      int from = start[first * tables + t];
      int to = start[first * tables + t + 1];
      if (to - from < 2) {
        continue;
      }
      for (int r = first + 1; r < types.rounds; r++) {
        for (int i = from; i < to; i++) {
          int u = types.seat[r * types.count + list[i]];
          if (u >= 0) {
            company[u]++;
          }
        }
        for (int i = from; i < to; i++) {
          int u = types.seat[r * types.count + list[i]];
          stayed += u >= 0 && company[u] >= 2 ? 1 : 0;
        }
        for (int i = from; i < to; i++) {
          int u = types.seat[r * types.count + list[i]];
          if (u >= 0) {
            company[u] = 0;
          }
        }
      }
    }
    return stayed;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void stayed_equalsTheCountInThreePassesPerTable(long seed) {
    for (Case c : List.of(randomCase(seed), groupCase(seed), nearDesignCase(seed))) {
      Evaluation.Types types = Evaluation.Types.of(c.pb, c.seats);
      long expected = stayedPlainly(types);
      int[][] lists = types.tableLists();
      int first = -1;
      for (int r = 0; r < types.rounds && first < 0; r++) {
        for (int t = 0; t < types.tables; t++) {
          first = lists[0][r * types.tables + t + 1] - lists[0][r * types.tables + t] >= 2 ? r : first;
        }
      }
      assertThat(first < 0 ? 0 : types.stayed(lists[0], lists[1], first)).isEqualTo(expected);
    }
  }

  private static RotationRequest plain(int people, int tables, int rounds) {
    return request(new SplittableRandom(people), people, tables, rounds, false);
  }

  @Test
  void problem_refusesASearchableSizeThatNeitherCountCanBound() {
    assertThatThrownBy(() -> new Problem(plain(6_000, 2, 100), null, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("320 million pair checks")
        .satisfies(e -> assertThat(((InvalidValueException) e).details()).extracting(ProblemMessage::code)
            .containsExactly(ProblemCode.ROTATION_UNCOUNTABLE));
    for (int[] size : new int[][] {{100_000, 10, 10}, {100_000, 100, 10}, {100_000, 1000, 10}, {100_000, 2, 2},
        {100_000, 12_500, 5}, {10_000, 100, 62}, {50_000, 100, 50}, {100_000, 10, 11}}) {
      Problem pb = new Problem(plain(size[0], size[1], size[2]), null, 0);
      assertThat(pb.n).isEqualTo(size[0]);
    }
  }

  @Test
  void statistics_refuseASeatingOfAnUnsearchableSizeThatNeitherCountCanBound() {
    Problem pb = new Problem(plain(100_000, 10, 11), null, 0);
    SplittableRandom random = new SplittableRandom(11);
    int[] seats = new int[pb.rounds * pb.n];
    for (int i = 0; i < seats.length; i++) {
      seats[i] = pb.present[i] ? random.nextInt(10) : -1;
    }
    assertThatThrownBy(() -> Evaluation.statistics(pb, seats)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("100000 participants at 10 tables for 11 rounds")
        .satisfies(e -> assertThat(((InvalidValueException) e).details()).extracting(ProblemMessage::code)
            .containsExactly(ProblemCode.ROTATION_UNCOUNTABLE));
  }

  @ParameterizedTest(name = "{0} people, {1} tables, {2} rounds")
  @MethodSource("unsearchable")
  void plan_countsTheSpreadOfUnsearchableSizesWhateverTheirRounds(int people, int tables, int rounds) {
    List<Participant> list = new ArrayList<>();
    for (int i = 1; i <= people; i++) {
      list.add(Participant.of("p" + i));
    }
    List<Table> tableList = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      tableList.add(Table.builder().number(t).build());
    }
    RotationRequest request = RotationRequest.builder().participants(list).tables(tableList).rounds(rounds).seed(1)
        .iterationLimit(1_000).build();
    Problem pb = new Problem(request, null, 0);
    assertThat(Search.affordable(pb)).isFalse();
    int[] seats = Spread.seats(pb);
    RotationStatistics statistics = Evaluation.statistics(pb, seats);
    assertThat(statistics).isEqualTo(Evaluation.statistics(pb, seats, 0));
    assertThat(RotationPlanner.plan(request).statistics()).isEqualTo(statistics);
  }

  static List<int[]> unsearchableSizes() {
    return List.of(new int[] {50_000, 100, 50}, new int[] {100_000, 10, 11}, new int[] {20_000, 11, 30});
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> unsearchable() {
    return unsearchableSizes().stream()
        .map(s -> org.junit.jupiter.params.provider.Arguments.of(s[0], s[1], s[2]));
  }
}
