package nl.opgave.io;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.opgave.io.internal.JsonName;
import nl.opgave.io.internal.JsonOut;
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

/** The "opgave.community" document and the codecs of every value it holds. */
final class CommunityCodec implements DocumentCodec<Community> {
  static final CommunityCodec INSTANCE = new CommunityCodec();

  static final EnumTokens<OrganisationKind> KINDS = EnumTokens.of(OrganisationKind.class);
  static final EnumTokens<OpgaveRole> ROLES = EnumTokens.of(OpgaveRole.class);
  static final EnumTokens<OpgavePhase> PHASES = EnumTokens.of(OpgavePhase.class);
  static final EnumTokens<ProgrammeItemKind> ITEM_KINDS = EnumTokens.of(ProgrammeItemKind.class);
  static final EnumTokens<GlossaryCategory> CATEGORIES = EnumTokens.of(GlossaryCategory.class);

  private static final OpgaveRole[] ROLE_VALUES = OpgaveRole.values();
  private static final FieldNames COMMUNITY_FIELDS = FieldNames.of("name", "directory", "calendar", "begrippenlijst",
      "poll", "chat", "opgaven");
  private static final FieldNames ORGANISATION_FIELDS = FieldNames.of("id", "name", "kind");
  private static final FieldNames NAME_FIELDS = FieldNames.of("voornaam", "voorletters", "tussenvoegsel",
      "achternaam");
  private static final FieldNames MEMBER_FIELDS = FieldNames.of("id", "name", "organisationId", "roles");
  private static final FieldNames DIRECTORY_FIELDS = FieldNames.of("organisations", "members");
  private static final FieldNames ITEM_FIELDS = FieldNames.of("title", "kind", "duration", "speaker");
  private static final FieldNames EVENT_FIELDS = FieldNames.of("id", "series", "number", "title", "start", "end",
      "location", "hostOrganisationId", "programme");
  private static final FieldNames ENTRY_FIELDS = FieldNames.of("category", "title", "source", "link");
  private static final FieldNames OPTION_FIELDS = FieldNames.of("id", "label");
  private static final FieldNames POLL_FIELDS = FieldNames.of("id", "question", "options", "votes");
  private static final FieldNames VOTE_FIELDS = FieldNames.of("memberId", "optionId");
  private static final FieldNames MESSAGE_FIELDS = FieldNames.of("id", "authorId", "sentAt", "text");
  private static final FieldNames ASSIGNMENT_FIELDS = FieldNames.of("memberId", "role");
  private static final FieldNames OPGAVE_FIELDS = FieldNames.of("id", "title", "phase", "domain", "assignments");
  private static final String ORGANISATIONS = "organisation";
  private static final String MEMBERS = "member";
  private static final String EVENTS = "event";
  private static final String OPTIONS = "poll-option";
  private static final String MESSAGES = "chat-message";
  private static final String OPGAVEN = "opgave";
  private static final String LABELS = "begrippenlijst-label";

  static final ValueCodec<Organisation> ORGANISATION = ValueCodec.of(CommunityCodec::writeOrganisation,
      CommunityCodec::readOrganisation);
  static final ValueCodec<PersonName> PERSON_NAME = ValueCodec.of(CommunityCodec::writeName,
      CommunityCodec::readName);
  static final ValueCodec<Member> MEMBER = ValueCodec.of(CommunityCodec::writeMember, CommunityCodec::readMember);
  static final ValueCodec<MemberDirectory> DIRECTORY = ValueCodec.of(CommunityCodec::writeDirectory,
      CommunityCodec::readDirectory);
  static final ValueCodec<ProgrammeItem> PROGRAMME_ITEM = ValueCodec.of(CommunityCodec::writeItem,
      CommunityCodec::readItem);
  static final ValueCodec<Programme> PROGRAMME = ValueCodec.wrapping("items", PROGRAMME_ITEM,
      "an array of programme items", Programme::items, Programme::of);
  static final ValueCodec<Event> EVENT = ValueCodec.of(CommunityCodec::writeEvent, CommunityCodec::readEvent);
  static final ValueCodec<Calendar> CALENDAR = ValueCodec.wrapping("events", EVENT, "an array of events",
      Calendar::events, events -> Calendar.builder().events(events).build());
  static final ValueCodec<GlossaryEntry> GLOSSARY_ENTRY = ValueCodec.of(CommunityCodec::writeEntry,
      CommunityCodec::readEntry);
  static final ValueCodec<Begrippenlijst> BEGRIPPENLIJST = ValueCodec.wrapping("entries", GLOSSARY_ENTRY,
      "an array of begrippenlijst entries", Begrippenlijst::entries,
      entries -> Begrippenlijst.builder().entries(entries).build());
  static final ValueCodec<PollOption> POLL_OPTION = ValueCodec.of(CommunityCodec::writeOption,
      CommunityCodec::readOption);
  static final ValueCodec<Poll> POLL = ValueCodec.of(CommunityCodec::writePoll, CommunityCodec::readPoll);
  static final ValueCodec<ChatMessage> CHAT_MESSAGE = ValueCodec.of(CommunityCodec::writeMessage,
      CommunityCodec::readMessage);
  static final ValueCodec<Chat> CHAT = ValueCodec.wrapping("messages", CHAT_MESSAGE, "an array of chat messages",
      Chat::messages, messages -> Chat.builder().messages(messages).build());
  static final ValueCodec<RoleAssignment> ASSIGNMENT = ValueCodec.of(CommunityCodec::writeAssignment,
      CommunityCodec::readAssignment);
  static final ValueCodec<Opgave> OPGAVE = ValueCodec.of(CommunityCodec::writeOpgave, CommunityCodec::readOpgave);

