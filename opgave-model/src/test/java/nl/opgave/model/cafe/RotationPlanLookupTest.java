package nl.opgave.model.cafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.LongStream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The plan's and the request's look-ups by id and number against a linear search over the lists. */
class RotationPlanLookupTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lookups_answerAsALinearSearchDoes(long seed) {
    Random random = new Random(seed);
    int rounds = 1 + random.nextInt(4);
    int sides = random.nextInt(3);
    List<Table> tables = new ArrayList<>();
    while (tables.size() < 1 + random.nextInt(6)) {
      int number = 1 + random.nextInt(random.nextBoolean() ? 12 : 2_000_000_000);
      if (tables.stream().noneMatch(t -> t.number() == number)) {
        Table.Builder table = Table.builder().number(number);
        if (sides > 0) {
          table.side(1 + random.nextInt(sides));
        }
        if (random.nextBoolean()) {
          table.vraagstuk(1 + random.nextInt(3));
        }
        tables.add(table.build());
      }
    }
    int n = tables.size() + random.nextInt(12);
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Participant.Builder p = Participant.builder().id("p" + random.nextInt(1000) + "-" + i)
          .firstRound(1 + random.nextInt(rounds));
      if (random.nextInt(3) == 0) {
        p.lastRound(p.build().firstRound() + random.nextInt(rounds));
      }
      people.add(p.build());
    }
    for (int t = 0; t < tables.size(); t++) {
      if (random.nextInt(3) == 0 && people.get(t).firstRound() == 1 && people.get(t).lastRound().isEmpty()) {
        tables.set(t, Table.builder().from(tables.get(t)).host(people.get(t).id()).build());
      }
    }
    List<Side> named = new ArrayList<>();
    if (sides > 0 && random.nextBoolean()) {
      for (int side = 1; side <= sides; side++) {
        named.add(Side.builder().number(side).name(side == 1 ? "wit" : "blauw").englishName("side " + side).build());
      }
    }
    RotationRequest request = RotationRequest.builder().participants(people).tables(tables).sides(named)
        .rounds(rounds).build();
    List<Seating> seatings = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      List<Integer> seats = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Table hosted = i < tables.size() && tables.get(i).host().isPresent() ? tables.get(i) : null;
        seats.add(!people.get(i).attends(r) ? 0 : hosted != null ? hosted.number()
            : tables.get(random.nextInt(tables.size())).number());
      }
      seatings.add(Seating.of(r, seats));
    }
    RotationPlan plan = RotationPlan.builder().request(request).seatings(seatings)
        .statistics(RotationStatistics.builder().repeats(0).repeatedPairs(0).maxMeetings(1).vraagstukRepeats(0)
            .colleagueMeetings(0).keepApartBroken(0).keepTogetherBroken(0).minContacts(0).meanContacts(0)
            .maxContacts(0).build())
        .bounds(RotationBounds.builder().counting(0).pigeonhole(0).vraagstuk(0).colleagues(0).build())
        .iterations(0).stopReason(StopReason.BOUND_REACHED).build();

    List<Itinerary> all = plan.itineraries();
    assertThat(all).hasSize(n);
    for (int i = 0; i < n; i++) {
      Participant p = people.get(i);
      Itinerary expected = linearItinerary(request, seatings, i);
      assertThat(all.get(i)).isEqualTo(expected);
      assertThat(plan.itinerary(p.id())).isEqualTo(expected);
      assertThat(all.get(i).text(Locale.ENGLISH)).isEqualTo(expected.text(Locale.ENGLISH));
      assertThat(request.participant(p.id())).contains(p);
      for (int r = 1; r <= rounds; r++) {
        int t = seatings.get(r - 1).tables().get(i);
        assertThat(plan.table(p.id(), r)).isEqualTo(t == 0 ? OptionalInt.empty() : OptionalInt.of(t));
      }
    }
    for (int number = 0; number <= 13; number++) {
      int wanted = number;
      Optional<Table> expected = tables.stream().filter(t -> t.number() == wanted).findFirst();
      assertThat(request.table(number)).isEqualTo(expected);
    }
    for (Table table : tables) {
      assertThat(request.table(table.number())).containsSame(table);
    }
    assertThat(request.participant("nobody")).isEmpty();
    InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
        () -> plan.itinerary("nobody"));
    assertThat(refused.details()).extracting(m -> m.code()).containsExactly(ProblemCode.PLAN_PARTICIPANT_UNKNOWN);
  }

  private static Itinerary linearItinerary(RotationRequest request, List<Seating> seatings, int index) {
    Participant p = request.participants().get(index);
    List<Stop> stops = new ArrayList<>();
    for (Seating seating : seatings) {
      int number = seating.tables().get(index);
      Stop.Builder stop = Stop.builder().round(seating.round());
      if (number != 0) {
        Table table = request.tables().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
        stop.table(number).vraagstuk(table.vraagstuk()).host(table.host().filter(p.id()::equals).isPresent());
        table.side().ifPresent(s -> stop.side(s)
            .sideName(request.sides().stream().filter(x -> x.number() == s).findFirst()));
      }
      stops.add(stop.build());
    }
    return Itinerary.of(p, stops);
  }
}
