package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An independent check of complete resolvable designs, from the tables alone. */
final class DesignCheck {
  private DesignCheck() {}

  /** Checks from the tables alone: every table of every round seats k points and every pair meets exactly once. */
  static void assertEveryRoundAPartitionAndEveryPairOnce(int[][] table, int v, int k) {
    Set<Long> pairs = new HashSet<>();
    for (int r = 0; r < table.length; r++) {
      List<List<Integer>> tables = new ArrayList<>();
      for (int b = 0; b < v / k; b++) {
        tables.add(new ArrayList<>());
      }
      for (int p = 0; p < v; p++) {
        assertThat(table[r][p]).as("round %d, point %d", r, p).isBetween(0, v / k - 1);
        tables.get(table[r][p]).add(p);
      }
      for (List<Integer> members : tables) {
        assertThat(members).as("round %d", r).hasSize(k);
        for (int i = 0; i < k; i++) {
          for (int j = i + 1; j < k; j++) {
            assertThat(pairs.add((long) members.get(i) * v + members.get(j)))
                .as("%d and %d meet again in round %d", members.get(i), members.get(j), r).isTrue();
          }
        }
      }
    }
    assertThat(pairs).as("every pair meets").hasSize(v * (v - 1) / 2);
  }

  static boolean isPrimePower(int q) {
    int p = 2;
    while (q % p != 0) {
      p++;
    }
    while (q % p == 0) {
      q /= p;
    }
    return q == 1;
  }
}