  /** Every value type with a codec, for the Jackson module. */
  static final Map<Class<?>, ValueCodec<?>> VALUES = values();

  private CommunityCodec() {}

  private static Map<Class<?>, ValueCodec<?>> values() {
    Map<Class<?>, ValueCodec<?>> values = new LinkedHashMap<>();
    values.put(Organisation.class, ORGANISATION);
    values.put(PersonName.class, PERSON_NAME);
    values.put(Member.class, MEMBER);
    values.put(MemberDirectory.class, DIRECTORY);
    values.put(ProgrammeItem.class, PROGRAMME_ITEM);
    values.put(Programme.class, PROGRAMME);
    values.put(Event.class, EVENT);
    values.put(Calendar.class, CALENDAR);
    values.put(GlossaryEntry.class, GLOSSARY_ENTRY);
    values.put(Begrippenlijst.class, BEGRIPPENLIJST);
    values.put(PollOption.class, POLL_OPTION);
    values.put(Poll.class, POLL);
    values.put(ChatMessage.class, CHAT_MESSAGE);
    values.put(Chat.class, CHAT);
    values.put(RoleAssignment.class, ASSIGNMENT);
    values.put(Opgave.class, OPGAVE);
    return Map.copyOf(values);
  }

  // ------------------------------------------------------------------ community


  @Override
  public void writeBody(JsonOut out, Community community) throws IOException {
    string(out, Key.NAME, community.name());
    out.writeFieldName(Key.DIRECTORY);
    writeDirectory(out, community.directory());
    out.writeFieldName(Key.CALENDAR);
    CALENDAR.write(out, community.calendar());
    out.writeFieldName(Key.BEGRIPPENLIJST);
    BEGRIPPENLIJST.write(out, community.begrippenlijst());
    if (community.poll().isPresent()) {
      out.writeFieldName(Key.POLL);
      writePoll(out, community.poll().get());
    }
    out.writeFieldName(Key.CHAT);
    CHAT.write(out, community.chat());
    out.writeFieldName(Key.OPGAVEN);
    OPGAVE.writeList(out, community.opgaven());
  }

  @Override
  public Community readBody(JsonIn in, JsonIn.Mark document) throws IOException {
    String name = null;
    MemberDirectory directory = null;
    Calendar calendar = null;
    Begrippenlijst begrippenlijst = null;
    Poll poll = null;
    Chat chat = null;
    List<Opgave> opgaven = List.of();
    boolean hasName = false;
    boolean hasDirectory = false;
    boolean hasCalendar = false;
    boolean hasBegrippenlijst = false;
    String field;
    while ((field = in.field(COMMUNITY_FIELDS)) != null) {
      switch (field) {
        case "name":
          hasName = true;
          name = in.string();
          break;
        case "directory":
          hasDirectory = true;
          directory = readDirectory(in);
          break;
        case "calendar":
          hasCalendar = true;
          calendar = CALENDAR.read(in);
          break;
        case "begrippenlijst":
          hasBegrippenlijst = true;
          begrippenlijst = BEGRIPPENLIJST.read(in);
          break;
        case "poll":
          poll = readPoll(in);
          break;
        case "chat":
          chat = CHAT.read(in);
          break;
        case "opgaven":
          opgaven = OPGAVE.readList(in, "an array of opgaven");
          break;
        default:
          in.unknown(field, COMMUNITY_FIELDS.known());
      }
    }
    required(in, document, hasName, "name", "the name of the community, a string");
    required(in, document, hasDirectory, "directory", "an object with 'organisations' and 'members'");
    required(in, document, hasCalendar, "calendar", "an object with 'events'");
    required(in, document, hasBegrippenlijst, "begrippenlijst", "an object with 'entries'");
    String n = name;
    MemberDirectory d = directory;
    Calendar c = calendar;
    Begrippenlijst b = begrippenlijst;
    Optional<Poll> p = Optional.ofNullable(poll);
    Chat ch = chat == null ? Chat.builder().build() : chat;
    List<Opgave> o = opgaven;
    return in.build(document, () -> Community.builder().name(n).directory(d).calendar(c).begrippenlijst(b).poll(p)
        .chat(ch).opgaven(o).build());
  }

