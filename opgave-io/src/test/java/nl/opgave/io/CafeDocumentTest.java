package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.model.cafe.AlternativeKind;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.PinnedSeat;
import nl.opgave.model.cafe.RotationAlternative;
import nl.opgave.model.cafe.RotationBounds;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.RotationStatistics;
import nl.opgave.model.cafe.Seating;
import nl.opgave.model.cafe.SessionPlan;
import nl.opgave.model.cafe.StopReason;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.seed.WorldCafe4Maart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CafeDocumentTest {
  private static final OpgaveJson JSON = OpgaveJson.standard();

  private static Schema schema(DocumentType<?> type) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(type.schema(),
        InputFormat.JSON);
  }

  /** A valid rotation plan of any numbers: the seating is a simple shift, the statistics are arbitrary. */
  static RotationPlan rotation(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int tables = 1 + random.nextInt(6);
    int rounds = 1 + random.nextInt(4);
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(30); i++) {
      Participant.Builder p = Participant.builder().id("p-" + i);
      if (random.nextBoolean()) {
        p.name("Deelnemer \"" + i + "\" Zoë");
      }
      if (random.nextBoolean()) {
        p.organisation("Gemeente " + (i % 3));
      }
      if (i > 1 && random.nextInt(5) == 0) {
        p.firstRound(Math.min(rounds, 2));
      }
      participants.add(p.build());
    }
    RotationRequest.Builder request = RotationRequest.builder().participants(participants).rounds(rounds)
        .seed(random.nextLong()).crossSides(random.nextBoolean());
    for (int t = 1; t <= tables; t++) {
      request.addTables(Table.builder().number(t).build());
    }
    if (random.nextBoolean()) {
      request.timeLimit(Duration.ofSeconds(1 + random.nextInt(60)));
    }
    if (random.nextBoolean()) {
      request.iterationLimit(random.nextLong(1_000_000));
    }
    if (participants.size() > 1) {
      request.addKeepApart(Pair.of("p-0", "p-1"));
      request.addPins(PinnedSeat.of("p-0", 1, 1));
    }
    List<Seating> seatings = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      List<Integer> seats = new ArrayList<>();
      for (int i = 0; i < participants.size(); i++) {
        seats.add(participants.get(i).attends(r) ? 1 + (i + r) % tables : 0);
      }
      seatings.add(Seating.of(r, seats));
    }
    RotationPlan.Builder plan = RotationPlan.builder().request(request.build()).seatings(seatings)
        .statistics(RotationStatistics.builder().repeats(random.nextInt(10)).repeatedPairs(random.nextInt(10))
            .maxMeetings(random.nextInt(4)).vraagstukRepeats(0).colleagueMeetings(random.nextInt(5))
            .keepApartBroken(0).keepTogetherBroken(0).minContacts(1).meanContacts(random.nextDouble() * 10)
            .maxContacts(12).seatsChanged(random.nextInt(3)).build())
        .bounds(RotationBounds.builder().counting(random.nextInt(5)).pigeonhole(random.nextInt(5)).vraagstuk(0)
            .colleagues(0).build())
        .iterations(random.nextLong(1_000_000)).stopReason(StopReason.values()[random.nextInt(3)]);
    if (random.nextBoolean()) {
      plan.addAlternatives(RotationAlternative.builder().kind(AlternativeKind.CROSS_SIDES).repeatsLowerBound(3)
          .achievedRepeats(4).build());
    }
    return plan.build();
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rotationPlan_roundTripsAndMatchesItsSchema(long seed) {
    RotationPlan plan = rotation(seed);
    String json = JSON.writeString(plan);

    assertThat(JSON.read(DocumentType.ROTATION_PLAN, json, "rotation.json")).isEqualTo(plan);
    assertThat(JSON.writeString(JSON.read(DocumentType.ROTATION_PLAN, json, "rotation.json"))).isEqualTo(json);
    assertThat(schema(DocumentType.ROTATION_PLAN).validate(json, InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rotationPlan_writtenToAWriter_givesTheCharactersOfTheString(long seed) {
    RotationPlan plan = rotation(seed);
    for (OpgaveJson json : List.of(JSON, JSON.compact())) {
      StringWriter out = new StringWriter();
      json.write(plan, out);
      assertThat(out.toString()).isEqualTo(json.writeString(plan));
    }
  }

  @Test
  void seedSessionPlan_roundTripsThroughFacadeAndHostMapper() throws Exception {
    SessionPlan plan = WorldCafe4Maart.sessionPlan();
    String json = JSON.writeString(plan);
    ObjectMapper host = JsonMapper.builder().addModule(new OpgaveModule()).build();

    assertThat(JSON.read(DocumentType.SESSION_PLAN, json, "plan.json")).isEqualTo(plan);
    assertThat(JSON.writeString(JSON.read(json.getBytes(StandardCharsets.UTF_8), "plan.json"))).isEqualTo(json);
    assertThat(host.readValue(host.writeValueAsBytes(plan), SessionPlan.class)).isEqualTo(plan);
    assertThat(schema(DocumentType.SESSION_PLAN).validate(json, InputFormat.JSON)).isEmpty();
    RotationRequest request = WorldCafe4Maart.rotationRequest(7);
    assertThat(host.readValue(host.writeValueAsBytes(request), RotationRequest.class)).isEqualTo(request);
  }

  @Test
  void pinsAndPairsNamingNobody_areReported() {
    String json = JSON.writeString(rotation(3)).replace("\"first\": \"p-0\"", "\"first\": \"nobody\"");

    List<Problem> problems = JSON.validate(json.getBytes(StandardCharsets.UTF_8), "rotation.json");

    assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/request/keepApart/0/first",
            "'nobody' names no participant of the request"));
  }
}
