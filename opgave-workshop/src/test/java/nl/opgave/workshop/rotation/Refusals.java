package nl.opgave.workshop.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.PinnedSeat;
import nl.opgave.model.cafe.RepairRequest;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;

/**
 * For property tests: a refusal passes only if it names a rule that the request really breaks, recounted here from
 * the request itself, independently of the planner.
 */
final class Refusals {
  private static final Pattern SEATS = Pattern.compile("(.+): (\\d+) people attend round (\\d+) but the tables seat "
      + "only (\\d+)");
  private static final Pattern EMPTY_TABLE = Pattern.compile("(.+) has (\\d+) people in round (\\d+) but (\\d+) "
      + "tables; every table needs at least one person");
  private static final Pattern APART_GROUP = Pattern.compile("keep-apart: (.+) must all sit apart, but (.+) has only "
      + "(\\d+) tables");
  private static final Pattern APART_FIXED = Pattern.compile("participants (\\S+) and (\\S+) are to be kept apart but "
      + "both sit at table (\\d+) in round (\\d+)");
  private static final Pattern OVERFULL = Pattern.compile("table (\\d+) seats (\\d+) but (\\d+) people are fixed to it "
      + "in round (\\d+)");
  private static final Pattern SIDES = Pattern.compile("participant (\\S+) (.+) but (.+), on the other side; with "
      + "independent sides people stay on their side");

  private Refusals() {}

  /** Asserts that the planner's refusal of a request is deserved. */
  static void assertDeserved(RotationRequest request, InvalidValueException e) {
    assertDeserved(request, Map.of(), e);
  }

  private static void assertDeserved(RotationRequest request, Map<String, Integer> sat, InvalidValueException e) {
    String message = e.getMessage();
    assertThat(message).isNotBlank().doesNotContain("Exception");
    assertThat(e.details()).extracting(ProblemMessage::code).doesNotContain(ProblemCode.MODEL_RULE, ProblemCode.TEXT);
    e.details().forEach(d -> assertThat(RefusalsInDutchTest.englishWords(d.message(Locale.forLanguageTag("nl"))))
        .as("Dutch refusal %s", d.message(Locale.forLanguageTag("nl"))).isEmpty());
    assertThat(deserved(request, sat, message)).as("refusal not deserved by the request: %s", message).isTrue();
  }

  /** Asserts that the refusal of a repair is deserved by the request the repair had to plan. */
  static void assertDeserved(RotationPlan plan, RepairRequest change, InvalidValueException e) {
    RotationRequest old = plan.request();
    Map<String, Integer> sat = new HashMap<>();
    if (!old.crossSides() && old.tables().get(0).side().isPresent()) {
      for (Participant p : old.participants()) {
        for (int r = 1; r < change.fromRound(); r++) {
          plan.table(p.id(), r).ifPresent(t -> sat.put(p.id(), old.tables().stream().filter(x -> x.number() == t)
              .findFirst().orElseThrow().side().getAsInt()));
        }
      }
    }
    assertDeserved(repaired(old, change), sat, e);
  }

  /** The request a repair plans: leavers gone or leaving early, arrivals late, tables of gone hosts without host. */
  static RotationRequest repaired(RotationRequest old, RepairRequest change) {
    int from = change.fromRound();
    Set<String> leaving = new HashSet<>(change.leaving());
    Set<String> gone = new HashSet<>();
    List<Participant> people = new ArrayList<>();
    for (Participant p : old.participants()) {
      if (!leaving.contains(p.id())) {
        people.add(p);
      } else if (p.firstRound() >= from) {
        gone.add(p.id());
      } else {
        people.add(p.withLastRound(Math.min(p.lastRound().orElse(old.rounds()), from - 1)));
      }
    }
    change.arriving().forEach(p -> people.add(p.withFirstRound(Math.max(p.firstRound(), from))));
    List<Table> tables = new ArrayList<>();
    for (Table t : old.tables()) {
      tables.add(t.host().filter(gone::contains).isPresent() ? t.withHost(java.util.Optional.empty()) : t);
    }
    List<PinnedSeat> pins = new ArrayList<>();
    for (PinnedSeat pin : old.pins()) {
      if (!gone.contains(pin.participant()) && !(leaving.contains(pin.participant()) && pin.round() >= from)) {
        pins.add(pin);
      }
    }
    pins.addAll(change.pins());
    return RotationRequest.builder().from(old).participants(people).tables(tables).pins(pins)
        .keepApart(kept(old.keepApart(), gone)).keepTogether(kept(old.keepTogether(), gone)).build();
  }

  private static List<Pair> kept(List<Pair> pairs, Set<String> gone) {
    List<Pair> result = new ArrayList<>();
    for (Pair p : pairs) {
      if (!gone.contains(p.first()) && !gone.contains(p.second())) {
        result.add(p);
      }
    }
    return result;
  }