  private static void required(JsonIn in, JsonIn.Mark mark, boolean present, String field, String expected) {
    if (!present) {
      in.missing(mark, field, expected);
    }
  }

  // ------------------------------------------------------------------ directory

  private static void writeOrganisation(JsonOut out, Organisation organisation) throws IOException {
    out.writeStartObject();
    string(out, Key.ID, organisation.id());
    string(out, Key.NAME, organisation.name());
    token(out, Key.KIND, KINDS.serialized(organisation.kind()));
    out.writeEndObject();
  }

  private static Organisation readOrganisation(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("an organisation object");
    if (mark == null) {
      return null;
    }
    String id = null;
    String name = null;
    OrganisationKind kind = null;
    boolean hasId = false;
    boolean hasName = false;
    boolean hasKind = false;
    String field;
    while ((field = in.field(ORGANISATION_FIELDS)) != null) {
      switch (field) {
        case "id":
          hasId = true;
          id = in.string();
          in.declareMirrored(ORGANISATIONS, id);
          in.shared(ORGANISATIONS).add(id);
          break;
        case "name":
          hasName = true;
          name = in.string();
          break;
        case "kind":
          hasKind = true;
          kind = in.token(KINDS);
          break;
        default:
          in.unknown(field, ORGANISATION_FIELDS.known());
      }
    }
    required(in, mark, hasId, "id", "a string id");
    required(in, mark, hasName, "name", "a string");
    required(in, mark, hasKind, "kind", KINDS.oneOf());
    String i = id;
    String n = name;
    OrganisationKind k = kind;
    return in.build(mark, () -> Organisation.of(i, n, k));
  }

  private static void writeName(JsonOut out, PersonName name) throws IOException {
    out.writeStartObject();
    optional(out, Key.VOORNAAM, name.voornaam());
    optional(out, Key.VOORLETTERS, name.voorletters());
    optional(out, Key.TUSSENVOEGSEL, name.tussenvoegsel());
    optional(out, Key.ACHTERNAAM, name.achternaam());
    out.writeEndObject();
  }

  private static PersonName readName(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a name object with 'voornaam', 'voorletters', 'tussenvoegsel', 'achternaam'");
    if (mark == null) {
      return null;
    }
    String voornaam = null;
    String voorletters = null;
    String tussenvoegsel = null;
    String achternaam = null;
    String field;
    while ((field = in.field(NAME_FIELDS)) != null) {
      switch (field) {
        case "voornaam":
          voornaam = in.string();
          break;
        case "voorletters":
          voorletters = in.string();
          break;
        case "tussenvoegsel":
          tussenvoegsel = in.string();
          break;
        case "achternaam":
          achternaam = in.string();
          break;
        default:
          in.unknown(field, NAME_FIELDS.known());
      }
    }
    String v = voornaam;
    String l = voorletters;
    String t = tussenvoegsel;
    String a = achternaam;
    return in.build(mark, () -> name(v, l, t, a));
  }

  private static PersonName name(String voornaam, String voorletters, String tussenvoegsel, String achternaam) {
    PersonName.Builder name = PersonName.builder();
    if (voornaam != null) {
      name.voornaam(voornaam);
    }
    if (voorletters != null) {
      name.voorletters(voorletters);
    }
    if (tussenvoegsel != null) {
      name.tussenvoegsel(tussenvoegsel);
    }
    if (achternaam != null) {
      name.achternaam(achternaam);
    }
    return name.build();
  }

