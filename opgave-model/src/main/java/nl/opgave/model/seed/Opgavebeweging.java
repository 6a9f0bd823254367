package nl.opgave.model.seed;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import nl.opgave.model.community.Begrippenlijst;
import nl.opgave.model.community.Calendar;
import nl.opgave.model.community.Chat;
import nl.opgave.model.community.ChatMessage;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Event;
import nl.opgave.model.community.GlossaryEntry;
import nl.opgave.model.community.Member;
import nl.opgave.model.community.MemberDirectory;
import nl.opgave.model.community.Opgave;
import nl.opgave.model.community.OpgavePhase;
import nl.opgave.model.community.OpgaveRole;
import nl.opgave.model.community.Organisation;
import nl.opgave.model.community.OrganisationKind;
import nl.opgave.model.community.PersonName;
import nl.opgave.model.community.Poll;
import nl.opgave.model.community.Programme;
import nl.opgave.model.community.ProgrammeItem;
import nl.opgave.model.community.ProgrammeItemKind;
import nl.opgave.model.community.RoleAssignment;

/**
 * The Opgavebeweging as the seed documents show it: the meeting of 4 March 2025 at Provincie Zuid-Holland, the
 * series of bijeenkomsten, the begrippenlijst, the role poll and the people and organisations the slides name.
 *
 * <p>Where the slides are silent (clock times, programme durations, chat messages) the values are stated
 * assumptions, marked as such in their Javadoc.
 */
public final class Opgavebeweging {
  /** The id of the bijeenkomst of 4 March 2025. */
  public static final String MEETING_ID = "opgavebeweging-3";

  private static final List<String> BEGRIPPENLIJST = List.of(
      "Bijeenkomst Opgavebeweging 1 | 26-09-24 | De Plint Den Haag",
      "Bijeenkomst Opgavebeweging 2 | 03-12-24 | Almere",
      "Casustiek | Aedes - Samenwerken aan volkshuisvestelijke opgaven",
      "Casustiek | GS - Geraakt worden als basis voor goede samenwerking",
      "Casustiek | NSOB - De opgave aan tafel",
      "Casustiek | TwynstraGudde - Handelen in transities",
      "Lezen | De Caluwé en Kaats - Samenwerken werken aan maatschappelijke opgaven",
      "Lezen | Houtkamp, Ruijters en De Vries - Opgavegericht teamleren",
      "Lezen | IenW - Opgavegericht werken aan transities",
      "Lezen | IFV Rapport Als één overheid slagvaardig de toekomst tegemoet",
      "Lezen | Kramer - Tricky Tijden",
      "Lezen | Loyale Tegenspraak [NOG AANPASSEN]",
      "Lezen | NSOB - Grenzeloos Samenwerken: Van A naar B, via B",
      "Lezen | Platform Sociaal Domein - Patronen zomerdialogen",
      "Overig | De Plint - Opgavehuis",
      "Podcast | Waardenwandeling OGW",
      "Toolkit | DOEboek OGW",
      "Toolkit | Liberating structures",
      "Toolkit | Naast de bewoner Mindset",
      "Toolkit | OFL - Werkvormenboek",
      "Toolkit | Samenwerkingslab",
      "Werkvorm | Ambtelijk Vakmanschap",
      "Werkvorm | Associatiekaarten",
      "Werkvorm | Babelstenen",
      "Werkvorm | Basisworkshop OGW",
      "Werkvorm | Beelden van Goed Werk",
      "Werkvorm | Helpend en hinderend in de samenwerking",
      "Werkvorm | Keuzes maken met groepen",
      "Werkvorm | Koerskaarten",
      "Werkvorm | Krantenkop 'Wat als het lukt?'",
      "Werkvorm | Loyale Tegenspraak",
      "Werkvorm | Ongeschreven Regels",
      "Werkvorm | Pitch jezelf met SDG/IDG",
      "Werkvorm | Talentenplaatje",
      "Werkvorm | Voorkeursstijlen OGW");

  private Opgavebeweging() {}

