package nl.opgave.model.cafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RotationPlanCheckTest {
  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  /** Dense table numbers (1..T in any order) and sparse ones (up to two billion) take different look-ups. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void check_reportsExactlyTheSeatsABruteForceCheckFinds(long seed) {
    checkAgainstBruteForce(seed, false);
  }

  /** Plans where everyone attends every round take a shorter path. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void check_reportsExactlyTheSeatsABruteForceCheckFindsWhenEveryoneAttends(long seed) {
    checkAgainstBruteForce(seed, true);
  }

  private static void checkAgainstBruteForce(long seed, boolean everyone) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(10);
    int rounds = 1 + random.nextInt(4);
    boolean sparse = random.nextBoolean();
    List<Integer> numbers = new ArrayList<>();
    while (numbers.size() < 1 + random.nextInt(5)) {
      int number = sparse ? 1 + random.nextInt(2_000_000_000) : 1 + random.nextInt(8);
      if (!numbers.contains(number)) {
        numbers.add(number);
      }
    }
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Participant.Builder p = Participant.builder().id("p" + i).firstRound(everyone ? 1 : 1 + random.nextInt(rounds));
      if (!everyone && random.nextInt(3) == 0) {
        p.lastRound(p.build().firstRound() + random.nextInt(rounds));
      }
      people.add(p.build());
    }
    List<Table> tables = numbers.stream().map(Table::of).toList();
    RotationRequest request = RotationRequest.builder().participants(people).tables(tables).rounds(rounds).build();
    Set<Integer> known = new HashSet<>(numbers);
    List<Seating> seatings = new ArrayList<>();
    List<ProblemMessage> expected = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      List<Integer> seats = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int pick = random.nextInt(10);
        int t = pick == 0 ? 0 : pick == 1 ? 1 + random.nextInt(sparse ? Integer.MAX_VALUE - 1 : 12)
            : numbers.get(random.nextInt(numbers.size()));
        seats.add(t);
        boolean attends = people.get(i).attends(r);
        if (t == 0 && attends) {
          expected.add(ProblemMessage.of(ProblemCode.PLAN_NO_TABLE, "p" + i, r));
        }
        if (t != 0 && !known.contains(t)) {
          expected.add(ProblemMessage.of(ProblemCode.PLAN_NO_SUCH_TABLE, "p" + i, t, r));
        }
        if (t != 0 && !attends) {
          expected.add(ProblemMessage.of(ProblemCode.PLAN_ABSENT_SEATED, "p" + i, r, t));
        }
      }
      seatings.add(Seating.of(r, seats));
    }
    RotationStatistics statistics = RotationStatistics.builder().repeats(0).repeatedPairs(0).maxMeetings(1)
        .vraagstukRepeats(0).colleagueMeetings(0).keepApartBroken(0).keepTogetherBroken(0).minContacts(0)
        .meanContacts(0).maxContacts(0).build();
    RotationBounds bounds = RotationBounds.builder().counting(0).pigeonhole(0).vraagstuk(0).colleagues(0).build();
    RotationPlan.Builder plan = RotationPlan.builder().request(request).seatings(seatings).statistics(statistics)
        .bounds(bounds).iterations(0).stopReason(StopReason.BOUND_REACHED);

    InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, plan::build);

    assertThat(refused == null ? List.of() : refused.details()).containsExactlyElementsOf(expected);
  }
}
