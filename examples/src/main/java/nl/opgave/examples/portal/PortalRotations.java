package nl.opgave.examples.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;
import nl.opgave.workshop.rotation.RotationPlanner;

/** The portal's rotation endpoint: people and tables in, a plan per round out. */
final class PortalRotations {
  private static final int MAX_PEOPLE = 2000;

  byte[] plan(ObjectMapper mapper, byte[] body, Map<String, String> query) throws IOException {
    RotationRequest request = body.length == 0 ? fromQuery(query) : fromBody(PortalExample.readTree(mapper, body));
    RotationPlan plan = RotationPlanner.plan(request);
    ObjectNode result = mapper.createObjectNode();
    result.put("summary", plan.statistics().repeats() + " herhaalde ontmoetingen (ondergrens "
        + plan.repeatsLowerBound() + (plan.provablyOptimal() ? ", bewezen optimaal" : "") + ")");
    result.put("repeats", plan.statistics().repeats());
    result.put("lowerBound", plan.repeatsLowerBound());
    result.put("provablyOptimal", plan.provablyOptimal());
    ArrayNode rounds = result.putArray("rounds");
    for (int r = 1; r <= request.rounds(); r++) {
      ObjectNode round = rounds.addObject();
      round.put("round", r);
      ArrayNode tables = round.putArray("tables");
      plan.roster(r).forEach((table, people) -> {
        ObjectNode t = tables.addObject();
        t.put("table", table);
        ArrayNode names = t.putArray("participants");
        people.forEach(names::add);
      });
    }
    return mapper.writeValueAsBytes(result);
  }

  private static RotationRequest fromQuery(Map<String, String> query) {
    int people = number(query, "participants", 24, MAX_PEOPLE);
    int tables = number(query, "tables", 6, MAX_PEOPLE);
    List<Participant> participants = new ArrayList<>();
    for (int i = 1; i <= people; i++) {
      participants.add(Participant.builder().id("p" + i).build());
    }
    return request(participants, tables, number(query, "rounds", 3, 20),
        Boolean.parseBoolean(query.getOrDefault("hosts", "false")), number(query, "seed", 1, Integer.MAX_VALUE));
  }

  private static RotationRequest fromBody(JsonNode body) {
    JsonNode people = body.path("participants");
    if (!people.isArray() || people.size() > MAX_PEOPLE) {
      throw InvalidValueException.of(ProblemCode.PORTAL_PEOPLE_LIST, "participants", MAX_PEOPLE);
    }
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      JsonNode person = people.get(i);
      if (!person.path("id").isTextual()) {
        throw InvalidValueException.of(ProblemCode.PORTAL_NOT_A_STRING, "participants[" + i + "].id");
      }
      Participant.Builder p = Participant.builder().id(person.get("id").asText());
      if (person.path("organisation").isTextual()) {
        p.organisation(person.get("organisation").asText());
      }
      participants.add(p.build());
    }
    return request(participants, body.path("tables").asInt(6), body.path("rounds").asInt(3),
        body.path("hosts").asBoolean(false), body.path("seed").asLong(1));
  }

  private static RotationRequest request(List<Participant> participants, int tables, int rounds, boolean hosts,
      long seed) {
    if (hosts && participants.size() < tables) {
      throw InvalidValueException.of(ProblemCode.PORTAL_TOO_FEW_HOSTS, participants.size(), tables);
    }
    List<Table> tableList = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      Table.Builder table = Table.builder().number(t);
      if (hosts) {
        table.host(participants.get(t - 1).id());
      }
      tableList.add(table.build());
    }
    return RotationRequest.builder().participants(participants).tables(tableList).rounds(rounds).seed(seed)
        .timeLimit(Duration.ofSeconds(2)).build();
  }

  private static int number(Map<String, String> query, String name, int fallback, int max) {
    String value = query.get(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number < 1 || number > max) {
        throw InvalidValueException.of(ProblemCode.PORTAL_COUNT_RANGE, name, max, number);
      }
      return number;
    } catch (NumberFormatException e) {
      throw InvalidValueException.of(ProblemCode.PORTAL_NOT_A_WHOLE_NUMBER, name, "'" + value + "'");
    }
  }
}
