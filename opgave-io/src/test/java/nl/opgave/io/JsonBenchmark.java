package nl.opgave.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Member;
import nl.opgave.model.community.MemberDirectory;
import nl.opgave.model.community.PersonName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reads and writes a 10,000-member community document with opgave-io and, in the same run, the same bytes with
 * plain Jackson databind on hand-written POJOs of the same shape (no validation): once with times kept as strings,
 * once with the model's java.time types through jackson-datatype-jsr310. Warm-up, then interleaved timed runs;
 * prints medians and both ratios. Run: {@code ./mvnw -q -pl opgave-io -am verify -Pbench -Dtest=JsonBenchmark}.
 */
@Tag("benchmark")
class JsonBenchmark {
  private static final int RUNS = 15;
  private static final long RUN_NANOS = 400_000_000L;

  @Test
  void communityOfTenThousandMembers() throws Exception {
    Community community = CommunityGenerator.community(42, 10_000);
    OpgaveJson json = OpgaveJson.standard().compact();
    byte[] bytes = json.write(community);
    JsonFactory sameBytes = JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    ObjectMapper plain = JsonMapper.builder(sameBytes)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
            JsonInclude.Include.NON_NULL))
        .build();
    Pojo.Community pojo = plain.readValue(bytes, Pojo.Community.class);
    JsonBenchmark.class.getModule().addReads(Class.forName("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule")
        .getModule());
    ObjectMapper typed = JsonMapper.builder(sameBytes)
        .addModule(new JavaTimeModule())
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
            JsonInclude.Include.NON_NULL))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .build();
    Typed.Community typedPojo = typed.readValue(bytes, Typed.Community.class);
    if (!Arrays.equals(plain.writeValueAsBytes(pojo), bytes)
        || !json.read(DocumentType.COMMUNITY, typed.writeValueAsBytes(typedPojo), "typed").equals(community)) {
      throw new IllegalStateException("a databind baseline does not write the same document");
    }
    System.out.printf(Locale.ROOT, "document: %d members, %d events, %d chat messages, %,d bytes (compact)%n",
        community.directory().members().size(), community.calendar().events().size(),
        community.chat().messages().size(), bytes.length);

    List<Op> ops = List.of(
        new Op("read  opgave-io", () -> json.read(DocumentType.COMMUNITY, bytes, "bench.json")),
        new Op("read  databind, strings", () -> unchecked(() -> plain.readValue(bytes, Pojo.Community.class))),
        new Op("write opgave-io", () -> json.write(community)),
        new Op("write databind, strings", () -> unchecked(() -> plain.writeValueAsBytes(pojo))),
        new Op("read  databind, java.time", () -> unchecked(() -> typed.readValue(bytes, Typed.Community.class))),
        new Op("write databind, java.time", () -> unchecked(() -> typed.writeValueAsBytes(typedPojo))),
        new Op("part: tokens only, duplicate detection", () -> unchecked(() -> tokens(bytes))),
        new Op("part: model values built from values ", () -> rebuild(community)));
    for (int warm = 0; warm < 10; warm++) {
      for (Op op : ops) {
        op.run();
      }
    }
    for (int run = 0; run < RUNS; run++) {
      for (Op op : ops) {
        op.samples.add(op.run());
      }
    }
    double[] medians = new double[ops.size()];
    for (int i = 0; i < ops.size(); i++) {
      medians[i] = median(ops.get(i).samples);
      System.out.printf(Locale.ROOT, "%-40s median %8.1f ops/s %7.2f ms/op%n", ops.get(i).name, medians[i],
          1000 / medians[i]);
    }
    System.out.printf(Locale.ROOT, "ratio read  (opgave-io / databind POJOs, times as strings): %.2f%n",
        medians[0] / medians[1]);
    System.out.printf(Locale.ROOT, "ratio write (opgave-io / databind POJOs, times as strings): %.2f%n",
        medians[2] / medians[3]);
    System.out.printf(Locale.ROOT, "ratio read  (opgave-io / databind POJOs, java.time):       %.2f%n",
        medians[0] / medians[4]);
    System.out.printf(Locale.ROOT, "ratio write (opgave-io / databind POJOs, java.time):       %.2f%n",
        medians[2] / medians[5]);
  }

  private static final JsonFactory STRICT = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static Object tokens(byte[] bytes) throws Exception {
    int strings = 0;
    try (JsonParser parser = STRICT.createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          strings += parser.getText().length();
        }
      }
    }
    return strings;
  }

  /** Builds every member, the directory and the community again: the model's invariant checks alone. */
  private static Object rebuild(Community community) {
    List<Member> members = new ArrayList<>();
    for (Member member : community.directory().members()) {
      members.add(Member.builder().from(member).name(PersonName.builder().from(member.name()).build()).build());
    }
    MemberDirectory directory = MemberDirectory.builder().from(community.directory()).members(members).build();
    return Community.builder().from(community).directory(directory).build();
  }

  private static double median(List<Double> samples) {
    double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static Object unchecked(Callable call) {
    try {
      return call.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @FunctionalInterface
  private interface Callable {
    Object call() throws Exception;
  }

  private static final class Op {
    final String name;
    final Supplier<Object> body;
    final List<Double> samples = new ArrayList<>();
    Object sink;

    Op(String name, Supplier<Object> body) {
      this.name = name;
      this.body = body;
    }

    /** Runs the body for about RUN_NANOS and returns operations per second. */
    double run() {
      long start = System.nanoTime();
      long count = 0;
      long elapsed;
      do {
        sink = body.get();
        count++;
        elapsed = System.nanoTime() - start;
      } while (elapsed < RUN_NANOS);
      return count * 1e9 / elapsed;
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
