package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which way the statistics count who met whom, and the prediction that chooses it. */
class EvaluationMethodTest {
  static IntStream rounds() {
    return IntStream.rangeClosed(1, 19);
  }

  /** 361 people (a, b) at 19 tables, table (a + r b) mod 19 in round r, one in seven absent in turn. */
  private static int[] affine(int rounds, boolean absences) {
    int q = 19;
    int n = q * q;
    int[] seats = new int[rounds * n];
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < n; p++) {
        seats[r * n + p] = absences && (p + r) % 7 == 0 ? -1 : (p / q + r * (p % q)) % q;
      }
    }
    return seats;
  }

  private static long predicted(Evaluation.Types types) {
    int[][] lists = types.tableLists();
    int attending = 0;
    for (int x = 0; x < types.count; x++) {
      attending += types.attended[x] > 0 ? 1 : 0;
    }
    return types.predictedSteps(lists[0], lists[1], new long[0], attending);
  }

  @ParameterizedTest(name = "{0} rounds")
  @MethodSource("rounds")
  void predictedSteps_equalTheStepsWhereNoTwoPeopleMeetTwice(int rounds) {
    Problem pb = new Problem(RandomInstances.people(361, 19, rounds, false).seed(1).build(), null, 0);
    for (boolean absences : new boolean[] {false, true}) {
      Evaluation.Types types = Evaluation.Types.of(pb, affine(rounds, absences));
      Evaluation.Contacts contacts = types.contacts(pb, Long.MAX_VALUE);
      assertThat(contacts.bySubsets).isTrue();
      assertThat(predicted(types) * Evaluation.SUBSET_COST).as("absences %s", absences).isEqualTo(contacts.work);
    }
  }

  @Test
  void contacts_spreadWhosePeopleMeetOftenIsStampedAtOnce() {
    Problem pb = new Problem(RandomInstances.people(50_000, 100, 50, false).seed(1).build(), null, 0);
    int[] seats = Spread.seats(pb);
    Evaluation.Types types = Evaluation.Types.of(pb, seats);
    long stampWork = Evaluation.pairWork(types.tableLists()[0]);
    Evaluation.Contacts contacts = types.contacts(pb, -1);
    assertThat(contacts.bySubsets).isFalse();
    assertThat(contacts.predicted).isGreaterThan(stampWork / Evaluation.SUBSET_COST);
    assertThat(contacts.work).isEqualTo(stampWork);
  }

  @Test
  void contacts_spreadWhosePeopleMeetOnceIsCountedBySubsetsAsPredicted() {
    Problem pb = new Problem(RandomInstances.people(100_000, 1_000, 10, false).seed(1).build(), null, 0);
    Evaluation.Types types = Evaluation.Types.of(pb, Spread.seats(pb));
    Evaluation.Contacts contacts = types.contacts(pb, -1);
    assertThat(contacts.bySubsets).isTrue();
    assertThat(contacts.work).isEqualTo(contacts.predicted * Evaluation.SUBSET_COST);
  }
}
