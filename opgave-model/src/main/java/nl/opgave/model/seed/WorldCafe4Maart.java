package nl.opgave.model.seed;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.opgave.model.cafe.Harvest;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.Round;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.SessionPlan;
import nl.opgave.model.cafe.Side;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.cafe.Vraagstuk;
import nl.opgave.model.community.ProgrammeItemKind;
import nl.opgave.model.community.Timetable;
import nl.opgave.model.community.TimetableSlot;

/**
 * The World Café of 4 March 2025 at Provincie Zuid-Holland as the seed's slides describe it: three vraagstukken
 * on a white and a blue side, six tables with a tafelhost each, three rounds of 15 minutes, the spelregels and
 * the harvest per colour.
 *
 * <p>The slides do not say who hosted which table, who else took part, or the clock times. Those values are
 * assumptions: the hosts are people of Provincie Zuid-Holland (four named in the seed, two invented), the 30
 * travellers are the twelve other people the seed names plus eighteen invented people with invented Dutch names,
 * spread over the seed's organisations; the café fills the group work and the sharing of insights of
 * {@link Opgavebeweging#meetingProgramme()}.
 */
public final class WorldCafe4Maart {
  /** The number of the white side. */
  public static final int WIT = 1;
  /** The number of the blue side. */
  public static final int BLAUW = 2;

  private static final String PZH = "Provincie Zuid-Holland";
  private static final String BZK = "Ministerie van Binnenlandse Zaken";
  private static final String GRENZELOOS = "Rijksbreed programma Grenzeloos Samenwerken";
  private static final String HEEMSKERK = "Gemeente Heemskerk";
  private static final String NSOB = "Nederlandse School voor Openbaar Bestuur";
  private static final String ZWOLLE = "Gemeente Zwolle";
  private static final String ALMERE = "Gemeente Almere";
  private static final String DEN_HAAG = "Gemeente Den Haag";
  private static final String HVA = "Hogeschool van Amsterdam";
  private static final String DE_PLINT = "De Plint";

  private static final List<String> HOSTS = List.of(
      "jos-van-der-ploeg", "bob-houtkamp", "karin", "martijn", "annemiek-vermeulen", "thijs-de-boer");

  private WorldCafe4Maart() {}

  /** Returns the three vraagstukken of Provincie Zuid-Holland with the slides' descriptions. */
  public static List<Vraagstuk> vraagstukken() {
    return List.of(
        Vraagstuk.builder().number(1).title("Kloof tussen topmanagement en werkvloer")
            .description("Uit de tussenevaluatie van opgavegericht werken komt het duidelijke signaal, dat we uit "
                + "contact zijn geraakt. De directie is er nog onvoldoende in geslaagd de rest van de organisatie mee "
                + "te nemen in de veranderingen. Hoe neem je de organisatie voldoende mee zonder ze te overspoelen met "
                + "informatie? Hoe voorkom je 'afhaken' van de werkvloer in dit langdurige proces?")
            .build(),
        Vraagstuk.builder().number(2).title("Gedrag van medewerkers")
            .description("Opgavegericht werken vraagt ook om ander gedrag. Het vraagt medewerkers die in staat zijn "
                + "om rondom opgaven en daaruit voortvloeiende programma's en projecten, samen te werken met collega's, "
                + "inwoners en externe partijen. Hoe kun je medewerkers hierin ondersteunen en ontwikkelen?")
            .build(),
        Vraagstuk.builder().number(3).title("Inrichting van bedrijfsvoering")
            .description("Op dit moment hebben we ervoor gekozen om alles in opdrachten te gieten en opgavegericht te "
                + "organiseren. Maar is dat wel logisch voor bijvoorbeeld de IT-helpdesk, de catering of de "
                + "salarisadministratie? Wat zijn de voor- en nadelen om ook de bedrijfsvoering opgavegericht te "
                + "organiseren ten opzichte van alleen de opdrachten die zich richten op de maatschappelijke "
                + "vraagstukken?")
            .build());
  }

  /** Returns the white and the blue side. */
  public static List<Side> sides() {
    return List.of(Side.of(WIT, "wit", "white"), Side.of(BLAUW, "blauw", "blue"));
  }

  /** Returns the six tables: 1-3 white, 4-6 blue, each side carrying vraagstukken 1, 2 and 3, each with a host. */
  public static List<Table> tables() {
    List<Table> tables = new ArrayList<>();
    for (int t = 1; t <= 6; t++) {
      tables.add(Table.builder().number(t).side(t <= 3 ? WIT : BLAUW).vraagstuk((t - 1) % 3 + 1)
          .host(HOSTS.get(t - 1)).build());
    }
    return tables;
  }

  /** Returns the three rounds of 15 minutes with their purposes. */
  public static List<Round> rounds() {
    Duration quarter = Duration.ofMinutes(15);
    return List.of(
        Round.builder().number(1).duration(quarter).purpose("verhelderen").question("Wat is hier het vraagstuk?")
            .build(),
        Round.builder().number(2).duration(quarter).purpose("oplossingsrichtingen")
            .question("Welke oplossingsrichtingen zien jullie?").build(),
        Round.builder().number(3).duration(quarter).purpose("concretiseren")
            .question("Concretiseer de oplossingsrichtingen").build());
  }

  /** Returns the seven spelregels as the slide words them. */
  public static List<String> spelregels() {
    return List.of(
        "Concentreer je op wat van belang is.",
        "Lever een bijdrage door jouw ideeën mee te delen.",
        "Spreek met je hart en je verstand.",
        "Luister om elkaar te begrijpen.",
        "Breng ideeën met elkaar in verband.",
        "Luister om tot nieuwe inzichten en nog diepzinnigere vragen te komen.",
        "Speel, krabbel, teken – schrijven op tafels wordt aangemoedigd!");
  }

