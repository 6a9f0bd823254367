package nl.opgave.pdf;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Round;
import nl.opgave.model.cafe.SessionPlan;
import nl.opgave.model.cafe.Side;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.cafe.Vraagstuk;
import nl.opgave.workshop.rotation.RotationPlanner;

/** Seeded cafés with Dutch names of up to 60 characters: tussenvoegsels, IJ, accents, double names, long words. */
final class CafeGenerator {
  private static final String[] FIRST = {"Jos", "Anaïs", "Zoë", "IJsbrand", "Ĳsbrand", "Marie-José", "Fenna",
      "Gert-Jan", "Noor", "Youssef", "Eline", "Chloë", "Daniël", "Sjoerd", "Ilse", "Geertruida Wilhelmina"};
  private static final String[] PREFIX = {"", "", "van", "de", "van der", "van den", "in 't", "van 't", "d'",
      "ter", "El"};
  private static final String[] LAST = {"Ploeg", "IJzerman", "Eijsvogel", "Öztürk", "Bakker", "Veer",
      "Witlox-van den IJssel", "Scherpenisse", "Çelik", "Hoekstra", "Brouwer-Verhoeven", "Dijkstra",
      "Wolfeschlegelsteinhausenbergerdorffvoralternwaren"};
  private static final String[] ORGANISATION = {"Provincie Zuid-Holland", "Gemeente 's-Hertogenbosch",
      "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
      "Rijksdienst voor Ondernemend Nederland, directie Uitvoering", "Hogeschool van Amsterdam", "De Plint"};

  private CafeGenerator() {}

  record Generated(SessionPlan session, RotationPlan rotation) {}

  static String name(Random random, int maxLength) {
    String prefix = PREFIX[random.nextInt(PREFIX.length)];
    String name = FIRST[random.nextInt(FIRST.length)] + " " + (prefix.isEmpty() ? "" : prefix + " ")
        + LAST[random.nextInt(LAST.length)];
    if (random.nextInt(4) == 0) {
      name += "-" + LAST[random.nextInt(LAST.length)];
    }
    if (random.nextInt(8) == 0) {
      StringBuilder word = new StringBuilder("Ĳ");
      while (word.length() < maxLength) {
        word.append("abcdefghijklmnopqrstuvwxyzéëï".charAt(random.nextInt(29)));
      }
      name = word.toString();
    }
    return name.length() > maxLength ? name.substring(0, maxLength).strip() : name;
  }

  /** A café of the given size: every table with a host, two sides, names of up to 40 characters. */
  static Generated sized(int tables, int people, int rounds) {
    Random random = new Random(tables * 1000L + people);
    List<Participant> list = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 1; list.size() < people; i++) {
      String name = name(random, 40);
      if (names.add(name.replaceAll("\\s", ""))) {
        list.add(Participant.builder().id("p" + i).name(name).build());
      }
    }
    List<Table> tableList = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      Table.Builder table = Table.builder().number(t).vraagstuk(1).host(list.get(t - 1).id());
      if (tables % 2 == 0) {
        table.side(t <= tables / 2 ? 1 : 2);
      }
      tableList.add(table.build());
    }
    List<Round> roundList = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      roundList.add(Round.of(r, Duration.ofMinutes(15), "ronde " + r));
    }
    SessionPlan session = SessionPlan.builder().title("Café van " + people).date(LocalDate.of(2025, 3, 4))
        .start(LocalTime.of(9, 30)).vraagstukken(List.of(Vraagstuk.of(1, "Gedrag van medewerkers")))
        .sides(tables % 2 == 0 ? List.of(Side.of(1, "wit", "white"), Side.of(2, "blauw", "blue")) : List.of())
        .tables(tableList).rounds(roundList).build();
    RotationRequest request = RotationRequest.builder().from(RotationRequest.forSession(session, list, 1))
        .iterationLimit(2_000).build();
    return new Generated(session, RotationPlanner.plan(request));
  }

  static Generated cafe(long seed, int maxNameLength) {
    Random random = new Random(seed);
    int sides = random.nextInt(3);
    int perSide = 1 + random.nextInt(4);
    int tables = Math.max(1, sides) * perSide;
    int rounds = 1 + random.nextInt(5);
    int size = 2 + random.nextInt(7);
    boolean hosts = random.nextBoolean();
    int vraagstukken = 1 + random.nextInt(4);
    List<Vraagstuk> questions = new ArrayList<>();
    for (int v = 1; v <= vraagstukken; v++) {
      questions.add(Vraagstuk.of(v, "Hoe neem je de organisatie mee zonder ze te overspoelen met informatie ".repeat(
          1 + random.nextInt(2)).strip() + " " + v));
    }
    List<Side> sideList = new ArrayList<>();
    String[] colours = {"wit", "blauw", "geel"};
    for (int s = 1; s <= sides; s++) {
      sideList.add(Side.of(s, colours[s - 1], colours[s - 1]));
    }
    List<Participant> people = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int count = tables * size;
    for (int i = 1; people.size() < count; i++) {
      String name = name(random, maxNameLength);
      if (names.add(name.replaceAll("\\s", ""))) {
        Participant.Builder p = Participant.builder().id("p" + i).name(name);
        if (random.nextInt(5) > 0) {
          p.organisation(ORGANISATION[random.nextInt(ORGANISATION.length)]);
        }
        if (random.nextInt(10) == 0 && rounds > 1) {
          p.firstRound(2);
        }
        people.add(p.build());
      }
    }
    List<Table> tableList = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      Table.Builder table = Table.builder().number(t).vraagstuk((t - 1) % vraagstukken + 1);
      if (sides > 0) {
        table.side((t - 1) / perSide + 1);
      }
      if (hosts) {
        table.host(people.get(t - 1).id());
        people.set(t - 1, Participant.builder().from(people.get(t - 1)).firstRound(1).build());
      }
      tableList.add(table.build());
    }
    List<Round> roundList = new ArrayList<>();
    String[] purposes = {"verhelderen", "oplossingsrichtingen verkennen en prioriteren", "concretiseren", "oogsten"};
    for (int r = 1; r <= rounds; r++) {
      roundList.add(Round.of(r, Duration.ofMinutes(10 + random.nextInt(20)), purposes[random.nextInt(4)]));
    }
    SessionPlan session = SessionPlan.builder().title("World Café " + seed).date(LocalDate.of(2025, 3, 4))
        .start(LocalTime.of(9, 30)).vraagstukken(questions).sides(sideList).tables(tableList).rounds(roundList)
        .changeover(Duration.ofMinutes(2)).build();
    RotationRequest request = RotationRequest.builder().from(RotationRequest.forSession(session, people, seed))
        .iterationLimit(2_000).build();
    return new Generated(session, RotationPlanner.plan(request));
  }
}
