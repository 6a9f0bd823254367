package nl.opgave.pdf;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.SessionPlan;
import nl.opgave.model.cafe.Side;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.cafe.Vraagstuk;
import nl.opgave.model.community.ProgrammeItemKind;
import nl.opgave.model.community.TimetableSlot;

final class Cafe {
  record Round(int number, Optional<String> time, Optional<String> purpose) {}

  record Place(int number, OptionalInt side, Optional<String> sideName, Colour colour, OptionalInt vraagstuk,
      Optional<String> vraagstukTitle, Optional<String> host) {}

  private final PrintOptions options;
  private final Words words;
  private final String title;
  private final List<Round> rounds;
  private final List<Place> places;
  private final Map<Integer, Place> byNumber = new HashMap<>();
  private final List<Participant> people;
  private final List<Map<Integer, List<String>>> rosters = new ArrayList<>();
  private final RotationPlan rotation;

  private Cafe(Optional<SessionPlan> session, RotationPlan rotation, PrintOptions options) {
    this.options = options;
    this.rotation = rotation;
    this.words = new Words(options.english());
    RotationRequest request = rotation.request();
    this.people = request.participants();
    this.title = session.map(s -> s.title() + " · " + s.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy",
        options.language()))).orElse(words.rotation());
    this.rounds = rounds(session, request.rounds());
    List<Place> list = new ArrayList<>();
    for (Table table : request.tables()) {
      Optional<Side> side = table.side().isPresent() ? request.side(table.side().getAsInt())
          .or(() -> session.flatMap(s -> s.side(table.side().getAsInt()))) : Optional.empty();
      Optional<Vraagstuk> vraagstuk = table.vraagstuk().isPresent() ? request.vraagstuk(table.vraagstuk().getAsInt())
          .or(() -> session.flatMap(s -> s.vraagstuk(table.vraagstuk().getAsInt()))) : Optional.empty();
      Place place = new Place(table.number(), table.side(), side.map(s -> s.name(options.language())),
          Colour.of(table.side(), side.map(Side::name)), table.vraagstuk(), vraagstuk.map(Vraagstuk::title),
          table.host());
      list.add(place);
      byNumber.put(place.number(), place);
    }
    this.places = List.copyOf(list);
    for (int r = 1; r <= request.rounds(); r++) {
      rosters.add(rotation.roster(r));
    }
  }

  static Cafe of(Optional<SessionPlan> session, RotationPlan rotation, PrintOptions options) {
    Objects.requireNonNull(rotation, "rotation");
    Objects.requireNonNull(options, "options");
    CafePrint.checkSize(rotation.request().participants().size(), rotation.request().rounds());
    session.ifPresent(s -> fits(s, rotation.request()));
    return new Cafe(session, rotation, options);
  }

  private static void fits(SessionPlan session, RotationRequest request) {
    if (session.rounds().size() != request.rounds()) {
      throw new IllegalArgumentException("rotation has " + request.rounds() + " rounds, but session plan '"
          + session.title() + "' has " + session.rounds().size());
    }
    Set<Integer> planned = session.tables().stream().map(Table::number).collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> rotated = request.tables().stream().map(Table::number).collect(Collectors.toCollection(TreeSet::new));
    if (!planned.equals(rotated)) {
      throw new IllegalArgumentException("rotation has tables " + rotated + ", but session plan '" + session.title()
          + "' has tables " + planned);
    }
  }

  private static List<Round> rounds(Optional<SessionPlan> session, int count) {
    List<Round> list = new ArrayList<>();
    if (session.isEmpty()) {
      for (int r = 1; r <= count; r++) {
        list.add(new Round(r, Optional.empty(), Optional.empty()));
      }
      return list;
    }
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
    List<TimetableSlot> slots = session.get().timetable().slots().stream()
        .filter(s -> s.item().kind() == ProgrammeItemKind.GROEPSWERK).collect(Collectors.toList());
    for (int r = 1; r <= count; r++) {
      TimetableSlot slot = slots.get(r - 1);
      list.add(new Round(r, Optional.of(slot.start().format(hhmm) + "–" + slot.end().format(hhmm)),
          Optional.of(session.get().rounds().get(r - 1).purpose())));
    }
    return list;
  }

  void check(Fonts fonts) {
    fonts.check("title", title);
    for (Participant p : people) {
      fonts.check("participant " + p.id() + ": name", p.displayName());
      p.organisation().ifPresent(o -> fonts.check("participant " + p.id() + ": organisation", o));
    }
    for (Place place : places) {
      place.sideName().ifPresent(n -> fonts.check("table " + place.number() + ": side name", n));
      place.vraagstukTitle().ifPresent(t -> fonts.check("table " + place.number() + ": vraagstuk title", t));
    }
    rounds.forEach(r -> r.purpose().ifPresent(p -> fonts.check("round " + r.number() + ": purpose", p)));
  }

  PrintOptions options() {
    return options;
  }

  Words words() {
    return words;
  }

  String title() {
    return title;
  }

  List<Round> rounds() {
    return rounds;
  }

  List<Place> places() {
    return places;
  }

  Place place(int number) {
    return byNumber.get(number);
  }

  List<Participant> people() {
    return people;
  }

  String name(String id) {
    return rotation.request().participant(id).orElseThrow().displayName();
  }

  List<String> seated(int round, int table) {
    return rosters.get(round - 1).get(table);
  }

  OptionalInt table(String id, int round) {
    return rotation.table(id, round);
  }

  String roundLine(Round round) {
    StringBuilder line = new StringBuilder(words.round()).append(' ').append(round.number());
    round.time().ifPresent(t -> line.append(" · ").append(t));
    round.purpose().ifPresent(p -> line.append(" · ").append(p));
    return line.toString();
  }

  String vraagstukLine(Place place) {
    if (place.vraagstuk().isEmpty()) {
      return "";
    }
    return words.vraagstuk() + " " + place.vraagstuk().getAsInt() + place.vraagstukTitle().map(t -> ": " + t)
        .orElse("");
  }

  String sideLine(Place place) {
    return place.sideName().orElseGet(() -> place.side().isPresent() ? words.side() + " " + place.side().getAsInt()
        : "");
  }
}