  /** Returns the organisations the seed names. */
  public static List<Organisation> organisations() {
    return List.of(
        Organisation.of("pzh", "Provincie Zuid-Holland", OrganisationKind.PROVINCIE),
        Organisation.of("bzk", "Ministerie van Binnenlandse Zaken", OrganisationKind.RIJK),
        Organisation.of("grenzeloos-samenwerken", "Rijksbreed programma Grenzeloos Samenwerken",
            OrganisationKind.RIJK),
        Organisation.of("heemskerk", "Gemeente Heemskerk", OrganisationKind.GEMEENTE),
        Organisation.of("zwolle", "Gemeente Zwolle", OrganisationKind.GEMEENTE),
        Organisation.of("almere", "Gemeente Almere", OrganisationKind.GEMEENTE),
        Organisation.of("den-haag", "Gemeente Den Haag", OrganisationKind.GEMEENTE),
        Organisation.of("hva", "Hogeschool van Amsterdam", OrganisationKind.ONDERWIJS_KENNIS),
        Organisation.of("nsob", "Nederlandse School voor Openbaar Bestuur", OrganisationKind.ONDERWIJS_KENNIS),
        Organisation.of("de-plint", "De Plint", OrganisationKind.OVERIG));
  }

  /** Returns the members the seed names, with the organisation and role the slides give them (or none). */
  public static List<Member> members() {
    return List.of(
        member("jos-van-der-ploeg", "Jos", "van der", "Ploeg", "pzh"),
        member("bob-houtkamp", "Bob", "", "Houtkamp", "pzh", OpgaveRole.AMBTELIJK_OPDRACHTGEVER),
        Member.builder().id("karin").name(PersonName.builder().voornaam("Karin").build()).organisationId("pzh")
            .addRoles(OpgaveRole.P_MANAGER).build(),
        Member.builder().id("martijn").name(PersonName.builder().voornaam("Martijn").build()).organisationId("pzh")
            .addRoles(OpgaveRole.TOELEVERANCIER).build(),
        member("jort-van-zuilen", "Jort", "van", "Zuilen", null),
        member("joyce-otten", "Joyce", "", "Otten", "grenzeloos-samenwerken", OpgaveRole.OPGAVEONDERSTEUNER),
        member("marianne-de-jonge", "Marianne", "de", "Jonge", null),
        member("marianne-witlox-van-den-ijssel", "Marianne", "", "Witlox-van den IJssel", null),
        member("mireille-groet", "Mireille", "", "Groet", "bzk", OpgaveRole.OPGAVEAANJAGER),
        member("vera-eijsvogel", "Vera", "", "Eijsvogel", "heemskerk"),
        member("lisette-van-t-veer", "Lisette", "van 't", "Veer", "heemskerk"),
        member("marit-van-der-toorn", "Marit", "van der", "Toorn", "heemskerk"),
        member("martijn-van-der-steen", "Martijn", "van der", "Steen", "nsob"),
        member("myrthe-van-delden", "Myrthe", "van", "Delden", "nsob"),
        member("jorren-scherpenisse", "Jorren", "", "Scherpenisse", "nsob"),
        member("jorgen-schram", "Jorgen", "", "Schram", "nsob"));
  }

  /** Returns members and organisations as a directory. */
  public static MemberDirectory directory() {
    return MemberDirectory.builder().organisations(organisations()).members(members()).build();
  }

  /**
   * Returns the programme of 4 March 2025 in the order of the slides; the durations are assumptions that fill
   * 10:00 to 13:30.
   */
  public static Programme meetingProgramme() {
    return Programme.of(List.of(
        item("Welkom bij de Opgavebeweging", ProgrammeItemKind.INLOOP, 10),
        item("Check-in: teken je provincie en haar schat", ProgrammeItemKind.CHECK_IN, 15),
        ProgrammeItem.builder().title("Opgavegericht organiseren bij Provincie Zuid-Holland")
            .kind(ProgrammeItemKind.PRESENTATIE).duration(Duration.ofMinutes(30)).speaker("Jos van der Ploeg")
            .build(),
        ProgrammeItem.builder().title("Dromen voor Doeners: Groene Cirkels").kind(ProgrammeItemKind.PRESENTATIE)
            .duration(Duration.ofMinutes(25)).speaker("Bob Houtkamp").build(),
        item("Pauze", ProgrammeItemKind.PAUZE, 15),
        item("In groepen aan de slag met vraagstukken vanuit PZH (World Café)", ProgrammeItemKind.GROEPSWERK, 55),
        item("Delen van inzichten", ProgrammeItemKind.DELEN_VAN_INZICHTEN, 20),
        item("Afronding", ProgrammeItemKind.AFRONDING, 10),
        item("Lunch", ProgrammeItemKind.LUNCH, 30)));
  }

