package nl.opgave.workshop.rotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.PinnedSeat;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;

/** An independent checker for tests: hard constraints and objective values straight from request and seatings. */
final class Verify {
  final List<String> problems = new ArrayList<>();
  long repeats;
  long vraagstukRepeats;
  long colleagues;
  long together;
  int minContacts = Integer.MAX_VALUE;
  int maxMeetings;

  Verify(RotationPlan plan) {
    RotationRequest request = plan.request();
    List<Participant> people = request.participants();
    int n = people.size();
    int rounds = request.rounds();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(people.get(i).id(), i);
    }
    Map<Integer, Table> tables = new HashMap<>();
    request.tables().forEach(t -> tables.put(t.number(), t));
    boolean bySide = !request.crossSides() && request.tables().get(0).side().isPresent();
    int[][] seat = new int[rounds][n];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        seat[r][i] = plan.seatings().get(r).tables().get(i);
        boolean attends = people.get(i).attends(r + 1);
        if (attends != (seat[r][i] != 0)) {
          problems.add("round " + (r + 1) + ": " + people.get(i).id() + " attends=" + attends + " seat=" + seat[r][i]);
        }
      }
    }
    for (Table t : request.tables()) {
      t.host().ifPresent(h -> {
        for (int r = 0; r < rounds; r++) {
          int s = seat[r][index.get(h)];
          if (s != 0 && s != t.number()) {
            problems.add("host " + h + " moved to " + s + " in round " + (r + 1));
          }
        }
      });
    }
    for (PinnedSeat pin : request.pins()) {
      if (seat[pin.round() - 1][index.get(pin.participant())] != pin.table()) {
        problems.add("pin broken: " + pin);
      }
    }
    for (int i = 0; i < n; i++) {
      Set<Integer> sides = new HashSet<>();
      for (int r = 0; r < rounds; r++) {
        if (seat[r][i] != 0 && bySide) {
          sides.add(tables.get(seat[r][i]).side().getAsInt());
        }
      }
      if (sides.size() > 1) {
        problems.add(people.get(i).id() + " crossed sides " + sides);
      }
      int own = people.get(i).side().orElse(-1);
      if (bySide && own > 0 && !sides.isEmpty() && !sides.contains(own)) {
        problems.add(people.get(i).id() + " left its side " + own);
      }
    }
    for (int r = 0; r < rounds; r++) {
      Map<Integer, Integer> size = new HashMap<>();
      Map<Integer, Integer> forced = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (seat[r][i] != 0) {
          size.merge(seat[r][i], 1, Integer::sum);
        }
      }
      for (Table t : request.tables()) {
        if (t.host().isPresent() && people.get(index.get(t.host().get())).attends(r + 1)) {
          forced.merge(t.number(), 1, Integer::sum);
        }
      }
      for (PinnedSeat pin : request.pins()) {
        if (pin.round() == r + 1) {
          forced.merge(pin.table(), 1, Integer::sum);
        }
      }
      for (Table a : request.tables()) {
        int sa = size.getOrDefault(a.number(), 0);
        if (a.capacity().isPresent() && sa > a.capacity().getAsInt()) {
          problems.add("round " + (r + 1) + ": table " + a.number() + " over capacity");
        }
        for (Table b : request.tables()) {
          int sb = size.getOrDefault(b.number(), 0);
          boolean sameGroup = !bySide || a.side().equals(b.side());
          boolean bFull = b.capacity().isPresent() && sb >= b.capacity().getAsInt();
          if (sameGroup && sa >= sb + 2 && !bFull && sa > forced.getOrDefault(a.number(), 0)) {
            problems.add("round " + (r + 1) + ": table " + a.number() + " has " + sa + ", table " + b.number() + " "
                + sb);
          }
        }
      }
      for (Pair pair : request.keepApart()) {
        int a = seat[r][index.get(pair.first())];
        if (a != 0 && a == seat[r][index.get(pair.second())]) {
          problems.add("round " + (r + 1) + ": keep-apart pair together " + pair);
        }
      }
      for (Pair pair : request.keepTogether()) {
        int a = seat[r][index.get(pair.first())];
        int b = seat[r][index.get(pair.second())];
        if (a != 0 && b != 0 && a != b) {
          together++;
        }
      }
    }
    boolean[][] wanted = new boolean[n][n];
    for (Pair pair : request.keepTogether()) {
      int a = index.get(pair.first());
      int b = index.get(pair.second());
      wanted[a][b] = true;
      wanted[b][a] = true;
    }
    int[][] met = new int[n][n];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (seat[r][i] != 0 && seat[r][i] == seat[r][j]) {
            met[i][j]++;
            String oi = people.get(i).organisation().orElse(null);
            if (oi != null && oi.equals(people.get(j).organisation().orElse(null))) {
              colleagues++;
            }
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      int contacts = 0;
      boolean attends = false;
      for (int j = 0; j < n; j++) {
        int m = i < j ? met[i][j] : met[j][i];
        if (i < j && !wanted[i][j]) {
          repeats += Math.max(0, m - 1);
          maxMeetings = Math.max(maxMeetings, m);
        } else if (i < j && m > 0) {
          maxMeetings = Math.max(maxMeetings, 1);
        }
        contacts += m > 0 ? 1 : 0;
      }
      for (int r = 0; r < rounds; r++) {
        attends |= seat[r][i] != 0;
      }
      if (attends) {
        minContacts = Math.min(minContacts, contacts);
      }
    }
    Set<String> hosts = new HashSet<>();
    request.tables().forEach(t -> t.host().ifPresent(hosts::add));
    for (int i = 0; i < n; i++) {
      if (hosts.contains(people.get(i).id())) {
        continue;
      }
      Set<Integer> reachable = new HashSet<>();
      int side = -1;
      for (int r = 0; r < rounds; r++) {
        if (seat[r][i] != 0) {
          side = tables.get(seat[r][i]).side().orElse(-1);
        }
      }
      for (Table t : request.tables()) {
        if (t.vraagstuk().isPresent() && (!bySide || t.side().getAsInt() == side)) {
          reachable.add(t.vraagstuk().getAsInt());
        }
      }
      if (reachable.isEmpty()) {
        continue;
      }
      int attended = 0;
      Map<Integer, Integer> visits = new HashMap<>();
      for (int r = 0; r < rounds; r++) {
        if (seat[r][i] != 0) {
          attended++;
          tables.get(seat[r][i]).vraagstuk().ifPresent(v -> visits.merge(v, 1, Integer::sum));
        }
      }
      int cap = Math.max(1, (attended + reachable.size() - 1) / reachable.size());
      for (int v : visits.values()) {
        vraagstukRepeats += Math.max(0, v - cap);
      }
    }
  }
}
