package nl.opgave.model.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PollPropertiesTest {
  static LongStream seeds() {
    return Generators.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void tally_sumsToVotersAndOneMemberNeverHasTwoVotes(long seed) {
    Generators gen = new Generators(seed);
    Poll poll = Poll.rolePoll("rol");
    Map<String, String> expected = new HashMap<>();
    int steps = gen.nextInt(60);
    for (int i = 0; i < steps; i++) {
      String member = "m" + gen.nextInt(15);
      if (gen.nextInt(8) == 0) {
        poll = poll.withdraw(member);
        expected.remove(member);
      } else {
        String option = poll.options().get(gen.nextInt(poll.options().size())).id();
        poll = poll.vote(member, option);
        expected.put(member, option);
      }
    }
    PollTally tally = poll.tally();
    assertThat(poll.votes()).isEqualTo(expected);
    assertThat(tally.voters()).isEqualTo(expected.size());
    assertThat(tally.results().stream().mapToInt(PollResult::votes).sum()).isEqualTo(tally.voters());
    int percent = tally.results().stream().mapToInt(PollResult::roundedPercentage).sum();
    assertThat(percent).isEqualTo(tally.voters() == 0 ? 0 : 100);
    for (PollResult result : tally.results()) {
      assertThat(Math.abs(result.roundedPercentage() - result.percentage())).isLessThan(1.0);
    }
  }
}
