package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tiny cafés (at most 9 people) solved by exhaustive branch and bound over every valid plan; the planner must reach
 * the same optimum (vraagstuk repeats, then repeats, then colleagues) and its bounds must never exceed it.
 */
class ExhaustiveTest {
  private static final long SPACE_LIMIT = 3_000_000L;

  static Stream<Long> seeds() {
    return LongStream.range(0, 400).boxed().filter(seed -> space(instance(seed)) <= SPACE_LIMIT).limit(60);
  }

  private static RotationRequest instance(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int tables = 2 + random.nextInt(2);
    int people = tables + 1 + random.nextInt(10 - tables - 1);
    int rounds = 1 + random.nextInt(4);
    boolean hosts = random.nextBoolean();
    int questions = random.nextInt(3) == 0 ? 0 : 2 + random.nextInt(2);
    int orgs = random.nextInt(3);
    List<Participant> participants = new ArrayList<>();
    for (int i = 1; i <= people; i++) {
      Participant.Builder p = Participant.builder().id("p" + i);
      if (orgs > 0 && random.nextBoolean()) {
        p.organisation("org" + random.nextInt(orgs));
      }
      participants.add(p.build());
    }
    List<Table> tableList = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      Table.Builder table = Table.builder().number(t);
      if (hosts) {
        table.host("p" + t);
      }
      if (questions > 0) {
        table.vraagstuk((t - 1) % questions + 1);
      }
      tableList.add(table.build());
    }
    return RotationRequest.builder().participants(participants).tables(tableList).rounds(rounds).seed(seed)
        .iterationLimit(30_000).build();
  }

  private static long space(RotationRequest request) {
    int n = request.participants().size();
    int t = request.tables().size();
    int hosts = (int) request.tables().stream().filter(x -> x.host().isPresent()).count();
    double perRound = 0;
    int low = n / t;
    int big = n % t;
    double ways = factorial(n - hosts);
    for (int i = 0; i < t; i++) {
      int size = i < big ? low + 1 : low;
      ways /= factorial(size - (hosts > 0 ? 1 : 0));
    }
    perRound = ways * binomial(t, big);
    return (long) Math.min(Long.MAX_VALUE / 2, Math.pow(perRound, request.rounds()));
  }

  private static double factorial(int k) {
    double f = 1;
    for (int i = 2; i <= k; i++) {
      f *= i;
    }
    return f;
  }

  private static double binomial(int n, int k) {
    return factorial(n) / factorial(k) / factorial(n - k);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void planner_reachesTheExhaustiveOptimumAndBoundsNeverExceedIt(long seed) {
    RotationRequest request = instance(seed);
    long[] optimum = new Exhaustive(request).solve();
    RotationPlan plan = RotationPlanner.plan(request);
    long[] achieved = {plan.statistics().vraagstukRepeats(), plan.statistics().repeats(),
        plan.statistics().colleagueMeetings()};
    assertThat(achieved).as("planner (vraagstuk, repeats, colleagues)").containsExactly(optimum);
    long bound = optimum[0] == 0 ? plan.bounds().repeats() : plan.bounds().repeatsWithoutVraagstukRule();
    assertThat(bound).isLessThanOrEqualTo(optimum[1]);
    assertThat(plan.bounds().colleagues()).isLessThanOrEqualTo(optimum[2]);
    assertThat(plan.bounds().vraagstukRepeats()).isLessThanOrEqualTo(optimum[0]);
    if (plan.provablyOptimal()) {
      assertThat(optimum[1]).isEqualTo(bound);
    }
  }

  /** Branch and bound over every plan with balanced tables and fixed hosts; one café, no wishes. */
  private static final class Exhaustive {
    private final int n;
    private final int tables;
    private final int rounds;
    private final int[] hostTable;
    private final int[] org;
    private final int[] vraagstuk;
    private final int cap;
    private final int[][] seat;
    private final int[][] met;
    private final int[][] visits;
    private final int[] size;
    private final long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    private long vraag;
    private long repeats;
    private long colleagues;

    Exhaustive(RotationRequest request) {
      n = request.participants().size();
      tables = request.tables().size();
      rounds = request.rounds();
      hostTable = new int[n];
      java.util.Arrays.fill(hostTable, -1);
      vraagstuk = new int[tables];
      int questions = 0;
      for (int t = 0; t < tables; t++) {
        Table table = request.tables().get(t);
        table.host().ifPresent(h -> hostTable[Integer.parseInt(h.substring(1)) - 1] = table.number() - 1);
        vraagstuk[t] = table.vraagstuk().orElse(0) - 1;
        questions = Math.max(questions, vraagstuk[t] + 1);
      }
      cap = questions == 0 ? Integer.MAX_VALUE : Math.max(1, (rounds + questions - 1) / questions);
      org = new int[n];
      for (int i = 0; i < n; i++) {
        org[i] = request.participants().get(i).organisation().map(o -> o.hashCode()).orElse(Integer.MIN_VALUE + i);
      }
      seat = new int[rounds][n];
      met = new int[n][n];
      visits = new int[n][Math.max(1, questions)];
      size = new int[tables];
    }

    long[] solve() {
      place(0, 0);
      return best;
    }

    private boolean worse() {
      long[] current = {vraag, repeats, colleagues};
      for (int i = 0; i < 3; i++) {
        if (current[i] != best[i]) {
          return current[i] > best[i];
        }
      }
      return true;
    }

    private void place(int round, int person) {
      if (worse()) {
        return;
      }
      if (round == rounds) {
        best[0] = vraag;
        best[1] = repeats;
        best[2] = colleagues;
        return;
      }
      if (person == n) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int s : size) {
          min = Math.min(min, s);
          max = Math.max(max, s);
        }
        if (max - min <= 1) {
          int[] saved = size.clone();
          java.util.Arrays.fill(size, 0);
          place(round + 1, 0);
          System.arraycopy(saved, 0, size, 0, tables);
        }
        return;
      }
      int ceiling = (n + tables - 1) / tables;
      for (int t = 0; t < tables; t++) {
        if (hostTable[person] >= 0 && hostTable[person] != t || size[t] >= ceiling) {
          continue;
        }
        long dRep = 0;
        long dCol = 0;
        for (int x = 0; x < person; x++) {
          if (seat[round][x] == t) {
            if (met[x][person] >= 1) {
              dRep++;
            }
            if (org[x] == org[person]) {
              dCol++;
            }
          }
        }
        long dVraag = 0;
        boolean counts = hostTable[person] < 0 && vraagstuk[t] >= 0;
        if (counts && ++visits[person][vraagstuk[t]] > cap) {
          dVraag = 1;
        }
        for (int x = 0; x < person; x++) {
          if (seat[round][x] == t) {
            met[x][person]++;
          }
        }
        seat[round][person] = t;
        size[t]++;
        vraag += dVraag;
        repeats += dRep;
        colleagues += dCol;
        place(round, person + 1);
        vraag -= dVraag;
        repeats -= dRep;
        colleagues -= dCol;
        size[t]--;
        for (int x = 0; x < person; x++) {
          if (seat[round][x] == t) {
            met[x][person]--;
          }
        }
        if (counts) {
          visits[person][vraagstuk[t]]--;
        }
      }
    }
  }
}
