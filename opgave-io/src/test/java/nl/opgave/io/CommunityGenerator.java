package nl.opgave.io;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nl.opgave.model.community.Begrippenlijst;
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

/** Seeded generator of valid communities with awkward text: accents, IJ, quotes, emoji, line breaks, DST days. */
final class CommunityGenerator {
  private static final String[] VOORNAMEN = {"Jos", "Anouk", "Sjoerd", "Ïda", "Zoë", "IJsbrand", "Renée", "Daan",
      "Fatma", "Mohammed", "Chloé", "Teun", "Bram", "Noëlle", "Ömer", "Saskia"};
  private static final String[] TUSSENVOEGSELS = {"van", "van der", "de", "van 't", "ter", "den", "van den", "in 't"};
  private static final String[] ACHTERNAMEN = {"Ploeg", "Houtkamp", "IJsselmuiden", "Witlox-van den IJssel", "Çelik",
      "Ruijters", "D'Ancona", "Østergaard", "Müller", "Eijsvogel", "Bakker", "Jansen", "O\"Neill", "Vries"};
  private static final String[] WORDS = {"opgave", "samenwerken", "Groene Cirkel", "café", "\"quotes\"", "back\\slash",
      "tab\there", "regel\nbreuk", "emoji 🌱", "ĳ-ligatuur", "€ 5,-", "semi;colon", "comma,here", "<html>", "'t",
      "IJmuiden", "a/b", "~tilde", "\u2028sep"};

  private final SplittableRandom random;

  private CommunityGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Returns a community with the given number of members and proportionate other content. */
  static Community community(long seed, int members) {
    return new CommunityGenerator(seed).generate(members);
  }

  private Community generate(int memberCount) {
    List<Organisation> organisations = new ArrayList<>();
    int orgCount = random.nextInt(1 + memberCount / 50 + 2);
    for (int i = 0; i < orgCount; i++) {
      organisations.add(Organisation.of("org-" + i, text(3), pick(OrganisationKind.values())));
    }
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < memberCount; i++) {
      Member.Builder member = Member.builder().id(id("m", i)).name(name());
      if (!organisations.isEmpty() && random.nextInt(4) > 0) {
        member.organisationId(organisations.get(random.nextInt(organisations.size())).id());
      }
      Set<OpgaveRole> roles = EnumSet.noneOf(OpgaveRole.class);
      for (int r = random.nextInt(3); r > 0; r--) {
        roles.add(pick(OpgaveRole.values()));
      }
      members.add(member.roles(roles).build());
    }
    MemberDirectory directory = MemberDirectory.builder().organisations(organisations).members(members).build();

