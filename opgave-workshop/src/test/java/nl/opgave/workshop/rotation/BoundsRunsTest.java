package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The counting bound over runs of members alike against the count member by member. */
class BoundsRunsTest {
  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bounds_overRunsOfMembersAlikeEqualTheCountOneByOne(long seed) {
    RotationRequest request = RandomInstances.request(seed, seed % 5 == 0 ? 400 : 60, 1_000);
    Problem pb;
    try {
      pb = new Problem(request, null, 0);
    } catch (InvalidValueException e) {
      Refusals.assertDeserved(request, e);
      return;
    }
    assertThat(Bounds.of(pb, true)).isEqualTo(Bounds.of(pb, false));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bounds_overRunsOfLateComersAndLeaversAlikeEqualTheCountOneByOne(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int tables = 2 + random.nextInt(6);
    int rounds = 2 + random.nextInt(6);
    int count = tables * (2 + random.nextInt(8)) + random.nextInt(tables);
    RotationRequest request = RandomInstances.people(count, tables, rounds, random.nextBoolean()).seed(seed).build();
    List<Participant> people = new ArrayList<>(request.participants());
    for (int i = tables; i < count; ) {
      int block = 1 + random.nextInt(12);
      int first = 1 + random.nextInt(rounds);
      int last = first + random.nextInt(rounds - first + 1);
      boolean window = random.nextBoolean();
      for (int j = i; j < Math.min(count, i + block); j++) {
        people.set(j, window ? people.get(j).withFirstRound(first).withLastRound(last) : people.get(j));
      }
      i += block;
    }
    RotationRequest windowed = RotationRequest.builder().from(request).participants(people).build();
    Problem pb;
    try {
      pb = new Problem(windowed, null, 0);
    } catch (InvalidValueException e) {
      Refusals.assertDeserved(windowed, e);
      return;
    }
    assertThat(Bounds.of(pb, true)).isEqualTo(Bounds.of(pb, false));
  }
}
