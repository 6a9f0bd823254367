package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.cafe.RotationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpreadTest {
  private static final int[] PRIME_POWERS = {2, 3, 4, 5, 7, 8, 9, 11};

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  static IntStream shapes() {
    return IntStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void seats_meetTargetsPresenceFixedSeatsAndSides(long seed) {
    RotationRequest request = RandomInstances.request(seed, 120, 1_000);
    Problem pb;
    try {
      pb = new Problem(request, null, 0);
    } catch (InvalidValueException refused) {
      Refusals.assertDeserved(request, refused);
      return;
    }
    int[] seats = Spread.seats(pb);
    int[] size = new int[pb.rounds * pb.tableCount];
    for (int r = 0; r < pb.rounds; r++) {
      for (int p = 0; p < pb.n; p++) {
        int i = r * pb.n + p;
        int t = seats[i];
        assertThat(t >= 0).as("round %d person %d present", r, p).isEqualTo(pb.present[i]);
        if (pb.fixed[i] >= 0) {
          assertThat(t).as("fixed seat, round %d person %d", r, p).isEqualTo(pb.fixed[i]);
        }
        if (t >= 0) {
          assertThat(pb.tableGroup[t]).as("side of person %d", p).isEqualTo(pb.personGroup[p]);
          size[r * pb.tableCount + t]++;
        }
      }
    }
    assertThat(size).isEqualTo(pb.target);
    assertThat(Spread.seats(new Problem(pb.request, null, 0))).isEqualTo(seats);
  }

  @Test
  void seats_mostRandomRequestsAreCompiled() {
    long compiled = seeds().filter(seed -> {
      try {
        new Problem(RandomInstances.request(seed, 120, 1_000), null, 0);
        return true;
      } catch (InvalidValueException refused) {
        return false;
      }
    }).count();
    assertThat(compiled).isGreaterThan(200);
  }

  /**
   * For t a prime power and m people a multiple of t^2 the cells are the points of the affine plane AG(2, t): people
   * of one cell meet every round, people of different cells at most ceil(rounds / (t + 1)) times, and the repeats
   * are the lower bound (the pigeonhole bound up to t + 1 rounds, the counting bound beyond).
   */
  @ParameterizedTest(name = "shape {0}")
  @MethodSource("shapes")
  void seats_primePowerGridReachesBound(int shape) {
    SplittableRandom random = new SplittableRandom(shape);
    int t = PRIME_POWERS[random.nextInt(PRIME_POWERS.length)];
    int copies = 1 + random.nextInt(Math.max(1, 300 / (t * t)));
    int m = copies * t * t;
    int rounds = 1 + random.nextInt(2 * t + 2);
    Problem pb = new Problem(RandomInstances.people(m, t, rounds, false).seed(shape).build(), null, 0);
    int[] seats = Spread.seats(pb);
    int[][] met = meetings(pb, seats);
    long repeats = 0;
    int cross = (rounds + t) / (t + 1);
    for (int a = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++) {
        repeats += Math.max(0, met[a][b] - 1);
        if (a % (t * t) == b % (t * t)) {
          assertThat(met[a][b]).as("same cell %d %d", a, b).isEqualTo(rounds);
        } else {
          assertThat(met[a][b]).as("cells of %d and %d, t %d rounds %d", a, b, t, rounds).isLessThanOrEqualTo(cross);
        }
      }
    }
    assertThat(repeats).isEqualTo(Bounds.of(pb).repeats());
  }

  /** For t prime, at most t^2 people and at most t rounds (cells are people on rows of t), nobody meets twice. */
  @ParameterizedTest(name = "shape {0}")
  @MethodSource("shapes")
  void seats_primeRowsNeverRepeat(int shape) {
    SplittableRandom random = new SplittableRandom(shape);
    int[] primes = {2, 3, 5, 7, 11, 13, 17};
    int t = primes[random.nextInt(primes.length)];
    int m = t + random.nextInt(t * t - t + 1);
    int rounds = 1 + random.nextInt(t);
    Problem pb = new Problem(RandomInstances.people(m, t, rounds, false).seed(shape).build(), null, 0);
    int[][] met = meetings(pb, Spread.seats(pb));
    for (int a = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++) {
        assertThat(met[a][b]).as("people %d %d, t %d m %d rounds %d", a, b, t, m, rounds).isLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void routes_gridBeatsDigitsWhereAffinePlaneFits() {
    assertThat(Spread.digitsCost(30_000, 3, 4)).isGreaterThan(1.5 * 149_955_003);
  }

  @Test
  void annealing_findsFewerCellRepeatsThanTheProductForTen() {
    long[] crossing = new long[1];
    Spread.Routes grid = Spread.grid(10, 5, crossing);
    long product = crossing[0];
    int[] seats = flat(grid, 5);
    assertThat(Spread.cellRepeats(seats, 100, 10, 5)).isEqualTo(product);
    Spread.Routes annealed = Spread.annealed(grid, 10, 5, 1, crossing, 200_000);
    assertThat(annealed).isNotNull();
    assertThat(crossing[0]).isLessThan(product).isEqualTo(Spread.cellRepeats(flat(annealed, 5), 100, 10, 5));
  }

  @Test
  void primePowers_factorT() {
    assertThat(Spread.primePowers(12_500)).containsExactly(4, 3125);
    assertThat(Spread.primePowers(360)).containsExactly(8, 9, 5);
    assertThat(Spread.primePowers(97)).containsExactly(97);
  }

  private static int[] flat(Spread.Routes routes, int rounds) {
    int[] seats = new int[rounds * routes.cells];
    for (int r = 0; r < rounds; r++) {
      System.arraycopy(routes.table[r], 0, seats, r * routes.cells, routes.cells);
    }
    return seats;
  }

  private static int[][] meetings(Problem pb, int[] seats) {
    int[][] met = new int[pb.n][pb.n];
    for (int r = 0; r < pb.rounds; r++) {
      List<List<Integer>> at = new ArrayList<>();
      for (int t = 0; t < pb.tableCount; t++) {
        at.add(new ArrayList<>());
      }
      for (int p = 0; p < pb.n; p++) {
        if (seats[r * pb.n + p] >= 0) {
          at.get(seats[r * pb.n + p]).add(p);
        }
      }
      for (List<Integer> table : at) {
        for (int a : table) {
          for (int b : table) {
            met[a][b] += a != b ? 1 : 0;
          }
        }
      }
    }
    return met;
  }

}
