package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.opgave.model.cafe.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadVraagstukkenTest {
  /**
   * A complete design with as many vraagstukken as tables: every table renumbering keeps the meetings, and every
   * cell meets every vraagstuk at most ceil(rounds / vraagstukken) times (the Kirkman triple system on 15 points
   * that the greedy round-by-round assignment alone leaves one visit over).
   */
  @ParameterizedTest(name = "{0} points, tables of {1}")
  @CsvSource({"15, 3", "27, 3", "28, 4", "39, 3", "40, 4"})
  void spreadVraagstukken_leavesNoVisitBeyondTheCapOnCompleteDesigns(int v, int k) {
    int t = v / k;
    Resolvable complete = Resolvable.of(v, k, System.nanoTime() + 10_000_000_000L);
    int rounds = complete.rounds();
    List<Table> numbered = new ArrayList<>();
    for (int j = 1; j <= t; j++) {
      numbered.add(Table.builder().number(j).vraagstuk(j).build());
    }
    Problem pb = new Problem(RandomInstances.golfers(t, k, rounds, false).tables(numbered).build(), null, 0);
    int[][] design = complete.seating(rounds, new int[0]);
    int[] tables = new int[t];
    for (int j = 0; j < t; j++) {
      tables[j] = j;
    }
    int cap = (rounds + t - 1) / t;
    int[][] before = new int[rounds][];
    for (int r = 0; r < rounds; r++) {
      before[r] = design[r].clone();
    }

    long excess = Constructions.spreadVraagstukken(pb, tables, k, rounds, cap, design);

    assertThat(excess).isZero();
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < v; p++) {
        for (int q = p + 1; q < v; q++) {
          assertThat(design[r][p] == design[r][q]).as("round %d, %d and %d", r, p, q)
              .isEqualTo(before[r][p] == before[r][q]);
        }
      }
    }
    for (int p = 0; p < v; p++) {
      int[] seen = new int[t];
      for (int r = 0; r < rounds; r++) {
        seen[pb.vraagstuk[tables[design[r][p]]]]++;
      }
      assertThat(Arrays.stream(seen).max().getAsInt()).as("point %d", p).isLessThanOrEqualTo(cap);
    }
  }
}
