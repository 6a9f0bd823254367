package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.cafe.RotationRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The problem of a looser set-up compiled from the original request against the one of the set-up's own request. */
class LooserProblemTest {
  static LongStream seeds() {
    return LongStream.range(0, 600);
  }

  private static RotationRequest looserRequest(RotationRequest request, boolean crossed, long iterations) {
    RotationRequest.Builder looser = RotationRequest.builder().from(request).iterationLimit(iterations)
        .timeLimit(Optional.empty());
    if (crossed) {
      looser.crossSides(true).participants(request.participants().stream()
          .map(p -> p.withSide(OptionalInt.empty()).withOrganisation(Optional.empty())).collect(Collectors.toList()));
    } else {
      looser.tables(request.tables().stream().map(t -> t.withVraagstuk(OptionalInt.empty()))
          .collect(Collectors.toList()))
          .participants(request.participants().stream().map(p -> p.withOrganisation(Optional.empty()))
              .collect(Collectors.toList()));
    }
    return looser.build();
  }

  /** The problem's compiled arrays and bounds, or the refusal's message. */
  private static List<Object> compiled(Supplier<Problem> problem) {
    try {
      Problem pb = problem.get();
      return List.of(pb.groups, Arrays.toString(pb.personGroup), Arrays.toString(pb.target), Arrays.toString(pb.org),
          pb.orgCount, Arrays.toString(pb.vraagstuk), Arrays.toString(pb.vraagstukCap),
          Arrays.toString(pb.groupName), pb.iterationLimit, pb.timeLimitNanos, Bounds.of(pb));
    } catch (InvalidValueException e) {
      return List.of(e.getMessage());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void looser_compilesAsTheLooserRequest(long seed) {
    RotationRequest request = RandomInstances.request(seed, 40, 1 + seed * 997 % 3_000);
    long iterations = Math.min(request.iterationLimit().orElse(Problem.DEFAULT_ITERATIONS),
        Math.max(1_000, 1_500_000 / request.participants().size()));
    for (boolean crossed : new boolean[] {true, false}) {
      RotationRequest looser = looserRequest(request, crossed, iterations);
      assertThat(compiled(() -> Problem.looser(request, crossed, crossed, iterations))).as("crossed %s", crossed)
          .isEqualTo(compiled(() -> new Problem(looser, null, 0)));
    }
  }
}
