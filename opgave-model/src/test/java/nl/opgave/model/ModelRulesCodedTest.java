package nl.opgave.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.opgave.model.cafe.AlternativeKind;
import nl.opgave.model.cafe.Harvest;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.PinnedSeat;
import nl.opgave.model.cafe.RepairRequest;
import nl.opgave.model.cafe.RotationAlternative;
import nl.opgave.model.cafe.RotationBounds;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.RotationStatistics;
import nl.opgave.model.cafe.Seating;
import nl.opgave.model.cafe.Side;
import nl.opgave.model.cafe.Stop;
import nl.opgave.model.cafe.StopReason;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.cafe.Vraagstuk;
import nl.opgave.model.community.Calendar;
import nl.opgave.model.community.Chat;
import nl.opgave.model.community.ChatMessage;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Event;
import nl.opgave.model.community.GlossaryCategory;
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
import nl.opgave.model.community.PollOption;
import nl.opgave.model.community.Programme;
import nl.opgave.model.community.ProgrammeItem;
import nl.opgave.model.community.ProgrammeItemKind;
import nl.opgave.model.community.RoleAssignment;
import nl.opgave.model.doelenboom.CrossLink;
import nl.opgave.model.doelenboom.Droombijeenkomst;
import nl.opgave.model.doelenboom.GroeneCirkel;
import nl.opgave.model.doelenboom.GroeneCirkelFamilie;
import nl.opgave.model.doelenboom.LadderingChain;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.doelenboom.Owner;
import nl.opgave.model.doelenboom.OwnerKind;
import nl.opgave.model.doelenboom.Project;
import nl.opgave.model.doelenboom.Stap;
import nl.opgave.model.doelenboom.StepState;
import nl.opgave.model.doelenboom.StepStatus;
import nl.opgave.model.seed.DromenVoorDoeners;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of the model that were worded as free English text (code MODEL_RULE) and the English field labels
 * of members, organisations, polls, tables, sides, ... now come from the one table: each is broken by a real value,
 * reports its code (never MODEL_RULE), keeps its English text and reads as Dutch without an English word.
 */
class ModelRulesCodedTest {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final ZonedDateTime START = ZonedDateTime.of(2025, 6, 3, 10, 0, 0, 0, Event.AMSTERDAM);
  private static final Instant SENT = START.toInstant();
  private static final String ID = "must be 1-100 letters, digits, '.', '_', ':' or '-' starting with a letter or"
      + " digit, but was ";
  private static final String ID_NL = "moet 1-100 letters, cijfers, '.', '_', ':' of '-' zijn, beginnend met een"
      + " letter of cijfer, maar was ";

  /**
   * A value that breaks converted rules: the codes it must report in order, the English text of each problem
   * (as it read before the rules had codes) and the Dutch text of the first, or null where not pinned.
   */
  record Rule(String name, Executable build, List<ProblemCode> codes, List<String> english, String dutch) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Rule rule(String name, Executable build, List<ProblemCode> codes, List<String> english,
      String dutch) {
    return new Rule(name, build, codes, english, dutch);
  }