  /** Returns the harvest per colour: the hosts report back to the tables of their own colour. */
  public static List<Harvest> harvests() {
    String question = "Wat zijn de inzichten die jullie hebben opgedaan?";
    return List.of(
        Harvest.builder().side(WIT).instruction("De tafelhosts van de witte tafels koppelen het verhaal terug aan de"
            + " witte tafels.").question(question).build(),
        Harvest.builder().side(BLAUW).instruction("De tafelhosts van de blauwe tafels koppelen het verhaal terug aan"
            + " de blauwe tafels.").question(question).build());
  }

  /**
   * Returns the session plan, laid into the meeting's programme: it starts with the programme's group work (11:35)
   * and ends with its sharing of insights (12:50), which is the harvest. The 2 minutes to change tables are an
   * assumption; the welcome is what the 55 minutes of group work leave after the rounds and changeovers (6 minutes).
   */
  public static SessionPlan sessionPlan() {
    Timetable meeting = Opgavebeweging.calendar().event(Opgavebeweging.MEETING_ID).orElseThrow().timetable();
    TimetableSlot groupWork = slot(meeting, ProgrammeItemKind.GROEPSWERK);
    TimetableSlot sharing = slot(meeting, ProgrammeItemKind.DELEN_VAN_INZICHTEN);
    Duration changeover = Duration.ofMinutes(2);
    List<Round> rounds = rounds();
    Duration talking = rounds.stream().map(Round::duration).reduce(changeover.multipliedBy(rounds.size() - 1),
        Duration::plus);
    return SessionPlan.builder()
        .title("World Café: vraagstukken vanuit Provincie Zuid-Holland")
        .date(LocalDate.of(2025, 3, 4))
        .start(groupWork.start())
        .plannedEnd(sharing.end())
        .vraagstukken(vraagstukken())
        .sides(sides())
        .tables(tables())
        .rounds(rounds)
        .spelregels(spelregels())
        .harvests(harvests())
        .introduction(groupWork.item().duration().minus(talking))
        .changeover(changeover)
        .harvestDuration(sharing.item().duration())
        .build();
  }

  private static TimetableSlot slot(Timetable timetable, ProgrammeItemKind kind) {
    return timetable.slots().stream().filter(s -> s.item().kind() == kind).findFirst().orElseThrow();
  }

  /**
   * Returns the 36 participants: the six hosts first, then 30 travellers. People the seed names keep its
   * organisation or none; the invented people are marked as such in the source.
   */
  public static List<Participant> participants() {
    return List.of(
        person("jos-van-der-ploeg", "Jos van der Ploeg", PZH),
        person("bob-houtkamp", "Bob Houtkamp", PZH),
        person("karin", "Karin", PZH),
        person("martijn", "Martijn", PZH),
        person("annemiek-vermeulen", "Annemiek Vermeulen", PZH), // invented
        person("thijs-de-boer", "Thijs de Boer", PZH), // invented
        person("jort-van-zuilen", "Jort van Zuilen", null),
        person("joyce-otten", "Joyce Otten", GRENZELOOS),
        person("marianne-de-jonge", "Marianne de Jonge", null),
        person("marianne-witlox-van-den-ijssel", "Marianne Witlox-van den IJssel", null),
        person("mireille-groet", "Mireille Groet", BZK),
        person("vera-eijsvogel", "Vera Eijsvogel", HEEMSKERK),
        person("lisette-van-t-veer", "Lisette van 't Veer", HEEMSKERK),
        person("marit-van-der-toorn", "Marit van der Toorn", HEEMSKERK),
        person("martijn-van-der-steen", "Martijn van der Steen", NSOB),
        person("myrthe-van-delden", "Myrthe van Delden", NSOB),
        person("jorren-scherpenisse", "Jorren Scherpenisse", NSOB),
        person("jorgen-schram", "Jorgen Schram", NSOB),
        // Invented from here on: realistic names and organisations from the seed's series of bijeenkomsten.
        person("sanne-bosman", "Sanne Bosman", ZWOLLE),
        person("ruud-van-dijk", "Ruud van Dijk", ZWOLLE),
        person("fenna-hoekstra", "Fenna Hoekstra", ZWOLLE),
        person("kees-jansen", "Kees Jansen", ALMERE),
        person("noor-el-amrani", "Noor El Amrani", ALMERE),
        person("bram-de-wit", "Bram de Wit", ALMERE),
        person("femke-van-leeuwen", "Femke van Leeuwen", DEN_HAAG),
        person("youssef-bakker", "Youssef Bakker", DEN_HAAG),
        person("ineke-smit", "Ineke Smit", DEN_HAAG),
        person("lotte-visser", "Lotte Visser", HVA),
        person("daan-mulder", "Daan Mulder", HVA),
        person("esther-van-den-berg", "Esther van den Berg", DE_PLINT),
        person("wouter-kok", "Wouter Kok", DE_PLINT),
        person("hanneke-dekker", "Hanneke Dekker", BZK),
        person("pieter-ijzerman", "Pieter IJzerman", BZK),
        person("anouk-brouwer", "Anouk Brouwer", GRENZELOOS),
        person("gert-jan-verhoeven", "Gert-Jan Verhoeven", PZH),
        person("sophie-van-der-meer", "Sophie van der Meer", PZH));
  }

  /** Returns the rotation request of the café for the given seed: every side a café of its own. */
  public static RotationRequest rotationRequest(long seed) {
    return RotationRequest.forSession(sessionPlan(), participants(), seed);
  }

  private static Participant person(String id, String name, String organisation) {
    Participant.Builder p = Participant.builder().id(id).name(name);
    if (organisation != null) {
      p.organisation(organisation);
    }
    return p.build();
  }
}
