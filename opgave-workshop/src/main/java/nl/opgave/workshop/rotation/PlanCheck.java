package nl.opgave.workshop.rotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.PinnedSeat;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;

/** Checks a plan's hard constraints straight from its request, independently of the engine. */
final class PlanCheck {
  private PlanCheck() {}

  static List<ProblemMessage> problems(RotationPlan plan) {
    RotationRequest request = plan.request();
    List<ProblemMessage> problems = new ArrayList<>();
    List<Participant> people = request.participants();
    Map<Integer, Table> tables = new HashMap<>();
    request.tables().forEach(t -> tables.put(t.number(), t));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      index.put(people.get(i).id(), i);
    }
    boolean bySide = !request.crossSides() && request.tables().get(0).side().isPresent();
    int[] sideOf = new int[people.size()];
    for (int r = 1; r <= request.rounds(); r++) {
      List<Integer> seats = plan.seatings().get(r - 1).tables();
      Map<Integer, Integer> size = new HashMap<>();
      Map<Integer, Integer> fixed = new HashMap<>();
      for (int i = 0; i < people.size(); i++) {
        int t = seats.get(i);
        if (t == 0) {
          continue;
        }
        size.merge(t, 1, Integer::sum);
        Participant p = people.get(i);
        if (bySide) {
          int side = tables.get(t).side().getAsInt();
          if (p.side().isPresent() && p.side().getAsInt() != side) {
            problems.add(ProblemMessage.of(ProblemCode.PLAN_WRONG_SIDE, r, p.id(), p.side().getAsInt(), t, side));
          }
          if (sideOf[i] == 0) {
            sideOf[i] = side;
          } else if (sideOf[i] != side) {
            problems.add(ProblemMessage.of(ProblemCode.PLAN_CHANGED_SIDE, r, p.id(), sideOf[i], side));
            sideOf[i] = side;
          }
        }
      }
      for (Table table : request.tables()) {
        int s = size.getOrDefault(table.number(), 0);
        if (table.capacity().isPresent() && s > table.capacity().getAsInt()) {
          problems.add(ProblemMessage.of(ProblemCode.PLAN_OVER_CAPACITY, r, table.number(), s,
              table.capacity().getAsInt()));
        }
        if (table.host().isPresent()) {
          int h = index.get(table.host().get());
          if (people.get(h).attends(r)) {
            fixed.merge(table.number(), 1, Integer::sum);
            if (seats.get(h) != table.number()) {
              problems.add(ProblemMessage.of(ProblemCode.PLAN_HOST_MOVED, r, table.host().get(), table.number(),
                  seats.get(h)));
            }
          }
        }
      }
      for (PinnedSeat pin : request.pins()) {
        if (pin.round() == r) {
          fixed.merge(pin.table(), 1, Integer::sum);
          int actual = seats.get(index.get(pin.participant()));
          if (actual != pin.table()) {
            problems.add(ProblemMessage.of(ProblemCode.PLAN_PIN_MOVED, r, pin.participant(), pin.table(), actual));
          }
        }
      }
      for (Pair pair : request.keepApart()) {
        int a = seats.get(index.get(pair.first()));
        if (a != 0 && a == seats.get(index.get(pair.second()))) {
          problems.add(ProblemMessage.of(ProblemCode.PLAN_APART_TOGETHER, r, pair.first(), pair.second(), a));
        }
      }
      for (Table big : request.tables()) {
        for (Table small : request.tables()) {
          if (bySide && !big.side().equals(small.side())) {
            continue;
          }
          int sb = size.getOrDefault(big.number(), 0);
          int ss = size.getOrDefault(small.number(), 0);
          boolean smallFull = small.capacity().isPresent() && ss >= small.capacity().getAsInt();
          boolean bigForced = sb <= fixed.getOrDefault(big.number(), 0);
          if (sb >= ss + 2 && !smallFull && !bigForced) {
            problems.add(ProblemMessage.of(ProblemCode.PLAN_UNEVEN, r, big.number(), sb, small.number(), ss));
          }
        }
      }
    }
    return problems;
  }
}