  /**
   * Returns the five bijeenkomsten of the series; the clock times (10:00 to 13:30) are assumptions, the dates
   * and places are the seed's.
   */
  public static Calendar calendar() {
    return Calendar.builder().events(List.of(
        event(1, "Opgavebeweging 1", LocalDate.of(2024, 9, 26), "De Plint, Den Haag", "de-plint", null),
        event(2, "Opgavebeweging 2", LocalDate.of(2024, 12, 3), "Almere", "almere", null),
        event(3, "Opgavebeweging te gast bij Provincie Zuid-Holland", LocalDate.of(2025, 3, 4),
            "Provincie Zuid-Holland, Den Haag", "pzh", meetingProgramme()),
        event(4, "Opgavebeweging te gast bij Gemeente Zwolle", LocalDate.of(2025, 6, 3), "Gemeente Zwolle",
            "zwolle", null),
        event(5, "Opgavebeweging te gast bij Hogeschool van Amsterdam", LocalDate.of(2025, 9, 30),
            "Hogeschool van Amsterdam", "hva", null)))
        .build();
  }

  /** Returns the begrippenlijst exactly as the seed's portal lists it. */
  public static Begrippenlijst begrippenlijst() {
    return Begrippenlijst.builder()
        .entries(BEGRIPPENLIJST.stream().map(GlossaryEntry::parse).collect(Collectors.toList()))
        .build();
  }

  /** Returns the role poll as the seed shows it: no votes yet, "0 stemmen". */
  public static Poll rolePoll() {
    return Poll.rolePoll("opgavegerichte-rol");
  }

  /** Returns the Groene Cirkel opgave of Provincie Zuid-Holland with the roles of its slides. */
  public static Opgave groeneCirkelOpgave() {
    return Opgave.builder().id("groene-cirkels-pzh").title("Groene Cirkels").phase(OpgavePhase.UITVOEREN)
        .domain("Water, natuur en klimaat")
        .addAssignments(RoleAssignment.of("bob-houtkamp", OpgaveRole.AMBTELIJK_OPDRACHTGEVER))
        .addAssignments(RoleAssignment.of("karin", OpgaveRole.P_MANAGER))
        .addAssignments(RoleAssignment.of("martijn", OpgaveRole.TOELEVERANCIER))
        .build();
  }

  /** Returns the Heemskerk opgave from the second seed: the Europaplein, across the social, physical and safety domains. */
  public static Opgave europaplein() {
    return Opgave.builder().id("europaplein-heemskerk").title("Europaplein Heemskerk").phase(OpgavePhase.UITVOEREN)
        .domain("Sociaal, fysiek en veiligheid")
        .addAssignments(RoleAssignment.of("vera-eijsvogel", OpgaveRole.OPGAVETREKKER))
        .addAssignments(RoleAssignment.of("lisette-van-t-veer", OpgaveRole.TEAMLID))
        .addAssignments(RoleAssignment.of("marit-van-der-toorn", OpgaveRole.TEAMLID))
        .build();
  }

  /** Returns the whole community; the chat holds the one invitation the portal's text gives (an assumption). */
  public static Community community() {
    return Community.builder()
        .name("Opgavebeweging")
        .directory(directory())
        .calendar(calendar())
        .begrippenlijst(begrippenlijst())
        .poll(rolePoll())
        .chat(Chat.builder().addMessages(ChatMessage.builder().id("welkom").authorId("joyce-otten")
            .sentAt(ZonedDateTime.of(2025, 3, 4, 13, 30, 0, 0, Event.AMSTERDAM).toInstant())
            .text("Welkom in de digitale omgeving van de Opgavebeweging! Stel hier je vragen of deel je tips.")
            .build()).build())
        .addOpgaven(groeneCirkelOpgave(), europaplein())
        .build();
  }

  private static Member member(String id, String voornaam, String tussenvoegsel, String achternaam,
      String organisation, OpgaveRole... roles) {
    Member.Builder member = Member.builder().id(id).name(PersonName.of(voornaam, tussenvoegsel, achternaam))
        .addRoles(roles);
    if (organisation != null) {
      member.organisationId(organisation);
    }
    return member.build();
  }

  private static ProgrammeItem item(String title, ProgrammeItemKind kind, int minutes) {
    return ProgrammeItem.of(title, kind, Duration.ofMinutes(minutes));
  }

  private static Event event(int number, String title, LocalDate date, String location, String host,
      Programme programme) {
    Event.Builder event = Event.builder().id("opgavebeweging-" + number).series("Opgavebeweging").number(number)
        .title(title)
        .start(ZonedDateTime.of(date, LocalTime.of(10, 0), Event.AMSTERDAM))
        .end(ZonedDateTime.of(date, LocalTime.of(13, 30), Event.AMSTERDAM))
        .location(location)
        .hostOrganisationId(host);
    if (programme != null) {
      event.programme(programme);
    }
    return event.build();
  }
}