  private static void writeMember(JsonOut out, Member member) throws IOException {
    out.writeStartObject();
    string(out, Key.ID, member.id());
    out.writeFieldName(Key.NAME);
    writeName(out, member.name());
    optional(out, Key.ORGANISATION_ID, member.organisationId());
    out.writeFieldName(Key.ROLES);
    out.writeStartArray();
    for (OpgaveRole role : member.roles()) {
      out.writeString(ROLES.serialized(role));
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static Member readMember(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a member object");
    if (mark == null) {
      return null;
    }
    String id = null;
    PersonName name = null;
    String organisationId = null;
    int roles = 0;
    boolean hasId = false;
    boolean hasName = false;
    String field;
    while ((field = in.field(MEMBER_FIELDS)) != null) {
      switch (field) {
        case "id":
          hasId = true;
          id = in.string();
          in.declareMirrored(MEMBERS, id);
          break;
        case "name":
          hasName = true;
          name = readName(in);
          break;
        case "organisationId":
          organisationId = in.string(in.shared(ORGANISATIONS));
          in.referMirrored(ORGANISATIONS, organisationId);
          break;
        case "roles":
          if (in.array("an array of roles")) {
            while (in.element()) {
              OpgaveRole role = in.token(ROLES);
              if (role != null) {
                int bit = 1 << role.ordinal();
                if ((roles & bit) != 0) {
                  in.problem("the role " + JsonIn.quote(ROLES.write(role)) + " is listed twice", "each role once");
                }
                roles |= bit;
              }
            }
          }
          break;
        default:
          in.unknown(field, MEMBER_FIELDS.known());
      }
    }
    required(in, mark, hasId, "id", "a string id");
    required(in, mark, hasName, "name", "a name object");
    String i = id;
    PersonName n = name;
    String o = organisationId;
    int r = roles;
    return in.build(mark, () -> member(i, n, o, r));
  }

  private static Member member(String id, PersonName name, String organisationId, int roles) {
    Member.Builder member = Member.builder().id(id).name(name);
    if (organisationId != null) {
      member.organisationId(organisationId);
    }
    for (int rest = roles; rest != 0; rest &= rest - 1) {
      member.addRole(ROLE_VALUES[Integer.numberOfTrailingZeros(rest)]);
    }
    return member.build();
  }

  private static void writeDirectory(JsonOut out, MemberDirectory directory) throws IOException {
    out.writeStartObject();
    out.writeFieldName(Key.ORGANISATIONS);
    ORGANISATION.writeList(out, directory.organisations());
    out.writeFieldName(Key.MEMBERS);
    MEMBER.writeList(out, directory.members());
    out.writeEndObject();
  }

  private static MemberDirectory readDirectory(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("an object with 'organisations' and 'members'");
    if (mark == null) {
      return null;
    }
    String pointer = in.pointer();
    List<Organisation> organisations = List.of();
    List<Member> members = List.of();
    String field;
    while ((field = in.field(DIRECTORY_FIELDS)) != null) {
      switch (field) {
        case "organisations":
          organisations = ORGANISATION.readList(in, "an array of organisations");
          in.close(ORGANISATIONS, "organisation", pointer + "/organisations");
          break;
        case "members":
          members = MEMBER.readList(in, "an array of members");
          in.close(MEMBERS, "member", pointer + "/members");
          break;
        default:
          in.unknown(field, DIRECTORY_FIELDS.known());
      }
    }
    in.close(ORGANISATIONS, "organisation", pointer + "/organisations");
    in.close(MEMBERS, "member", pointer + "/members");
    List<Organisation> o = organisations;
    List<Member> m = members;
    return in.build(mark, () -> MemberDirectory.builder().organisations(o).members(m).build());
  }

  // ------------------------------------------------------------------ calendar

  private static void writeItem(JsonOut out, ProgrammeItem item) throws IOException {
    out.writeStartObject();
    string(out, Key.TITLE, item.title());
    token(out, Key.KIND, ITEM_KINDS.serialized(item.kind()));
    string(out, Key.DURATION, item.duration().toString());
    optional(out, Key.SPEAKER, item.speaker());
    out.writeEndObject();
  }

  private static ProgrammeItem readItem(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a programme item object");
    if (mark == null) {
      return null;
    }
    String title = null;
    ProgrammeItemKind kind = null;
    Duration duration = null;
    String speaker = null;
    boolean hasTitle = false;
    boolean hasKind = false;
    boolean hasDuration = false;
    String field;
    while ((field = in.field(ITEM_FIELDS)) != null) {
      switch (field) {
        case "title":
          hasTitle = true;
          title = in.string();
          break;
        case "kind":
          hasKind = true;
          kind = in.token(ITEM_KINDS);
          break;
        case "duration":
          hasDuration = true;
          duration = in.duration();
          break;
        case "speaker":
          speaker = in.string();
          break;
        default:
          in.unknown(field, ITEM_FIELDS.known());
      }
    }
    required(in, mark, hasTitle, "title", "a string");
    required(in, mark, hasKind, "kind", ITEM_KINDS.oneOf());
    required(in, mark, hasDuration, "duration", "an ISO-8601 duration, PT30M");
    String t = title;
    ProgrammeItemKind k = kind;
    Duration d = duration;
    Optional<String> s = Optional.ofNullable(speaker);
    return in.build(mark, () -> ProgrammeItem.builder().title(t).kind(k).duration(d).speaker(s).build());
  }

  private static void writeEvent(JsonOut out, Event event) throws IOException {
    out.writeStartObject();
    string(out, Key.ID, event.id());
    string(out, Key.SERIES, event.series());
    out.writeFieldName(Key.NUMBER);
    out.writeNumber(event.number());
    string(out, Key.TITLE, event.title());
    string(out, Key.START, Times.zoned(event.start()));
    string(out, Key.END, Times.zoned(event.end()));
    string(out, Key.LOCATION, event.location());
    optional(out, Key.HOST_ORGANISATION_ID, event.hostOrganisationId());
    out.writeFieldName(Key.PROGRAMME);
    PROGRAMME.write(out, event.programme());
    out.writeEndObject();
  }

  private static Event readEvent(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("an event object");
    if (mark == null) {
      return null;
    }
    String id = null;
    String series = null;
    Integer number = null;
    String title = null;
    ZonedDateTime start = null;
    ZonedDateTime end = null;
    String location = null;
    String host = null;
    Programme programme = null;
    int seen = 0;
    String field;
    while ((field = in.field(EVENT_FIELDS)) != null) {
      switch (field) {
        case "id":
          seen |= 1;
          id = in.string();
          in.declareMirrored(EVENTS, id);
          break;
        case "series":
          seen |= 2;
          series = in.string();
          break;
        case "number":
          seen |= 4;
          number = in.integer();
          break;
        case "title":
          seen |= 8;
          title = in.string();
          break;
        case "start":
          seen |= 16;
          start = in.zonedDateTime();
          break;
        case "end":
          seen |= 32;
          end = in.zonedDateTime();
          break;
        case "location":
          seen |= 64;
          location = in.string();
          break;
        case "hostOrganisationId":
          host = in.string(in.shared(ORGANISATIONS));
          in.referMirrored(ORGANISATIONS, host);
          break;
        case "programme":
          programme = PROGRAMME.read(in);
          break;
        default:
          in.unknown(field, EVENT_FIELDS.known());
      }
    }
    required(in, mark, (seen & 1) != 0, "id", "a string id");
    required(in, mark, (seen & 2) != 0, "series", "a string");
    required(in, mark, (seen & 4) != 0, "number", "a positive integer");
    required(in, mark, (seen & 8) != 0, "title", "a string");
    required(in, mark, (seen & 16) != 0, "start", JsonIn.DATE_TIME_EXAMPLE);
    required(in, mark, (seen & 32) != 0, "end", JsonIn.DATE_TIME_EXAMPLE);
    required(in, mark, (seen & 64) != 0, "location", "a string");
    String i = id;
    String s = series;
    Integer n = number;
    String t = title;
    ZonedDateTime st = start;
    ZonedDateTime en = end;
    String l = location;
    Optional<String> h = Optional.ofNullable(host);
    Programme p = programme == null ? Programme.builder().build() : programme;
    return in.build(mark, () -> Event.builder().id(i).series(s).number(n).title(t).start(st).end(en).location(l)
        .hostOrganisationId(h).programme(p).build());
  }

  // ------------------------------------------------------------------ begrippenlijst

  private static void writeEntry(JsonOut out, GlossaryEntry entry) throws IOException {
    out.writeStartObject();
    token(out, Key.CATEGORY, CATEGORIES.serialized(entry.category()));
    string(out, Key.TITLE, entry.title());
    optional(out, Key.SOURCE, entry.source());
    if (entry.link().isPresent()) {
      string(out, Key.LINK, entry.link().get().toString());
    }
    out.writeEndObject();
  }

  private static GlossaryEntry readEntry(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a begrippenlijst entry object");
    if (mark == null) {
      return null;
    }
    GlossaryCategory category = null;
    String title = null;
    String source = null;
    URI link = null;
    boolean hasCategory = false;
    boolean hasTitle = false;
    String field;
    while ((field = in.field(ENTRY_FIELDS)) != null) {
      switch (field) {
        case "category":
          hasCategory = true;
          category = in.token(CATEGORIES);
          break;
        case "title":
          hasTitle = true;
          title = in.string();
          break;
        case "source":
          source = in.string();
          break;
        case "link":
          link = in.uri();
          break;
        default:
          in.unknown(field, ENTRY_FIELDS.known());
      }
    }
    required(in, mark, hasCategory, "category", CATEGORIES.oneOf());
    required(in, mark, hasTitle, "title", "a string");
    GlossaryCategory c = category;
    String t = title;
    Optional<String> s = Optional.ofNullable(source);
    Optional<URI> l = Optional.ofNullable(link);
    GlossaryEntry entry = in.build(mark, () -> GlossaryEntry.builder().category(c).title(t).source(s).link(l)
        .build());
    if (entry != null) {
      in.declareMirroredKey(LABELS, entry.label());
    }
    return entry;
  }

  // ------------------------------------------------------------------ poll

  private static void writeOption(JsonOut out, PollOption option) throws IOException {
    out.writeStartObject();
    string(out, Key.ID, option.id());
    string(out, Key.LABEL, option.label());
    out.writeEndObject();
  }

  private static PollOption readOption(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a poll option object");
    if (mark == null) {
      return null;
    }
    String id = null;
    String label = null;
    boolean hasId = false;
    boolean hasLabel = false;
    String field;
    while ((field = in.field(OPTION_FIELDS)) != null) {
      switch (field) {
        case "id":
          hasId = true;
          id = in.string();
          in.declareMirrored(OPTIONS, id);
          in.shared(OPTIONS).add(id);
          break;
        case "label":
          hasLabel = true;
          label = in.string();
          break;
        default:
          in.unknown(field, OPTION_FIELDS.known());
      }
    }
    required(in, mark, hasId, "id", "a string id");
    required(in, mark, hasLabel, "label", "a string");
    String i = id;
    String l = label;
    return in.build(mark, () -> PollOption.of(i, l));
  }

  private static void writePoll(JsonOut out, Poll poll) throws IOException {
    out.writeStartObject();
    string(out, Key.ID, poll.id());
    string(out, Key.QUESTION, poll.question());
    out.writeFieldName(Key.OPTIONS);
    POLL_OPTION.writeList(out, poll.options());
    out.writeFieldName(Key.VOTES);
    out.writeStartArray();
    for (Map.Entry<String, String> vote : poll.votes().entrySet()) {
      out.writeStartObject();
      string(out, Key.MEMBER_ID, vote.getKey());
      string(out, Key.OPTION_ID, vote.getValue());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static Poll readPoll(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a poll object");
    if (mark == null) {
      return null;
    }
    String pointer = in.pointer();
    String id = null;
    String question = null;
    List<PollOption> options = List.of();
    Map<String, String> votes = new LinkedHashMap<>();
    boolean hasId = false;
    boolean hasQuestion = false;
    boolean hasOptions = false;
    String field;
    while ((field = in.field(POLL_FIELDS)) != null) {
      switch (field) {
        case "id":
          hasId = true;
          id = in.string();
          break;
        case "question":
          hasQuestion = true;
          question = in.string();
          break;
        case "options":
          hasOptions = true;
          options = POLL_OPTION.readList(in, "an array of poll options");
          in.close(OPTIONS, "option of this poll", pointer + "/options");
          break;
        case "votes":
          if (in.array("an array of votes")) {
            while (in.element()) {
              readVote(in, votes);
            }
          }
          break;
        default:
          in.unknown(field, POLL_FIELDS.known());
      }
    }
    required(in, mark, hasId, "id", "a string id");
    required(in, mark, hasQuestion, "question", "a string");
    required(in, mark, hasOptions, "options", "an array of poll options");
    in.close(OPTIONS, "option of this poll", pointer + "/options");
    String i = id;
    String q = question;
    List<PollOption> o = options;
    return in.build(mark, () -> Poll.builder().id(i).question(q).options(o).votes(votes).build());
  }

  private static void readVote(JsonIn in, Map<String, String> votes) throws IOException {
    JsonIn.Mark mark = in.object("a vote object with 'memberId' and 'optionId'");
    if (mark == null) {
      return;
    }
    String member = null;
    String option = null;
    boolean hasMember = false;
    boolean hasOption = false;
    String field;
    while ((field = in.field(VOTE_FIELDS)) != null) {
      switch (field) {
        case "memberId":
          hasMember = true;
          member = in.string();
          in.referMirrored(MEMBERS, member);
          if (member != null && votes.containsKey(member)) {
            in.problem("member " + JsonIn.quote(member) + " votes twice", "one vote per member");
          }
          break;
        case "optionId":
          hasOption = true;
          option = in.string(in.shared(OPTIONS));
          in.referMirrored(OPTIONS, option);
          break;
        default:
          in.unknown(field, VOTE_FIELDS.known());
      }
    }
    required(in, mark, hasMember, "memberId", "a member id");
    required(in, mark, hasOption, "optionId", "an option id");
    if (member != null && option != null) {
      votes.putIfAbsent(member, option);
    }
  }

  // ------------------------------------------------------------------ chat

  private static void writeMessage(JsonOut out, ChatMessage message) throws IOException {
    out.writeStartObject();
    string(out, Key.ID, message.id());
    string(out, Key.AUTHOR_ID, message.authorId());
    string(out, Key.SENT_AT, Times.instant(message.sentAt()));
    string(out, Key.TEXT, message.text());
    out.writeEndObject();
  }

  private static ChatMessage readMessage(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a chat message object");
    if (mark == null) {
      return null;
    }
    String id = null;
    String author = null;
    Instant sentAt = null;
    String text = null;
    int seen = 0;
    String field;
    while ((field = in.field(MESSAGE_FIELDS)) != null) {
      switch (field) {
        case "id":
          seen |= 1;
          id = in.string();
          in.declareMirrored(MESSAGES, id);
          break;
        case "authorId":
          seen |= 2;
          author = in.string();
          in.referMirrored(MEMBERS, author);
          break;
        case "sentAt":
          seen |= 4;
          sentAt = in.instant();
          break;
        case "text":
          seen |= 8;
          text = in.string();
          break;
        default:
          in.unknown(field, MESSAGE_FIELDS.known());
      }
    }
    required(in, mark, (seen & 1) != 0, "id", "a string id");
    required(in, mark, (seen & 2) != 0, "authorId", "a member id");
    required(in, mark, (seen & 4) != 0, "sentAt", JsonIn.INSTANT_EXAMPLE);
    required(in, mark, (seen & 8) != 0, "text", "a string");
    String i = id;
    String a = author;
    Instant s = sentAt;
    String t = text;
    return in.build(mark, () -> ChatMessage.builder().id(i).authorId(a).sentAt(s).text(t).build());
  }

  // ------------------------------------------------------------------ opgaven

  private static void writeAssignment(JsonOut out, RoleAssignment assignment) throws IOException {
    out.writeStartObject();
    string(out, Key.MEMBER_ID, assignment.memberId());
    token(out, Key.ROLE, ROLES.serialized(assignment.role()));
    out.writeEndObject();
  }

  private static RoleAssignment readAssignment(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a role assignment object with 'memberId' and 'role'");
    if (mark == null) {
      return null;
    }
    String member = null;
    OpgaveRole role = null;
    boolean hasMember = false;
    boolean hasRole = false;
    String field;
    while ((field = in.field(ASSIGNMENT_FIELDS)) != null) {
      switch (field) {
        case "memberId":
          hasMember = true;
          member = in.string();
          in.referMirrored(MEMBERS, member);
          break;
        case "role":
          hasRole = true;
          role = in.token(ROLES);
          break;
        default:
          in.unknown(field, ASSIGNMENT_FIELDS.known());
      }
    }
    required(in, mark, hasMember, "memberId", "a member id");
    required(in, mark, hasRole, "role", ROLES.oneOf());
    String m = member;
    OpgaveRole r = role;
    return in.build(mark, () -> RoleAssignment.of(m, r));
  }

  private static void writeOpgave(JsonOut out, Opgave opgave) throws IOException {
    out.writeStartObject();
    string(out, Key.ID, opgave.id());
    string(out, Key.TITLE, opgave.title());
    token(out, Key.PHASE, PHASES.serialized(opgave.phase()));
    string(out, Key.DOMAIN, opgave.domain());
    out.writeFieldName(Key.ASSIGNMENTS);
    ASSIGNMENT.writeList(out, opgave.assignments());
    out.writeEndObject();
  }

  private static Opgave readOpgave(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("an opgave object");
    if (mark == null) {
      return null;
    }
    String id = null;
    String title = null;
    OpgavePhase phase = null;
    String domain = null;
    List<RoleAssignment> assignments = new ArrayList<>();
    int seen = 0;
    String field;
    while ((field = in.field(OPGAVE_FIELDS)) != null) {
      switch (field) {
        case "id":
          seen |= 1;
          id = in.string();
          in.declareMirrored(OPGAVEN, id);
          break;
        case "title":
          seen |= 2;
          title = in.string();
          break;
        case "phase":
          seen |= 4;
          phase = in.token(PHASES);
          break;
        case "domain":
          seen |= 8;
          domain = in.string();
          break;
        case "assignments":
          assignments = ASSIGNMENT.readList(in, "an array of role assignments");
          break;
        default:
          in.unknown(field, OPGAVE_FIELDS.known());
      }
    }
    required(in, mark, (seen & 1) != 0, "id", "a string id");
    required(in, mark, (seen & 2) != 0, "title", "a string");
    required(in, mark, (seen & 4) != 0, "phase", PHASES.oneOf());
    required(in, mark, (seen & 8) != 0, "domain", "a string");
    String i = id;
    String t = title;
    OpgavePhase p = phase;
    String d = domain;
    List<RoleAssignment> a = assignments;
    return in.build(mark, () -> Opgave.builder().id(i).title(t).phase(p).domain(d).assignments(a).build());
  }

  // ------------------------------------------------------------------ helpers

  private static void optional(JsonOut out, JsonName field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      string(out, field, value.get());
    }
  }

  private static void token(JsonOut out, JsonName field, JsonName token)
      throws IOException {
    out.writeFieldName(field);
    out.writeString(token);
  }

  private static void string(JsonOut out, JsonName field, String value) throws IOException {
    out.writeFieldName(field);
    out.writeString(value);
  }

  /** The field names, encoded once for writing. */
  private static final class Key {
    static final JsonName ACHTERNAAM = JsonName.of("achternaam");
    static final JsonName ASSIGNMENTS = JsonName.of("assignments");
    static final JsonName AUTHOR_ID = JsonName.of("authorId");
    static final JsonName BEGRIPPENLIJST = JsonName.of("begrippenlijst");
    static final JsonName CALENDAR = JsonName.of("calendar");
    static final JsonName CATEGORY = JsonName.of("category");
    static final JsonName CHAT = JsonName.of("chat");
    static final JsonName DIRECTORY = JsonName.of("directory");
    static final JsonName DOMAIN = JsonName.of("domain");
    static final JsonName DURATION = JsonName.of("duration");
    static final JsonName END = JsonName.of("end");
    static final JsonName HOST_ORGANISATION_ID = JsonName.of("hostOrganisationId");
    static final JsonName ID = JsonName.of("id");
    static final JsonName KIND = JsonName.of("kind");
    static final JsonName LABEL = JsonName.of("label");
    static final JsonName LINK = JsonName.of("link");
    static final JsonName LOCATION = JsonName.of("location");
    static final JsonName MEMBER_ID = JsonName.of("memberId");
    static final JsonName MEMBERS = JsonName.of("members");
    static final JsonName NAME = JsonName.of("name");
    static final JsonName NUMBER = JsonName.of("number");
    static final JsonName OPGAVEN = JsonName.of("opgaven");
    static final JsonName OPTION_ID = JsonName.of("optionId");
    static final JsonName OPTIONS = JsonName.of("options");
    static final JsonName ORGANISATION_ID = JsonName.of("organisationId");
    static final JsonName ORGANISATIONS = JsonName.of("organisations");
    static final JsonName PHASE = JsonName.of("phase");
    static final JsonName POLL = JsonName.of("poll");
    static final JsonName PROGRAMME = JsonName.of("programme");
    static final JsonName QUESTION = JsonName.of("question");
    static final JsonName ROLE = JsonName.of("role");
    static final JsonName ROLES = JsonName.of("roles");
    static final JsonName SENT_AT = JsonName.of("sentAt");
    static final JsonName SERIES = JsonName.of("series");
    static final JsonName SOURCE = JsonName.of("source");
    static final JsonName SPEAKER = JsonName.of("speaker");
    static final JsonName START = JsonName.of("start");
    static final JsonName TEXT = JsonName.of("text");
    static final JsonName TITLE = JsonName.of("title");
    static final JsonName TUSSENVOEGSEL = JsonName.of("tussenvoegsel");
    static final JsonName VOORLETTERS = JsonName.of("voorletters");
    static final JsonName VOORNAAM = JsonName.of("voornaam");
    static final JsonName VOTES = JsonName.of("votes");

    private Key() {}
  }
}
