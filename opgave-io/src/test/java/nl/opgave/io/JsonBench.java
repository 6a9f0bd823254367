package nl.opgave.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
import nl.opgave.model.community.ProgrammeItem;
import nl.opgave.model.community.ProgrammeItemKind;
import nl.opgave.model.community.Programme;
import nl.opgave.model.community.RoleAssignment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of a 10,000-member community document: opgave-io against plain Jackson databind on hand-written
 * POJOs of the same shape (no validation), once with times kept as strings, once with java.time through
 * jackson-datatype-jsr310; and two parts of opgave-io's read, Jackson's tokens alone and the model's values alone.
 * Each benchmark runs in its own forked JVMs; {@link JsonBenchmark} launches them and prints the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonBench {
  private final OpgaveJson json = OpgaveJson.standard().compact();
  private final ObjectMapper plain = JsonMapper.builder(sameBytes())
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
          JsonInclude.Include.NON_NULL))
      .build();
  private final ObjectMapper typed = JsonMapper.builder(sameBytes())
      .addModule(new JavaTimeModule())
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
          JsonInclude.Include.NON_NULL))
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .build();
  private final JsonFactory tokens = JsonFactory.builder().build();
  private Community community;
  private byte[] bytes;
  private Pojo.Community pojo;
  private Typed.Community typedPojo;
  private String[][] names;
  private List<Member> members;

  /** JMH creates the state. */
  public JsonBench() {}

  /** Builds the document and checks that every baseline writes the same bytes or builds the same value. */
  @Setup
  public void setUp() throws IOException {
    community = CommunityGenerator.community(42, 10_000);
    bytes = json.write(community);
    pojo = plain.readValue(bytes, Pojo.Community.class);
    typedPojo = typed.readValue(bytes, Typed.Community.class);
    if (!Arrays.equals(plain.writeValueAsBytes(pojo), bytes) || !ToModel.community(pojo).equals(community)
        || !json.read(DocumentType.COMMUNITY, typed.writeValueAsBytes(typedPojo), "typed").equals(community)) {
      throw new IllegalStateException("a databind baseline does not write the same document or build the same value");
    }
    members = community.directory().members();
    names = new String[members.size()][];
    for (int i = 0; i < names.length; i++) {
      Member member = members.get(i);
      PersonName name = member.name();
      names[i] = new String[] {member.id(), name.voornaam().orElse(null), name.voorletters().orElse(null),
          name.tussenvoegsel().orElse(null), name.achternaam().orElse(null), member.organisationId().orElse(null)};
    }
  }

  private static JsonFactory sameBytes() {
    return JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
  }

  @Benchmark
  public Community readOpgave() {
    return json.read(DocumentType.COMMUNITY, bytes, "bench.json");
  }

  @Benchmark
  public Object readDatabindStrings() throws IOException {
    return plain.readValue(bytes, Pojo.Community.class);
  }

  @Benchmark
  public Object readDatabindJavaTime() throws IOException {
    return typed.readValue(bytes, Typed.Community.class);
  }

  /** What a host without opgave-io would write: databind on POJOs, then the model's builders over them. */
  @Benchmark
  public Community readDatabindToModel() throws IOException {
    return ToModel.community(plain.readValue(bytes, Pojo.Community.class));
  }

  @Benchmark
  public byte[] writeOpgave() {
    return json.write(community);
  }

  @Benchmark
  public byte[] writeDatabindStrings() throws IOException {
    return plain.writeValueAsBytes(pojo);
  }

  @Benchmark
  public byte[] writeDatabindJavaTime() throws IOException {
    return typed.writeValueAsBytes(typedPojo);
  }

  /** Jackson's tokens of the document and a string of every string value: what any reader of it pays. */
  @Benchmark
  public int partTokens() throws IOException {
    int length = 0;
    try (JsonParser parser = tokens.createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          length += parser.getText().length();
        }
      }
    }
    return length;
  }

  /** The model's values of the directory and the community built from fresh strings: the model's checks alone. */
  @Benchmark
  public Community partModel() {
    List<Member> built = new ArrayList<>(names.length);
    for (int i = 0; i < names.length; i++) {
      String[] row = names[i];
      PersonName.Builder name = PersonName.builder();
      if (row[1] != null) {
        name.voornaam(new String(row[1]));
      }
      if (row[2] != null) {
        name.voorletters(new String(row[2]));
      }
      if (row[3] != null) {
        name.tussenvoegsel(new String(row[3]));
      }
      if (row[4] != null) {
        name.achternaam(new String(row[4]));
      }
      Member.Builder member = Member.builder().id(new String(row[0])).name(name.build())
          .roles(members.get(i).roles());
      if (row[5] != null) {
        member.organisationId(row[5]);
      }
      built.add(member.build());
    }
    MemberDirectory directory = MemberDirectory.builder().from(community.directory()).members(built).build();
    return Community.builder().from(community).directory(directory).build();
  }

  /** Maps the POJOs of {@link Pojo} to the model's values with their builders, tokens to enums by a map. */
  static final class ToModel {
    private static final Map<String, OrganisationKind> KINDS = tokens(OrganisationKind.class);
    private static final Map<String, OpgaveRole> ROLES = tokens(OpgaveRole.class);
    private static final Map<String, OpgavePhase> PHASES = tokens(OpgavePhase.class);
    private static final Map<String, ProgrammeItemKind> ITEM_KINDS = tokens(ProgrammeItemKind.class);
    private static final Map<String, GlossaryCategory> CATEGORIES = tokens(GlossaryCategory.class);

    private ToModel() {}

    private static <E extends Enum<E>> Map<String, E> tokens(Class<E> type) {
      Map<String, E> tokens = new HashMap<>();
      for (E constant : type.getEnumConstants()) {
        tokens.put(EnumTokens.token(constant), constant);
      }
      return tokens;
    }

    static Community community(Pojo.Community in) {
      List<Organisation> organisations = new ArrayList<>();
      for (Pojo.Organisation o : in.directory.organisations) {
        organisations.add(Organisation.of(o.id, o.name, KINDS.get(o.kind)));
      }
      List<Member> members = new ArrayList<>();
      for (Pojo.Member m : in.directory.members) {
        PersonName name = PersonName.builder().voornaam(Optional.ofNullable(m.name.voornaam))
            .voorletters(Optional.ofNullable(m.name.voorletters))
            .tussenvoegsel(Optional.ofNullable(m.name.tussenvoegsel))
            .achternaam(Optional.ofNullable(m.name.achternaam)).build();
        Member.Builder member = Member.builder().id(m.id).name(name)
            .organisationId(Optional.ofNullable(m.organisationId));
        for (String role : m.roles) {
          member.addRole(ROLES.get(role));
        }
        members.add(member.build());
      }
      List<Event> events = new ArrayList<>();
      for (Pojo.Event e : in.calendar.events) {
        Event.Builder event = Event.builder().id(e.id).series(e.series).number(e.number).title(e.title)
            .start(ZonedDateTime.parse(e.start)).end(ZonedDateTime.parse(e.end)).location(e.location)
            .hostOrganisationId(Optional.ofNullable(e.hostOrganisationId));
        if (e.programme != null) {
          List<ProgrammeItem> items = new ArrayList<>();
          for (Pojo.Item i : e.programme.items) {
            items.add(ProgrammeItem.builder().title(i.title).kind(ITEM_KINDS.get(i.kind))
                .duration(Duration.parse(i.duration)).speaker(Optional.ofNullable(i.speaker)).build());
          }
          event.programme(Programme.of(items));
        }
        events.add(event.build());
      }
      List<GlossaryEntry> entries = new ArrayList<>();
      for (Pojo.Entry e : in.begrippenlijst.entries) {
        entries.add(GlossaryEntry.builder().category(CATEGORIES.get(e.category)).title(e.title)
            .source(Optional.ofNullable(e.source)).link(Optional.ofNullable(e.link).map(URI::create)).build());
      }
      Community.Builder community = Community.builder().name(in.name)
          .directory(MemberDirectory.builder().organisations(organisations).members(members).build())
          .calendar(Calendar.builder().events(events).build())
          .begrippenlijst(Begrippenlijst.builder().entries(entries).build());
      if (in.poll != null) {
        List<PollOption> options = new ArrayList<>();
        for (Pojo.Option o : in.poll.options) {
          options.add(PollOption.of(o.id, o.label));
        }
        Map<String, String> votes = new LinkedHashMap<>();
        for (Pojo.Vote v : in.poll.votes) {
          votes.put(v.memberId, v.optionId);
        }
        community.poll(Poll.builder().id(in.poll.id).question(in.poll.question).options(options).votes(votes)
            .build());
      }
      List<ChatMessage> messages = new ArrayList<>();
      for (Pojo.Message m : in.chat.messages) {
        messages.add(ChatMessage.builder().id(m.id).authorId(m.authorId)
            .sentAt(OffsetDateTime.parse(m.sentAt).toInstant()).text(m.text).build());
      }
      community.chat(Chat.builder().messages(messages).build());
      for (Pojo.Opgave o : in.opgaven) {
        List<RoleAssignment> assignments = new ArrayList<>();
        for (Pojo.Assignment a : o.assignments) {
          assignments.add(RoleAssignment.of(a.memberId, ROLES.get(a.role)));
        }
        community.addOpgaven(Opgave.builder().id(o.id).title(o.title).phase(PHASES.get(o.phase)).domain(o.domain)
            .assignments(assignments).build());
      }
      return community.build();
    }
  }

  /** The POJOs with the model's time types (the rest as in {@link Pojo}), for databind with jsr310. */
  static final class Typed {
    private Typed() {}

    public static final class Community {
      public String format;
      public int version;
      public String name;
      public Pojo.Directory directory;
      public Calendar calendar;
      public Pojo.Begrippenlijst begrippenlijst;
      public Pojo.Poll poll;
      public Chat chat;
      public List<Pojo.Opgave> opgaven;
    }

    public static final class Calendar {
      public List<Event> events;
    }

    public static final class Event {
      public String id;
      public String series;
      public int number;
      public String title;
      public ZonedDateTime start;
      public ZonedDateTime end;
      public String location;
      public String hostOrganisationId;
      public Programme programme;
    }

    public static final class Programme {
      public List<Item> items;
    }

    public static final class Item {
      public String title;
      public String kind;
      public Duration duration;
      public String speaker;
    }

    public static final class Chat {
      public List<Message> messages;
    }

    public static final class Message {
      public String id;
      public String authorId;
      public Instant sentAt;
      public String text;
    }
  }

  /** Hand-written POJOs of the same JSON shape, for plain databind. */
  static final class Pojo {
    private Pojo() {}

    public static final class Community {
      public String format;
      public int version;
      public String name;
      public Directory directory;
      public Calendar calendar;
      public Begrippenlijst begrippenlijst;
      public Poll poll;
      public Chat chat;
      public List<Opgave> opgaven;
    }

    public static final class Directory {
      public List<Organisation> organisations;
      public List<Member> members;
    }

    public static final class Organisation {
      public String id;
      public String name;
      public String kind;
    }

    public static final class Member {
      public String id;
      public Name name;
      public String organisationId;
      public List<String> roles;
    }

    public static final class Name {
      public String voornaam;
      public String voorletters;
      public String tussenvoegsel;
      public String achternaam;
    }

    public static final class Calendar {
      public List<Event> events;
    }

    public static final class Event {
      public String id;
      public String series;
      public int number;
      public String title;
      public String start;
      public String end;
      public String location;
      public String hostOrganisationId;
      public Programme programme;
    }

    public static final class Programme {
      public List<Item> items;
    }

    public static final class Item {
      public String title;
      public String kind;
      public String duration;
      public String speaker;
    }

    public static final class Begrippenlijst {
      public List<Entry> entries;
    }

    public static final class Entry {
      public String category;
      public String title;
      public String source;
      public String link;
    }

    public static final class Poll {
      public String id;
      public String question;
      public List<Option> options;
      public List<Vote> votes;
    }

    public static final class Option {
      public String id;
      public String label;
    }

    public static final class Vote {
      public String memberId;
      public String optionId;
    }

    public static final class Chat {
      public List<Message> messages;
    }

    public static final class Message {
      public String id;
      public String authorId;
      public String sentAt;
      public String text;
    }

    public static final class Opgave {
      public String id;
      public String title;
      public String phase;
      public String domain;
      public List<Assignment> assignments;
    }

    public static final class Assignment {
      public String memberId;
      public String role;
    }
  }
}
