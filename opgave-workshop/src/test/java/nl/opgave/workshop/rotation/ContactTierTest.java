package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import nl.opgave.model.cafe.RotationBounds;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.RotationStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 44 people at 6 tables for 3 rounds: 16 repeats is the least and some pair must meet 3 times; the search without
 * the contact tier leaves someone with 16 different people met for seeds 1, 2 and 5, with the tier everyone meets 17.
 */
class ContactTierTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 5);
  }

  private static RotationStatistics search(long seed, boolean contacts) {
    RotationRequest request = RandomInstances.golfers(6, 1, 3, false).participants(RandomInstances
        .golfers(1, 44, 1, false).build().participants()).seed(seed).iterationLimit(20_000).build();
    Problem pb = new Problem(request, null, 0);
    RotationBounds bounds = Bounds.of(pb);
    Search search = new Search(pb, Bounds.tiers(bounds), bounds.maxMeetings(),
        contacts ? bounds.minContacts().orElseThrow() : 0);
    search.start(null);
    search.run(null, System.nanoTime());
    return Evaluation.statistics(pb, search.bestSeat());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void contactTier_raisesTheFewestContactsWithoutMoreRepeatsOrLongerRuns(long seed) {
    RotationStatistics before = search(seed, false);
    RotationStatistics after = search(seed, true);
    assertThat(after.repeats()).isEqualTo(before.repeats()).isEqualTo(16);
    assertThat(after.maxMeetings()).isEqualTo(before.maxMeetings());
    assertThat(after.minContacts()).isGreaterThanOrEqualTo(before.minContacts()).isEqualTo(17);
  }

  @Test
  void withoutTheTier_theSearchLeavesSomeoneBelowTheReachable17ForMostSeeds() {
    assertThat(seeds().filter(seed -> search(seed, false).minContacts() < 17).count()).isGreaterThanOrEqualTo(3);
  }
}
