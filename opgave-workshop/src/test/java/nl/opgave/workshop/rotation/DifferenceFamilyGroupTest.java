package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DifferenceFamilyGroupTest {
  static Stream<Arguments> orders() {
    List<Arguments> list = new ArrayList<>();
    for (int k = 3; k <= 6; k++) {
      for (int m = 1; m <= 60; m++) {
        list.add(Arguments.of((k - 1) * m, k));
      }
    }
    return list.stream();
  }

  @ParameterizedTest(name = "order {0}, tables of {1}")
  @MethodSource("orders")
  void candidates_areAbelianGroupsWithASubgroupOfOrderKMinusOneHoldingEveryInvolution(int n, int k) {
    DifferenceFamily.Group[] groups = DifferenceFamily.Group.candidates(n, k);
    SplittableRandom random = new SplittableRandom(n * 31L + k);

    assertThat(groups.length > 0).as("a candidate where Z_n's involution lies in S")
        .isEqualTo(n % 2 == 1 || (k - 1) % 2 == 0);
    if (groups.length > 0) {
      assertThat(groups[0].times[1 % n]).as("Z_n first: 0 + 1 = 1").isEqualTo(1 % n);
    }
    for (DifferenceFamily.Group group : groups) {
      assertThat(group.n).isEqualTo(n);
      int wrong = 0;
      for (int x = 0; x < n; x++) {
        wrong += group.times[x] == x && group.times[x * n + group.inverse[x]] == 0 ? 0 : 1;
        for (int y = 0; y < n; y++) {
          wrong += group.times[x * n + y] == group.times[y * n + x] ? 0 : 1;
        }
      }
      assertThat(wrong).as("identity, inverses, commutativity broken").isZero();
      for (int i = 0; i < 2_000; i++) {
        int a = random.nextInt(n);
        int b = random.nextInt(n);
        int c = random.nextInt(n);
        assertThat(group.times[group.times[a * n + b] * n + c]).as("(a + b) + c")
            .isEqualTo(group.times[a * n + group.times[b * n + c]]);
      }
      boolean[] in = new boolean[n];
      for (int s : group.subgroup) {
        in[s] = true;
      }
      assertThat(group.subgroup).hasSize(k - 1).doesNotHaveDuplicates().contains(0);
      for (int s : group.subgroup) {
        for (int t : group.subgroup) {
          assertThat(in[group.times[s * n + t]]).as("S closed").isTrue();
        }
      }
      for (int x = 1; x < n; x++) {
        if (group.times[x * n + x] == 0) {
          assertThat(in[x]).as("involution %d in S", x).isTrue();
        }
      }
      int[] cosets = group.cosets;
      boolean[] covered = new boolean[n];
      for (int c : cosets) {
        for (int s : group.subgroup) {
          assertThat(covered[group.times[c * n + s]]).as("cosets disjoint").isFalse();
          covered[group.times[c * n + s]] = true;
        }
      }
      assertThat(cosets).hasSize(n / (k - 1)).startsWith(0);
    }
  }

  @ParameterizedTest(name = "{0} points")
  @ValueSource(ints = {15, 21})
  void cyclicOrder_isZeroForKirkmanSizesThatNoBaseRoundOverZnFits(int v) {
    int n = v - 1;

    assertThat(DifferenceFamily.cyclicOrder(v, 3)).isZero();
    assertThat(baseRounds(n, new boolean[n / 2], new int[n / 2 - 1], 0)).as("base rounds over Z_%d", n).isZero();
  }

  @ParameterizedTest(name = "{0} points")
  @ValueSource(ints = {9, 27})
  void baseRounds_findsTheBaseRoundsOfSizesThatHaveThem(int v) {
    int n = v - 1;

    assertThat(baseRounds(n, new boolean[n / 2], new int[n / 2 - 1], 0)).isPositive();
  }

  @ParameterizedTest(name = "{0} points")
  @MethodSource("kirkmanSizes")
  void cyclicOrder_isZeroExactlyWhereTheParityOfTheDifferencesForbidsABaseRound(int v) {
    int n = v - 1;
    int outside = n % 4 == 2 ? n / 2 - 1 : n / 2;
    boolean forbidden = (n % 4 == 2 || n % 8 == 4) && outside % 4 != 0;

    assertThat(DifferenceFamily.cyclicOrder(v, 3) == 0).isEqualTo(forbidden || n > 1_024);
  }

  static Stream<Integer> kirkmanSizes() {
    return Stream.iterate(9, v -> v <= 1_203, v -> v + 6);
  }

  /** Counts base rounds over Z_n by brute force: triples of cosets {x, x + n/2}, one point each, differences once. */
  private static long baseRounds(int n, boolean[] usedCoset, int[] chosen, int count) {
    int first = 1;
    while (first < n / 2 && usedCoset[first]) {
      first++;
    }
    if (first == n / 2) {
      boolean[] diff = new boolean[n];
      diff[0] = true;
      diff[n / 2] = true;
      for (int t = 0; t < count; t += 3) {
        for (int i = t; i < t + 3; i++) {
          for (int j = t; j < t + 3; j++) {
            if (i != j) {
              int d = Math.floorMod(chosen[i] - chosen[j], n);
              if (diff[d]) {
                return 0;
              }
              diff[d] = true;
            }
          }
        }
      }
      return 1;
    }
    long found = 0;
    usedCoset[first] = true;
    for (int b = first + 1; b < n / 2; b++) {
      if (usedCoset[b]) {
        continue;
      }
      usedCoset[b] = true;
      for (int c = b + 1; c < n / 2; c++) {
        if (usedCoset[c]) {
          continue;
        }
        usedCoset[c] = true;
        for (int shifts = 0; shifts < 4; shifts++) {
          chosen[count] = first;
          chosen[count + 1] = b + (shifts & 1) * (n / 2);
          chosen[count + 2] = c + (shifts >> 1) * (n / 2);
          found += baseRounds(n, usedCoset, chosen, count + 3);
        }
        usedCoset[c] = false;
      }
      usedCoset[b] = false;
    }
    usedCoset[first] = false;
    return found;
  }
}
