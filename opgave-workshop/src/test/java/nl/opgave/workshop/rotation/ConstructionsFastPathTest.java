package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Loops of the constructions against their plain versions: the order of people by organisation, shifted rows. */
class ConstructionsFastPathTest {
  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sortByOrganisation_ordersAsTheComparatorOnBoxedPeople(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(seed % 10 == 0 ? 100_000 : 300);
    int orgs = 1 + random.nextInt(seed % 7 == 0 ? n : 12);
    int[] org = new int[n];
    for (int p = 0; p < n; p++) {
      org[p] = random.nextInt(4) == 0 ? -1 : random.nextInt(orgs);
    }
    int[] orgSize = new int[orgs];
    int[] people = new int[n];
    int length = 0;
    for (int p = 0; p < n; p++) {
      if (random.nextInt(5) > 0) {
        people[length++] = p;
      }
      if (org[p] >= 0 && random.nextInt(8) > 0) {
        orgSize[org[p]]++;
      }
    }
    List<Integer> boxed = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      boxed.add(people[i]);
    }
    boxed.sort(Comparator.comparingInt((Integer p) -> org[p] < 0 ? 0 : -orgSize[org[p]])
        .thenComparingInt(p -> org[p]).thenComparingInt(p -> p));
    Constructions.sortByOrganisation(org, orgSize, people, length);
    for (int i = 0; i < length; i++) {
      assertThat(people[i]).as("position %s of %s", i, length).isEqualTo(boxed.get(i));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shifted_setsEachCellToItsShiftModuloT(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int t = 1 + random.nextInt(seed % 5 == 0 ? 20_000 : 40);
    int from = random.nextInt(10);
    int shift = random.nextInt(t);
    int[] row = new int[from + t + random.nextInt(5)];
    Arrays.fill(row, -7);
    Constructions.shifted(row, from, t, shift);
    for (int i = 0; i < row.length; i++) {
      int expected = i >= from && i < from + t ? (i - from + shift) % t : -7;
      assertThat(row[i]).as("cell %s of t %s shift %s", i, t, shift).isEqualTo(expected);
    }
  }
}
