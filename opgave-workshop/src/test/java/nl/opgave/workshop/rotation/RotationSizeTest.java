package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RotationSizeTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void checkSize_refusesExactlyTheSeatsTheLimitCannotHold_andNamesALimitThatWould(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int participants = random.nextInt(4) == 0 ? random.nextInt(90_000, 110_000) : random.nextInt(1, 100_001);
    int rounds = random.nextInt(1, 101);
    Duration limit = random.nextInt(10) == 0 ? null : random.nextBoolean()
        ? Duration.ofMillis(random.nextLong(1, 12_000)) : Duration.ofNanos(random.nextLong(1, 12_000_000_000L));
    long seats = (long) participants * rounds;
    long allowed = limit == null ? Long.MAX_VALUE
        : RotationPlanner.BASE_SEATS + RotationPlanner.SEATS_PER_MS * (limit.toNanos() / 1_000_000);
    InvalidValueException refusal = catchThrowableOfType(InvalidValueException.class,
        () -> RotationPlanner.checkSize(participants, rounds, limit));
    if (participants > RotationPlanner.MAX_PARTICIPANTS) {
      assertThat(refusal.details()).containsExactly(ProblemMessage.of(ProblemCode.ROTATION_TOO_MANY_PARTICIPANTS,
          participants, RotationPlanner.MAX_PARTICIPANTS));
    } else if (seats > allowed) {
      long shortest = -Math.floorDiv(-(seats - RotationPlanner.BASE_SEATS), RotationPlanner.SEATS_PER_MS);
      assertThat(refusal.details()).containsExactly(ProblemMessage.of(ProblemCode.ROTATION_TOO_MANY_SEATS,
          participants, rounds, seats, allowed, limit.toMillis(), shortest));
      assertThatCode(() -> RotationPlanner.checkSize(participants, rounds, Duration.ofMillis(shortest)))
          .doesNotThrowAnyException();
      assertThat(catchThrowableOfType(InvalidValueException.class, () -> RotationPlanner.checkSize(participants,
          rounds, Duration.ofMillis(shortest).minusNanos(1)))).isNotNull();
    } else {
      assertThat(refusal).isNull();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void checkSize_neverRefusesWhatTheSeatsAtAnyLimitHold(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int rounds = random.nextInt(1, 101);
    int participants = Math.min(RotationPlanner.MAX_PARTICIPANTS,
        random.nextInt(1, RotationPlanner.BASE_SEATS / rounds + 1));
    for (Duration limit : List.of(Duration.ofNanos(1), Duration.ofMillis(1), Duration.ofDays(400))) {
      assertThatCode(() -> RotationPlanner.checkSize(participants, rounds, limit)).doesNotThrowAnyException();
    }
  }
}
