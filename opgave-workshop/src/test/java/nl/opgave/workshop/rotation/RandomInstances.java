package nl.opgave.workshop.rotation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.PinnedSeat;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;

/** Seeded generator of random café requests: sizes, hosts, sides, vraagstukken, organisations, wishes. */
final class RandomInstances {
  private RandomInstances() {}

  /** Returns a social golfer request: tables * size people "p1".., the first of each table its host if asked. */
  static RotationRequest.Builder golfers(int tables, int size, int rounds, boolean hosts) {
    return people(tables * size, tables, rounds, hosts);
  }

  /** Returns a request for count people "p1".. at tables tables, the first of each table its host if asked. */
  static RotationRequest.Builder people(int count, int tables, int rounds, boolean hosts) {
    List<Participant> people = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      people.add(Participant.builder().id("p" + i).build());
    }
    List<Table> tableList = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      Table.Builder table = Table.builder().number(t);
      if (hosts) {
        table.host("p" + t);
      }
      tableList.add(table.build());
    }
    return RotationRequest.builder().participants(people).tables(tableList).rounds(rounds);
  }

  static RotationRequest request(long seed, int maxPeople, long iterations) {
    SplittableRandom random = new SplittableRandom(seed);
    int sides = random.nextInt(4) == 0 ? 2 : 1;
    int perSide = 1 + random.nextInt(4);
    int tables = sides * perSide;
    int people = Math.max(tables + random.nextInt(Math.max(1, maxPeople - tables)), 2);
    int rounds = 1 + random.nextInt(5);
    boolean hosts = random.nextBoolean();
    int questions = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(Math.max(1, perSide));
    int orgs = random.nextInt(4);
    List<Participant> participants = new ArrayList<>();
    for (int i = 1; i <= people; i++) {
      Participant.Builder p = Participant.builder().id("p" + i);
      if (orgs > 0 && random.nextInt(3) > 0) {
        p.organisation("org" + random.nextInt(orgs));
      }
      if (sides > 1 && i > tables && random.nextInt(4) == 0) {
        p.side(1 + random.nextInt(sides));
      }
      if (i > tables && random.nextInt(8) == 0) {
        int first = 1 + random.nextInt(rounds);
        p.firstRound(first);
        if (random.nextBoolean()) {
          p.lastRound(first + random.nextInt(rounds - first + 1));
        }
      }
      participants.add(p.build());
    }
    List<Table> tableList = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      Table.Builder table = Table.builder().number(t);
      int side = (t - 1) / perSide + 1;
      if (sides > 1) {
        table.side(side);
      }
      if (questions > 0) {
        table.vraagstuk((t - 1) % questions + 1);
      }
      if (hosts && random.nextInt(4) > 0) {
        table.host("p" + t);
        if (sides > 1) {
          participants.set(t - 1, participants.get(t - 1).withSide(side));
        }
      }
      if (random.nextInt(6) == 0) {
        table.capacity(people / tables + 1 + random.nextInt(3));
      }
      tableList.add(table.build());
    }
    RotationRequest.Builder request = RotationRequest.builder().participants(participants).tables(tableList)
        .rounds(rounds).seed(seed).iterationLimit(iterations);
    Set<String> hostIds = new HashSet<>();
    tableList.forEach(t -> t.host().ifPresent(hostIds::add));
    Set<String> pinned = new HashSet<>();
    if (random.nextInt(5) == 0) {
      for (int k = 0; k < 2; k++) {
        Participant p = participants.get(random.nextInt(people));
        int round = p.firstRound() + random.nextInt((p.lastRound().orElse(rounds)) - p.firstRound() + 1);
        if (!hostIds.contains(p.id()) && pinned.add(p.id() + "@" + round)) {
          int side = p.side().orElse(1 + random.nextInt(sides));
          int table = (side - 1) * perSide + 1 + random.nextInt(perSide);
          request.addPins(PinnedSeat.of(p.id(), round, table));
        }
      }
    }
    Set<String> used = new HashSet<>();
    if (random.nextInt(3) == 0) {
      for (int k = 0; k < 1 + random.nextInt(3); k++) {
        String a = "p" + (1 + random.nextInt(people));
        String b = "p" + (1 + random.nextInt(people));
        if (!a.equals(b) && used.add(key(a, b))) {
          request.addKeepApart(Pair.of(a, b));
        }
      }
    }
    if (random.nextInt(3) == 0) {
      for (int k = 0; k < 1 + random.nextInt(3); k++) {
        String a = "p" + (1 + random.nextInt(people));
        String b = "p" + (1 + random.nextInt(people));
        if (!a.equals(b) && used.add(key(a, b))) {
          request.addKeepTogether(Pair.of(a, b));
        }
      }
    }
    return request.build();
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
  }
}
