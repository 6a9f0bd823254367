package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.PinnedSeat;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;
import org.junit.jupiter.api.Test;

/** A participant held to two sides is refused with the first reason (side, else the earliest pin) and the second. */
class SideConflictTest {
  private static RotationRequest.Builder twoSides(Participant a) {
    return RotationRequest.builder().rounds(3).seed(1).iterationLimit(1_000)
        .participants(List.of(a, Participant.of("b"), Participant.of("c"), Participant.of("d")))
        .tables(List.of(Table.builder().number(1).side(1).build(), Table.builder().number(2).side(2).build()));
  }

  private static String refusal(RotationRequest request) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> new Problem(request, null, 0));
    assertThat(e.details()).extracting(ProblemMessage::code).containsExactly(ProblemCode.ROTATION_SIDE_CONFLICT);
    return e.getMessage();
  }

  @Test
  void problem_refusesAPinOnTheOtherSideNamingTheSideFirst() {
    RotationRequest request = twoSides(Participant.builder().id("a").side(1).build())
        .pins(List.of(PinnedSeat.of("a", 3, 2), PinnedSeat.of("a", 2, 1))).build();
    assertThat(refusal(request)).isEqualTo("participant a is on side 1 but sits at table 2 in round 3, on the other"
        + " side; with independent sides people stay on their side");
  }

  @Test
  void problem_refusesPinsOnBothSidesNamingTheEarliestFirst() {
    RotationRequest request = twoSides(Participant.of("a"))
        .pins(List.of(PinnedSeat.of("a", 3, 1), PinnedSeat.of("a", 2, 2), PinnedSeat.of("a", 1, 2))).build();
    assertThat(refusal(request)).isEqualTo("participant a sits at table 2 in round 1 but sits at table 1 in round 3,"
        + " on the other side; with independent sides people stay on their side");
  }
}