  /** Returns whether the message names a rule the request breaks; sat: the side of everyone who already sat. */
  static boolean deserved(RotationRequest request, Map<String, Integer> sat, String message) {
    Matcher m;
    if ((m = SEATS.matcher(message)).matches()) {
      int round = Integer.parseInt(m.group(3));
      OptionalInt side = side(m.group(1));
      long seats = 0;
      long allSeats = 0;
      for (Table t : request.tables()) {
        long c = t.capacity().orElse(Integer.MAX_VALUE);
        allSeats += c;
        seats += side.isEmpty() || t.side().equals(side) ? c : 0;
      }
      return attending(request, sat, round, side, true) > seats || attending(request, sat, round, OptionalInt.empty(), false)
          > allSeats;
    }
    if ((m = EMPTY_TABLE.matcher(message)).matches()) {
      int round = Integer.parseInt(m.group(3));
      OptionalInt side = side(m.group(1));
      long tables = request.tables().stream().filter(t -> side.isEmpty() || t.side().equals(side)).count();
      return attending(request, sat, round, side, false) < tables || shortOfPeople(request, sat, round);
    }
    if ((m = APART_GROUP.matcher(message)).matches()) {
      String[] names = m.group(1).split(", ");
      OptionalInt side = side(m.group(2));
      long tables = request.tables().stream().filter(t -> side.isEmpty() || t.side().equals(side)).count();
      for (int i = 0; i < names.length; i++) {
        for (int j = i + 1; j < names.length; j++) {
          if (!apart(request, names[i], names[j])) {
            return false;
          }
        }
      }
      return names.length > tables;
    }
    if ((m = APART_FIXED.matcher(message)).matches()) {
      int table = Integer.parseInt(m.group(3));
      int round = Integer.parseInt(m.group(4));
      return apart(request, m.group(1), m.group(2)) && fixedAt(request, m.group(1), table, round)
          && fixedAt(request, m.group(2), table, round);
    }
    if ((m = OVERFULL.matcher(message)).matches()) {
      int table = Integer.parseInt(m.group(1));
      int round = Integer.parseInt(m.group(4));
      long fixed = request.participants().stream().filter(p -> p.attends(round) && fixedAt(request, p.id(), table,
          round)).count();
      int capacity = request.tables().stream().filter(t -> t.number() == table).findFirst().orElseThrow().capacity()
          .orElse(Integer.MAX_VALUE);
      return fixed > capacity;
    }
    if ((m = SIDES.matcher(message)).matches()) {
      Set<Integer> sides = sidesOf(request, m.group(1));
      if (sat.containsKey(m.group(1))) {
        sides.add(sat.get(m.group(1)));
      }
      return sides.size() > 1;
    }
    return false;
  }

  private static OptionalInt side(String group) {
    if (!group.startsWith("side ")) {
      return OptionalInt.empty();
    }
    Matcher m = Pattern.compile("\\((\\d+)\\)$|^side (\\d+)$").matcher(group);
    if (!m.find()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
  }

  /** Returns whether the sides need more people without a side of their own than attend the round. */
  private static boolean shortOfPeople(RotationRequest request, Map<String, Integer> sat, int round) {
    Set<Integer> sides = new HashSet<>();
    request.tables().forEach(t -> t.side().ifPresent(sides::add));
    if (request.crossSides() || sides.isEmpty()) {
      return false;
    }
    long missing = 0;
    for (int side : sides) {
      long tables = request.tables().stream().filter(t -> t.side().equals(OptionalInt.of(side))).count();
      missing += Math.max(0, tables - attending(request, sat, round, OptionalInt.of(side), true));
    }
    long free = attending(request, sat, round, OptionalInt.empty(), false) - sides.stream().mapToLong(side ->
        attending(request, sat, round, OptionalInt.of(side), true)).sum();
    return missing > free;
  }

  /** People attending a round who must be on the side (or, if not only those, who may be on it). */
  private static long attending(RotationRequest request, Map<String, Integer> sat, int round, OptionalInt side,
      boolean mustBe) {
    long count = 0;
    for (Participant p : request.participants()) {
      if (!p.attends(round)) {
        continue;
      }
      Set<Integer> sides = sidesOf(request, p.id());
      if (sat.containsKey(p.id())) {
        sides.add(sat.get(p.id()));
      }
      if (side.isEmpty() || sides.contains(side.getAsInt()) || !mustBe && sides.isEmpty()) {
        count++;
      }
    }
    return count;
  }

  /** The sides a person is tied to by their own side, the table they host and their pinned seats. */
  private static Set<Integer> sidesOf(RotationRequest request, String id) {
    Set<Integer> sides = new HashSet<>();
    if (request.crossSides() || request.tables().get(0).side().isEmpty()) {
      return sides;
    }
    Map<Integer, Integer> sideOf = new HashMap<>();
    request.tables().forEach(t -> sideOf.put(t.number(), t.side().getAsInt()));
    Participant p = request.participant(id).orElseThrow();
    p.side().ifPresent(sides::add);
    request.tables().stream().filter(t -> t.host().equals(java.util.Optional.of(id)))
        .forEach(t -> sides.add(t.side().getAsInt()));
    request.pins().stream().filter(pin -> pin.participant().equals(id)).forEach(pin -> sides.add(sideOf.get(
        pin.table())));
    return sides;
  }

  private static boolean apart(RotationRequest request, String a, String b) {
    return request.keepApart().stream().anyMatch(p -> p.first().equals(a) && p.second().equals(b)
        || p.first().equals(b) && p.second().equals(a));
  }

  private static boolean fixedAt(RotationRequest request, String id, int table, int round) {
    boolean hosts = request.tables().stream().anyMatch(t -> t.number() == table && t.host().equals(
        java.util.Optional.of(id)));
    boolean pinned = request.pins().stream().anyMatch(pin -> pin.participant().equals(id) && pin.table() == table
        && pin.round() == round);
    return hosts || pinned;
  }
}