    List<Event> events = new ArrayList<>();
    int eventCount = random.nextInt(3 + memberCount / 100 + 1);
    for (int i = 0; i < eventCount; i++) {
      events.add(event(i, organisations));
    }
    List<GlossaryEntry> entries = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (int i = random.nextInt(6 + memberCount / 50); i > 0; i--) {
      GlossaryEntry.Builder entry = GlossaryEntry.builder().category(pick(GlossaryCategory.values()))
          .title(text(4) + " " + i);
      if (random.nextBoolean()) {
        entry.source(text(2));
      }
      if (random.nextBoolean()) {
        entry.link(URI.create("https://example.org/begrip/" + i + "?q=a&b=" + random.nextInt(100)));
      }
      GlossaryEntry built = entry.build();
      if (labels.add(built.label())) {
        entries.add(built);
      }
    }
    Community.Builder community = Community.builder()
        .name(text(2))
        .directory(directory)
        .calendar(Calendar.builder().events(events).build())
        .begrippenlijst(Begrippenlijst.builder().entries(entries).build());
    if (random.nextInt(3) > 0) {
      community.poll(poll(members));
    }
    List<ChatMessage> messages = new ArrayList<>();
    if (!members.isEmpty()) {
      for (int i = random.nextInt(2 + memberCount / 5); i > 0; i--) {
        messages.add(ChatMessage.builder().id(id("msg", i))
            .authorId(members.get(random.nextInt(members.size())).id())
            .sentAt(instant())
            .text(text(1 + random.nextInt(12)))
            .build());
      }
    }
    community.chat(Chat.builder().messages(messages).build());
    for (int i = random.nextInt(2 + memberCount / 50); i > 0; i--) {
      community.addOpgaven(opgave(i, members));
    }
    return community.build();
  }

  private PersonName name() {
    PersonName.Builder name = PersonName.builder();
    int shape = random.nextInt(6);
    if (shape != 1) {
      name.voornaam(pick(VOORNAMEN));
    }
    if (shape == 1 || shape == 2) {
      name.voorletters(pick(new String[] {"J.", "A.B.", "IJ.", "M.C.E."}));
    }
    if (shape != 3 || random.nextBoolean()) {
      name.achternaam(pick(ACHTERNAMEN));
      if (random.nextInt(3) == 0) {
        name.tussenvoegsel(pick(TUSSENVOEGSELS));
      }
    }
    return name.build();
  }

  private Event event(int i, List<Organisation> organisations) {
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3650));
    if (random.nextInt(5) == 0) {
      date = random.nextBoolean() ? LocalDate.of(2025, 3, 30) : LocalDate.of(2025, 10, 26);
    }
    LocalTime start = LocalTime.of(random.nextInt(4, 18), random.nextInt(60), random.nextInt(3) == 0
        ? random.nextInt(60) : 0);
    ZonedDateTime from = ZonedDateTime.of(date, start, Event.AMSTERDAM);
    ZonedDateTime to = from.plusMinutes(1 + random.nextInt(300));
    if (!to.toLocalDate().equals(from.toLocalDate())) {
      to = from.plusMinutes(1);
    }
    Event.Builder event = Event.builder().id(id("ev", i)).series(text(1)).number(1 + random.nextInt(1000))
        .title(text(5)).start(from).end(to).location(text(2));
    if (!organisations.isEmpty() && random.nextBoolean()) {
      event.hostOrganisationId(organisations.get(random.nextInt(organisations.size())).id());
    }
    if (random.nextBoolean()) {
      List<ProgrammeItem> items = new ArrayList<>();
      for (int k = random.nextInt(8); k > 0; k--) {
        ProgrammeItem.Builder item = ProgrammeItem.builder().title(text(3)).kind(pick(ProgrammeItemKind.values()))
            .duration(Duration.ofMinutes(1 + random.nextInt(90)).plusSeconds(random.nextInt(4) == 0 ? 30 : 0));
        if (random.nextBoolean()) {
          item.speaker(pick(VOORNAMEN) + " " + pick(ACHTERNAMEN));
        }
        items.add(item.build());
      }
      event.programme(Programme.of(items));
    }
    return event.build();
  }

  private Poll poll(List<Member> members) {
    List<PollOption> options = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(6); i++) {
      options.add(PollOption.of(id("opt", i), text(2)));
    }
    Map<String, String> votes = new LinkedHashMap<>();
    for (Member member : members) {
      if (random.nextInt(3) == 0) {
        votes.put(member.id(), options.get(random.nextInt(options.size())).id());
      }
    }
    return Poll.builder().id("poll-" + random.nextInt(100)).question(text(6) + "?").options(options).votes(votes)
        .build();
  }

  private Opgave opgave(int i, List<Member> members) {
    Opgave.Builder opgave = Opgave.builder().id(id("opg", i)).title(text(3)).phase(pick(OpgavePhase.values()))
        .domain(text(2));
    Set<RoleAssignment> seen = new HashSet<>();
    if (!members.isEmpty()) {
      for (int k = random.nextInt(6); k > 0; k--) {
        RoleAssignment assignment = RoleAssignment.of(members.get(random.nextInt(members.size())).id(),
            pick(OpgaveRole.values()));
        if (seen.add(assignment)) {
          opgave.addAssignments(assignment);
        }
      }
    }
    return opgave.build();
  }

  private Instant instant() {
    Instant instant = Instant.ofEpochSecond(1_577_836_800L + random.nextLong(315_360_000L));
    return random.nextInt(4) == 0 ? instant.plusNanos(random.nextInt(1_000_000_000)) : instant;
  }

  private String id(String prefix, int i) {
    String[] shapes = {"", ".x", "_y", ":z", "-Ä", "-ü"};
    return prefix + "-" + i + shapes[random.nextInt(shapes.length)];
  }

  private String text(int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(random.nextInt(3) == 0 ? pick(WORDS) : pick(VOORNAMEN));
    }
    return text.toString().strip();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