  static Stream<Rule> rules() {
    Community seed = Opgavebeweging.community();
    Event lost = Event.builder().id("e9").series("Opgavebeweging").number(9).title("Zwolle").location("Zwolle")
        .start(START).end(START.plusHours(2)).hostOrganisationId("nergens").build();
    Opgave opgave = Opgave.builder().id("o1").title("Groene daken").phase(OpgavePhase.VERKENNEN).domain("Klimaat")
        .addAssignments(RoleAssignment.of("onbekend-3", OpgaveRole.OPGAVEMANAGER)).build();
    Member jos = Member.builder().id("jos").name(PersonName.of("Jos", "van der", "Ploeg")).build();
    Organisation zh = Organisation.of("zh", "Zuid-Holland", OrganisationKind.PROVINCIE);
    ChatMessage message = ChatMessage.builder().id("m2").authorId("jos").sentAt(SENT).text("Hallo").build();
    PollOption option = PollOption.of("ja", "Ja");
    GroeneCirkel circle = DromenVoorDoeners.denHaag();
    Project first = circle.projects().get(0);
    Project lonely = Project.builder().from(first).id("los").servedNodeIds(List.of("nergens")).build();
    Programme programme = Programme.of(List.of(ProgrammeItem.of("Lang", ProgrammeItemKind.OVERIG,
        Duration.ofHours(3))));
    RotationPlan plan = plan();
    return Stream.of(
        rule("community: every dangling reference", () -> Community.builder().from(seed)
            .calendar(Calendar.builder().from(seed.calendar()).addEvents(lost).build())
            .poll(seed.poll().orElseThrow().vote("onbekend-1", "opgavecoach"))
            .chat(seed.chat().post(ChatMessage.builder().from(message).authorId("onbekend-2").build()))
            .addOpgaven(opgave).build(),
            List.of(ProblemCode.EVENT_HOST_UNKNOWN, ProblemCode.POLL_VOTER_UNKNOWN, ProblemCode.CHAT_AUTHOR_UNKNOWN,
                ProblemCode.ROLE_MEMBER_UNKNOWN),
            List.of("event 'e9': hostOrganisationId 'nergens' names no organisation",
                "poll 'opgavegerichte-rol': vote by 'onbekend-1' names no member",
                "chat message 'm2': authorId 'onbekend-2' names no member",
                "opgave 'o1': Opgavemanager 'onbekend-3' names no member"),
            "bijeenkomst 'e9': de gastorganisatie 'nergens' noemt geen bestaande organisatie"),
        rule("community: name and opgaven", () -> Community.builder().from(seed).name(" ")
            .opgaven(List.of(opgave.withAssignments(), opgave.withAssignments())).build(),
            List.of(ProblemCode.TEXT_BLANK, ProblemCode.ID_TWICE),
            List.of("community name must not be blank, but was ' '", "opgaven contains the id 'o1' twice"),
            "de naam van de gemeenschap mag niet leeg zijn, maar was ' '"),
        rule("member directory: organisation of no organisation", () -> MemberDirectory.builder()
            .addMembers(Member.builder().from(jos).organisationId("nergens").build()).build(),
            List.of(ProblemCode.MEMBER_ORGANISATION_UNKNOWN),
            List.of("member 'jos': organisationId 'nergens' names no organisation in the directory"),
            "lid 'jos': de organisatie 'nergens' noemt geen bestaande organisatie in het ledenbestand"),
        rule("member directory: ids twice", () -> MemberDirectory.builder().addOrganisations(zh, zh)
            .addMembers(jos, jos).build(), List.of(ProblemCode.ID_TWICE, ProblemCode.ID_TWICE),
            List.of("directory.organisations contains the id 'zh' twice", "directory.members contains the id 'jos' twice"),
            "de lijst van organisaties bevat het id 'zh' twee keer"),
        rule("opgave", () -> Opgave.builder().from(opgave).id("o 1").title(" ").domain(" ").build(),
            List.of(ProblemCode.NOT_AN_ID, ProblemCode.TEXT_BLANK, ProblemCode.TEXT_BLANK),
            List.of("opgave.id " + ID + "'o 1'", "opgave 'o 1' title must not be blank, but was ' '",
                "opgave 'o 1' domain must not be blank, but was ' '"),
            "het id van de opgave " + ID_NL + "'o 1'"),
        rule("role assignment", () -> RoleAssignment.of("a b", OpgaveRole.TEAMLID),
            List.of(ProblemCode.NOT_AN_ID), List.of("role assignment memberId " + ID + "'a b'"),
            "het lid met een rol " + ID_NL + "'a b'"),
        rule("member", () -> Member.builder().from(jos).id("j 1").organisationId("z h").build(),
            List.of(ProblemCode.NOT_AN_ID, ProblemCode.NOT_AN_ID),
            List.of("member.id " + ID + "'j 1'", "member.organisationId of j 1 " + ID + "'z h'"),
            "het id van het lid " + ID_NL + "'j 1'"),
        rule("organisation", () -> Organisation.of("z h", " ", OrganisationKind.RIJK),
            List.of(ProblemCode.NOT_AN_ID, ProblemCode.TEXT_BLANK),
            List.of("organisation.id " + ID + "'z h'", "organisation.name of z h must not be blank, but was ' '"),
            "het id van de organisatie " + ID_NL + "'z h'"),
        rule("calendar: event twice", () -> Calendar.builder().addEvents(lost, lost).build(),
            List.of(ProblemCode.ID_TWICE), List.of("calendar.events contains the id 'e9' twice"),
            "de kalender bevat het id 'e9' twee keer"),
        rule("chat: message twice", () -> Chat.builder().addMessages(message, message).build(),
            List.of(ProblemCode.ID_TWICE), List.of("chat messages contains the id 'm2' twice"),
            "de lijst van chatberichten bevat het id 'm2' twee keer"),
        rule("chat message", () -> ChatMessage.builder().id("m 1").authorId("a b").sentAt(SENT).text(" ").build(),
            List.of(ProblemCode.NOT_AN_ID, ProblemCode.NOT_AN_ID, ProblemCode.TEXT_BLANK),
            List.of("chat message id " + ID + "'m 1'", "chat message 'm 1' authorId " + ID + "'a b'",
                "chat message 'm 1' text must not be blank, but was ' '"),
            "het id van het chatbericht " + ID_NL + "'m 1'"),
        rule("poll", () -> Poll.builder().id("p 1").question(" ").addOptions(option, option).putVote("a b", "x")
            .build(),
            List.of(ProblemCode.NOT_AN_ID, ProblemCode.TEXT_BLANK, ProblemCode.ID_TWICE, ProblemCode.NOT_AN_ID,
                ProblemCode.POLL_UNKNOWN_OPTION),
            List.of("poll.id " + ID + "'p 1'", "poll question must not be blank, but was ' '",
                "poll 'p 1' options contains the id 'ja' twice", "poll vote memberId " + ID + "'a b'",
                "poll 'p 1': vote of member 'a b' names unknown option 'x'"),
            "het id van de peiling " + ID_NL + "'p 1'"),
        rule("poll: a vote for an unknown option", () -> Opgavebeweging.rolePoll().vote("jos", "burgemeester"),
            List.of(ProblemCode.POLL_UNKNOWN_OPTION),
            List.of("poll 'opgavegerichte-rol': vote of member 'jos' names unknown option 'burgemeester'"),
            "peiling 'opgavegerichte-rol': lid 'jos' stemt op keuze 'burgemeester', maar die keuze heeft de peiling niet"),
        rule("poll: a vote by no member id", () -> Opgavebeweging.rolePoll().vote("a b", "opgavecoach"),
            List.of(ProblemCode.NOT_AN_ID), List.of("poll vote memberId " + ID + "'a b'"),
            "het lid dat stemt " + ID_NL + "'a b'"),
        rule("poll option", () -> PollOption.of("o 1", " "),
            List.of(ProblemCode.NOT_AN_ID, ProblemCode.TEXT_BLANK),
            List.of("poll option id " + ID + "'o 1'", "poll option label of 'o 1' must not be blank, but was ' '"),
            "het id van de keuze " + ID_NL + "'o 1'"),
        rule("begrippenlijst entry", () -> GlossaryEntry.builder().category(GlossaryCategory.LEZEN).title(" ")
            .source(" ").build(), List.of(ProblemCode.TEXT_BLANK, ProblemCode.TEXT_BLANK),
            List.of("begrippenlijst title must not be blank, but was ' '",
                "begrippenlijst source of ' ' must not be blank, but was ' '"),
            "de titel in de begrippenlijst mag niet leeg zijn, maar was ' '"),
        rule("begrippenlijst label: blank", () -> GlossaryEntry.parse(" "), List.of(ProblemCode.TEXT_BLANK),
            List.of("begrippenlijst label must not be blank, but was ' '"),
            "het label in de begrippenlijst mag niet leeg zijn, maar was ' '"),
        rule("begrippenlijst label: no category", () -> GlossaryEntry.parse("Boek | Tricky Tijden"),
            List.of(ProblemCode.GLOSSARY_LABEL_CATEGORY),
            List.of("begrippenlijst label 'Boek | Tricky Tijden' must start with a category (Bijeenkomst, Casustiek | ,"
                + " Lezen | , Overig | , Podcast | , Toolkit | , Werkvorm | )"),
            "het label 'Boek | Tricky Tijden' in de begrippenlijst moet met een categorie beginnen (Bijeenkomst,"
                + " Casustiek | , Lezen | , Overig | , Podcast | , Toolkit | , Werkvorm | )"),
        rule("timetable: past midnight", () -> programme.timetable(LocalTime.of(23, 0), Optional.empty()),
            List.of(ProblemCode.PROGRAMME_PAST_MIDNIGHT),
            List.of("programme starting at 23:00 runs PT3H and would run past midnight"),
            "een programma dat om 23:00 begint, duurt PT3H en zou na middernacht doorlopen"),
        rule("timetable: planned end before the start", () -> programme.timetable(LocalTime.of(10, 0),
            Optional.of(LocalTime.of(9, 0))), List.of(ProblemCode.PROGRAMME_END_BEFORE_START),
            List.of("planned end 09:00 lies before the start 10:00"), "het geplande einde 09:00 ligt voor het begin 10:00"),
        rule("side", () -> Side.of(0, " ", " "),
            List.of(ProblemCode.NOT_POSITIVE, ProblemCode.TEXT_BLANK, ProblemCode.TEXT_BLANK),
            List.of("side.number must be positive, but was 0", "side 0: name must not be blank, but was ' '",
                "side 0: englishName must not be blank, but was ' '"),
            "het nummer van de kant moet positief zijn, maar was 0"),
        rule("pinned seat", () -> PinnedSeat.of("a b", 0, 0),
            List.of(ProblemCode.NOT_AN_ID, ProblemCode.NOT_POSITIVE, ProblemCode.NOT_POSITIVE),
            List.of("pinned seat participant " + ID + "'a b'", "pinned seat of a b: round must be positive, but was 0",
                "pinned seat of a b: table must be positive, but was 0"),
            "de deelnemer van een vaste plaats " + ID_NL + "'a b'"),
        rule("vraagstuk", () -> Vraagstuk.builder().number(0).title(" ").description(" ").build(),
            List.of(ProblemCode.NOT_POSITIVE, ProblemCode.TEXT_BLANK, ProblemCode.TEXT_BLANK),
            List.of("vraagstuk.number must be positive, but was 0", "vraagstuk 0: title must not be blank, but was ' '",
                "vraagstuk 0: description must not be blank, but was ' '"),
            "het nummer van het vraagstuk moet positief zijn, maar was 0"),
        rule("table", () -> Table.builder().number(0).side(0).vraagstuk(0).host("a b").capacity(0).build(),
            List.of(ProblemCode.NOT_POSITIVE, ProblemCode.NOT_POSITIVE, ProblemCode.NOT_POSITIVE,
                ProblemCode.NOT_AN_ID, ProblemCode.NOT_POSITIVE),
            List.of("table.number must be positive, but was 0", "table 0: side must be positive, but was 0",
                "table 0: vraagstuk must be positive, but was 0", "table 0: host " + ID + "'a b'",
                "table 0: capacity must be positive, but was 0"),
            "het tafelnummer moet positief zijn, maar was 0"),
        rule("harvest", () -> Harvest.builder().side(0).instruction(" ").question(" ").build(),
            List.of(ProblemCode.NOT_POSITIVE, ProblemCode.TEXT_BLANK, ProblemCode.TEXT_BLANK),
            List.of("harvest.side must be positive, but was 0",
                "harvest of side 0: instruction must not be blank, but was ' '",
                "harvest of side 0: question must not be blank, but was ' '"),
            "de kant van de oogst moet positief zijn, maar was 0"),
        rule("stop", () -> Stop.builder().round(0).build(), List.of(ProblemCode.NOT_POSITIVE),
            List.of("stop.round must be positive, but was 0"),
            "de ronde van een halte in de route moet positief zijn, maar was 0"),
        rule("repair request", () -> RepairRequest.builder().fromRound(0).addLeaving("a b").build(),
            List.of(ProblemCode.NOT_POSITIVE, ProblemCode.NOT_AN_ID),
            List.of("repair request: fromRound must be positive, but was 0", "repair request: leaving " + ID + "'a b'"),
            "herstelaanvraag: de eerste herstelde ronde moet positief zijn, maar was 0"),
        rule("rotation alternative: across sides", () -> RotationAlternative.builder()
            .kind(AlternativeKind.CROSS_SIDES).repeatsLowerBound(-1).achievedRepeats(-2).build(),
            List.of(ProblemCode.ALTERNATIVE_NEGATIVE, ProblemCode.ALTERNATIVE_NEGATIVE),
            List.of("alternative CROSS_SIDES: repeatsLowerBound must not be negative, but was -1",
                "alternative CROSS_SIDES: achievedRepeats must not be negative, but was -2"),
            "het alternatief waarin deelnemers van kant mogen wisselen: de ondergrens van herhalingen mag niet"
                + " negatief zijn, maar was -1"),
        rule("rotation alternative: without the vraagstuk rule", () -> RotationAlternative.of(
            AlternativeKind.WITHOUT_VRAAGSTUK_RULE, -1), List.of(ProblemCode.ALTERNATIVE_NEGATIVE),
            List.of("alternative WITHOUT_VRAAGSTUK_RULE: repeatsLowerBound must not be negative, but was -1"),
            "het alternatief waarin een vraagstuk twee keer mag komen: de ondergrens van herhalingen mag niet"
                + " negatief zijn, maar was -1"),
        rule("rotation plan: a table in no round", () -> plan.table("a", 2), List.of(ProblemCode.PLAN_ROUND_RANGE),
            List.of("round must lie between 1 and 1, but was 2"), "de ronde moet tussen 1 en 1 liggen, maar was 2"),
        rule("rotation plan: a roster of no round", () -> plan.roster(0), List.of(ProblemCode.PLAN_ROUND_RANGE),
            List.of("round must lie between 1 and 1, but was 0"), null),
        rule("rotation plan: an itinerary of no participant", () -> plan.itinerary("x"),
            List.of(ProblemCode.PLAN_PARTICIPANT_UNKNOWN), List.of("participant 'x' is not in the plan"),
            "deelnemer 'x' staat niet in het plan"),
        rule("node", () -> Node.of("n 1", Level.DROOM, " "), List.of(ProblemCode.NOT_AN_ID, ProblemCode.TEXT_BLANK),
            List.of("node.id " + ID + "'n 1'", "node 'n 1': text must not be blank, but was ' '"),
            "het id van de knoop " + ID_NL + "'n 1'"),
        rule("link", () -> Link.of("a b", "c d"), List.of(ProblemCode.NOT_AN_ID, ProblemCode.NOT_AN_ID),
            List.of("link.childId " + ID + "'a b'", "link from 'a b': parentId " + ID + "'c d'"),
            "het kind van een verwijzing " + ID_NL + "'a b'"),
        rule("cross-link", () -> CrossLink.of("a b", "c d"), List.of(ProblemCode.NOT_AN_ID, ProblemCode.NOT_AN_ID),
            List.of("crossLink.fromId " + ID + "'a b'", "crossLink from 'a b': toId " + ID + "'c d'"),
            "het begin van een kruisverwijzing " + ID_NL + "'a b'"),
        rule("owner", () -> Owner.of(OwnerKind.MEMBER, "a b"), List.of(ProblemCode.NOT_AN_ID),
            List.of("owner.id " + ID + "'a b'"), "het id van de eigenaar " + ID_NL + "'a b'"),
        rule("step status", () -> StepStatus.builder().stap(Stap.ANALYSE).state(StepState.DONE).note(" ").build(),
            List.of(ProblemCode.TEXT_BLANK), List.of("step 3 note must not be blank, but was ' '"),
            "de notitie bij stap 3 mag niet leeg zijn, maar was ' '"),
        rule("droombijeenkomst", () -> Droombijeenkomst.builder().addQuestions("Waarom?", " ").build(),
            List.of(ProblemCode.TEXT_BLANK), List.of("droombijeenkomst question 2 must not be blank, but was ' '"),
            "vraag 2 van de droombijeenkomst mag niet leeg zijn, maar was ' '"),
        rule("familie", () -> GroeneCirkelFamilie.builder().name(" ").addCircles(circle, circle).build(),
            List.of(ProblemCode.TEXT_BLANK, ProblemCode.ID_TWICE),
            List.of("familie.name must not be blank, but was ' '",
                "familie ' ': circles contains the id '" + circle.id() + "' twice"),
            "de naam van de familie mag niet leeg zijn, maar was ' '"),
        rule("laddering chain", () -> LadderingChain.builder().participant(" ").addSteps("Spelen", " ").build(),
            List.of(ProblemCode.TEXT_BLANK, ProblemCode.TEXT_BLANK),
            List.of("laddering participant must not be blank, but was ' '",
                "laddering chain of ' ': step 2 must not be blank, but was ' '"),
            "de deelnemer van de ladderketen mag niet leeg zijn, maar was ' '"),
        rule("Groene Cirkel", () -> GroeneCirkel.builder().from(circle).id("g 1").name(" ").droom(" ")
            .partners(List.of(circle.partners().get(0), circle.partners().get(0)))
            .projects(List.of(first, first, lonely))
            .horizons(List.of(circle.horizons().get(0), circle.horizons().get(0)))
            .steps(List.of(StepStatus.of(Stap.ANALYSE, StepState.DONE),
                StepStatus.of(Stap.GEZAMENLIJKE_VISIE, StepState.DONE))).build(),
            List.of(ProblemCode.NOT_AN_ID, ProblemCode.TEXT_BLANK, ProblemCode.TEXT_BLANK, ProblemCode.ID_TWICE,
                ProblemCode.ID_TWICE, ProblemCode.ID_TWICE, ProblemCode.CIRKEL_STEP_ORDER,
                ProblemCode.CIRKEL_NODE_UNKNOWN),
            List.of("groeneCirkel.id " + ID + "'g 1'", "groene cirkel 'g 1': name must not be blank, but was ' '",
                "groene cirkel 'g 1': droom must not be blank, but was ' '",
                "groene cirkel 'g 1': partners contains the id '" + circle.partners().get(0).id() + "' twice",
                "groene cirkel 'g 1': projects contains the id '" + first.id() + "' twice",
                "groene cirkel 'g 1': horizons contains the id '" + circle.horizons().get(0).name() + "' twice",
                "groene cirkel 'g 1': steps must be listed once each in step order, but step 1 follows step 3",
                "groene cirkel 'g 1': project 'los' serves node 'nergens', which is not in the doelenboom"),
            "het id van de Groene Cirkel " + ID_NL + "'g 1'"),
        rule("level: depth", () -> Level.atDepth(3), List.of(ProblemCode.LEVEL_DEPTH),
            List.of("level depth must be 0, 1 or 2, but was 3"), "de diepte van een niveau moet 0, 1 of 2 zijn, maar was 3"),
        rule("level: text", () -> Level.parse("hoezo"), List.of(ProblemCode.LEVEL_UNKNOWN),
            List.of("level must be droom (waarom), doel (wat) or project (hoe), but was 'hoezo'"),
            "het niveau moet droom (waarom), doel (wat) of project (hoe) zijn, maar was 'hoezo'"),
        rule("null element of a list", () -> Calendar.builder().addEvents((Event) null),
            List.of(ProblemCode.NULL_ELEMENT), List.of("events element must not be null"),
            "een element van events mag niet leeg (null) zijn"),
        rule("null key of a map", () -> Poll.builder().putVote(null, "ja"), List.of(ProblemCode.NULL_MAP_KEY),
            List.of("votes key must not be null"), "een sleutel van votes mag niet leeg (null) zijn"),
        rule("null value of a map", () -> Poll.builder().putVote("jos", null), List.of(ProblemCode.NULL_MAP_VALUE),
            List.of("votes value for key 'jos' must not be null"),
            "de waarde bij sleutel 'jos' in votes mag niet leeg (null) zijn"));
  }

