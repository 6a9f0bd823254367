package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.RotationStatistics;
import nl.opgave.model.cafe.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluationTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /** Always plannable: at least one person per table in every round, no hosts, pins or keep-apart pairs. */
  private static RotationRequest request(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int tables = 1 + random.nextInt(5);
    int rounds = 1 + random.nextInt(6);
    int people = tables + random.nextInt(30);
    List<Participant> list = new ArrayList<>();
    for (int i = 1; i <= people; i++) {
      Participant.Builder p = Participant.builder().id("p" + i).organisation("org" + random.nextInt(3));
      if (i > tables && random.nextInt(5) == 0) {
        int first = 1 + random.nextInt(rounds);
        p.firstRound(first).lastRound(first + random.nextInt(rounds - first + 1));
      }
      list.add(p.build());
    }
    List<Table> tableList = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      tableList.add(Table.builder().number(t).build());
    }
    RotationRequest.Builder request = RotationRequest.builder().participants(list).tables(tableList).rounds(rounds)
        .seed(seed);
    if (people >= 4 && random.nextBoolean()) {
      request.addKeepTogether(Pair.of("p1", "p2"), Pair.of("p3", "p" + people));
    }
    return request.build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void statistics_bySubsetsOfRoundsEqualStatisticsMateByMate(long seed) {
    Problem pb = new Problem(request(seed), null, 0);
    Search search = new Search(pb, Bounds.tiers(Bounds.of(pb)));
    search.start(null);
    search.shake(200);
    int[] seats = search.seats();
    RotationStatistics bySubsets = Evaluation.statistics(pb, seats, Long.MAX_VALUE);
    RotationStatistics mateByMate = Evaluation.statistics(pb, seats, 0);
    assertThat(bySubsets).isEqualTo(mateByMate);
    assertThat(mateByMate.repeats()).isEqualTo(search.cost()[Search.REPEAT]);
    assertThat(mateByMate.colleagueMeetings()).isEqualTo(search.cost()[Search.COLLEAGUE]);
  }
}
