package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.RotationStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Big tables: the spreading rule's plan competes with the search's, and a search whose start (every meeting placed
 * once) would not fit in the time limit is not begun.
 */
class SpreadCandidateTest {
  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static long meetings(int tables, int size, int rounds) {
    return (long) tables * size * (size - 1) / 2 * rounds;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plan_isNeverWorseThanTheSpreadingRuleOnBigTables(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int tables = 2 + random.nextInt(4);
    int size = 120 + random.nextInt(130);
    int rounds = 2 + random.nextInt(3);
    while (meetings(tables, size - 1, rounds) <= Search.START_PAIRS) {
      rounds++;
    }
    int people = tables * size - random.nextInt(tables);
    int vraagstukken = random.nextBoolean() ? 1 + random.nextInt(tables) : 0;
    RotationRequest.Builder builder = RandomInstances.people(people, tables, rounds, random.nextInt(3) == 0)
        .seed(seed).iterationLimit(5);
    RotationRequest plain = builder.build();
    RotationRequest request = vraagstukken == 0 ? plain : builder.tables(plain.tables().stream()
        .map(t -> t.withVraagstuk((t.number() - 1) % vraagstukken + 1)).collect(Collectors.toList())).build();
    Problem pb = new Problem(request, null, 0);
    assertThat(Search.meetings(pb)).isGreaterThan(Search.START_PAIRS);

    RotationPlan plan = Engine.plan(request, null, 0, null, false);
    RotationStatistics spread = Evaluation.statistics(pb, Spread.seats(pb));

    assertThat(Engine.better(spread, plan.statistics())).as("spread %s, plan %s", spread, plan.statistics())
        .isFalse();
    assertThat(PlanCheck.problems(plan)).isEmpty();
  }

  @Test
  void affordable_beginsNoSearchWhoseStartDoesNotFitTheLimit() {
    RotationRequest.Builder big = RandomInstances.people(3000, 30, 10, false).seed(1);
    RotationRequest.Builder small = RandomInstances.people(300, 30, 10, false).seed(1);

    assertThat(Search.meetings(problem(big.timeLimit(Duration.ofMillis(100))))).isEqualTo(1_485_000);
    assertThat(Search.affordable(problem(big.timeLimit(Duration.ofMillis(100))))).isFalse();
    assertThat(Search.affordable(problem(big.timeLimit(Duration.ofMillis(296))))).isFalse();
    assertThat(Search.affordable(problem(big.timeLimit(Duration.ofMillis(297))))).isTrue();
    assertThat(Search.affordable(problem(big.timeLimit(Duration.ofMillis(1000))))).isTrue();
    assertThat(Search.affordable(problem(RandomInstances.people(3000, 30, 10, false).seed(1)
        .iterationLimit(10)))).isTrue();
    assertThat(Search.affordable(problem(small.timeLimit(Duration.ofMillis(1))))).isTrue();
    assertThat(Search.affordable(problem(big.timeLimit(Duration.ofMillis(100))
        .addKeepApart(Pair.of("p1", "p2"))))).isTrue();
  }

  @Test
  void spreadCompetes_onlyBeyondTheStartPairsAndNotForLooserSetUps() {
    Problem big = problem(RandomInstances.people(1171, 10, 9, false).seed(1).timeLimit(Duration.ofMillis(600)));
    Problem small = problem(RandomInstances.people(300, 30, 10, false).seed(1).timeLimit(Duration.ofMillis(600)));

    assertThat(Search.meetings(big)).isGreaterThan(Search.START_PAIRS);
    assertThat(Engine.spreadCompetes(big, true)).isTrue();
    assertThat(Engine.spreadCompetes(big, false)).as("a looser set-up").isFalse();
    assertThat(Search.meetings(small)).isLessThanOrEqualTo(Search.START_PAIRS);
    assertThat(Engine.spreadCompetes(small, true)).isFalse();
  }

  @Test
  void better_weighsApartSeatsVraagstukkenRepeatsPairsContactsColleaguesTogetherInThatOrder() {
    RotationStatistics base = statistics(0, 0, 0, 10, 2, 5, 0, 0);
    RotationStatistics[] worse = {statistics(1, 0, 0, 0, 1, 9, 0, 0), statistics(0, 1, 0, 0, 1, 9, 0, 0),
        statistics(0, 0, 1, 0, 1, 9, 0, 0), statistics(0, 0, 0, 11, 1, 9, 0, 0), statistics(0, 0, 0, 10, 3, 9, 0, 0),
        statistics(0, 0, 0, 10, 2, 4, 0, 0), statistics(0, 0, 0, 10, 2, 5, 1, 0),
        statistics(0, 0, 0, 10, 2, 5, 0, 1)};

    for (RotationStatistics w : worse) {
      assertThat(Engine.better(base, w)).as("%s", w).isTrue();
      assertThat(Engine.better(w, base)).as("%s", w).isFalse();
    }
    assertThat(Engine.better(base, statistics(0, 0, 0, 10, 2, 5, 0, 0))).isFalse();
  }

  private static Problem problem(RotationRequest.Builder builder) {
    return new Problem(builder.build(), null, 0);
  }

  private static RotationStatistics statistics(long apart, long changed, long vraagstuk, long repeats, int most,
      int fewest, long colleagues, long together) {
    return RotationStatistics.builder().keepApartBroken(apart).seatsChanged(changed).vraagstukRepeats(vraagstuk)
        .repeats(repeats).repeatedPairs(repeats).maxMeetings(most).minContacts(fewest).meanContacts(fewest)
        .maxContacts(fewest).colleagueMeetings(colleagues).keepTogetherBroken(together).build();
  }
}