  private static RotationPlan plan() {
    RotationRequest request = RotationRequest.builder().addParticipants(Participant.of("a", "x"),
        Participant.of("b", "y")).addTables(Table.of(1)).rounds(1).build();
    RotationStatistics statistics = RotationStatistics.builder().repeats(0).repeatedPairs(0).maxMeetings(1)
        .vraagstukRepeats(0).colleagueMeetings(0).keepApartBroken(0).keepTogetherBroken(0).minContacts(1)
        .meanContacts(1).maxContacts(1).build();
    RotationBounds bounds = RotationBounds.builder().counting(0).pigeonhole(0).vraagstuk(0).colleagues(0).build();
    return RotationPlan.builder().request(request).addSeatings(Seating.of(1, List.of(1, 1))).statistics(statistics)
        .bounds(bounds).iterations(1).stopReason(StopReason.BOUND_REACHED).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rule_hasItsCode_keepsItsEnglish_andReadsAsDutch(Rule rule) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, rule.build()::execute);
    assertThat(e).as("the value must be refused").isNotNull();

    assertThat(e.details()).extracting(ProblemMessage::code).containsExactlyElementsOf(rule.codes())
        .doesNotContain(ProblemCode.MODEL_RULE);
    assertThat(e.problems()).containsExactlyElementsOf(rule.english());
    for (ProblemMessage detail : e.details()) {
      String dutch = detail.message(DUTCH);
      assertThat(EnglishWords.in(withoutAttribute(dutch, detail))).as(dutch).isEmpty();
      assertThat(dutch).as(dutch).isNotEqualTo(detail.message()).doesNotContain("#").doesNotContain("\u001F");
      assertThat(detail.message()).doesNotContain("#").doesNotContain("\u001F");
    }
    if (rule.dutch() != null) {
      assertThat(e.details().get(0).message(DUTCH)).isEqualTo(rule.dutch());
    }
  }

  /** The null checks of the generated builders name the Java attribute ("votes"), an identifier, not a word. */
  private static String withoutAttribute(String text, ProblemMessage detail) {
    switch (detail.code()) {
      case NULL_ELEMENT:
      case NULL_MAP_KEY:
      case NULL_MAP_VALUE:
        return text.replace(detail.arguments().get(0), "");
      default:
        return text;
    }
  }

  @Test
  void theModelsSources_wordNoRuleAsFreeText() throws IOException {
    Pattern freeText = Pattern.compile("new (?:nl\\.opgave\\.model\\.)?InvalidValueException\\(\"|Checks\\.check\\("
        + "|Checks\\.none\\(|ProblemCode\\.MODEL_RULE|ProblemCode\\.TEXT\\b");
    Path root = Path.of("src/main/java");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
        String name = root.relativize(file).toString().replace('\\', '/');
        if (name.equals("nl/opgave/model/ProblemCode.java")
            || name.equals("nl/opgave/model/InvalidValueException.java")
            || name.equals("nl/opgave/model/internal/Checks.java")) {
          continue;
        }
        Matcher m = freeText.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          found.add(name + ": " + m.group());
        }
      }
    }
    assertThat(found).as("rules worded as free text in the model").isEmpty();
  }
}
