package nl.opgave.io;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.opgave.io.internal.JsonName;
import nl.opgave.io.internal.JsonOut;
import nl.opgave.model.cafe.AlternativeKind;
import nl.opgave.model.cafe.Harvest;
import nl.opgave.model.cafe.Pair;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.PinnedSeat;
import nl.opgave.model.cafe.RotationAlternative;
import nl.opgave.model.cafe.RotationBounds;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.RotationStatistics;
import nl.opgave.model.cafe.Round;
import nl.opgave.model.cafe.Seating;
import nl.opgave.model.cafe.SessionPlan;
import nl.opgave.model.cafe.Side;
import nl.opgave.model.cafe.StopReason;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.cafe.Vraagstuk;

/**
 * The "opgave.session-plan" and "opgave.rotation-plan" documents. Every object is read into a map of its fields
 * first (unknown fields, wrong types and missing required fields are reported at their pointers), then built; the
 * model's own rules are reported at the object's pointer. Pins and pairs must name participants of the request.
 */
final class CafeCodec {
  static final EnumTokens<AlternativeKind> ALTERNATIVE_KINDS = EnumTokens.of(AlternativeKind.class);
  static final EnumTokens<StopReason> STOP_REASONS = EnumTokens.of(StopReason.class);
  private static final String PARTICIPANTS = "participant";

  private CafeCodec() {}

  /** One kind of field: how to read its value. */
  @FunctionalInterface
  private interface FieldReader {
    Object read(JsonIn in) throws IOException;
  }

  private static final FieldReader STRING = JsonIn::string;
  private static final FieldReader INT = JsonIn::integer;
  private static final FieldReader LONG = JsonIn::longValue;
  private static final FieldReader DURATION = JsonIn::duration;

  /**
   * Reads an object whose fields are listed (name to reader); required names end in '!'. Returns the values by
   * name, or null when the object is not an object or misses a required field (reported).
   */
  private static Map<String, Object> fields(JsonIn in, String expected, Map<String, FieldReader> spec)
      throws IOException {
    JsonIn.Mark mark = in.object(expected);
    if (mark == null) {
      return null;
    }
    Map<String, FieldReader> readers = new HashMap<>();
    StringBuilder known = new StringBuilder();
    for (String key : spec.keySet()) {
      String name = key.endsWith("!") ? key.substring(0, key.length() - 1) : key;
      readers.put(name, spec.get(key));
      known.append(known.length() == 0 ? "" : ", ").append('\'').append(name).append('\'');
    }
    Map<String, Object> values = new HashMap<>();
    String field;
    while ((field = in.field()) != null) {
      FieldReader reader = readers.get(field);
      if (reader == null) {
        in.unknown(field, known.toString());
      } else {
        Object value = reader.read(in);
        values.put(field, value == null ? ABSENT : value);
      }
    }
    for (String key : spec.keySet()) {
      if (key.endsWith("!") && !values.containsKey(key.substring(0, key.length() - 1))) {
        in.missing(mark, key.substring(0, key.length() - 1), "a value");
      }
    }
    values.put(MARK, mark);
    return in.clean(mark) ? values : null;
  }

  private static final Object ABSENT = new Object();
  private static final String MARK = "\u0000mark";

  private static JsonIn.Mark mark(Map<String, Object> values) {
    return (JsonIn.Mark) values.get(MARK);
  }

  @SuppressWarnings("unchecked")
  private static <T> T get(Map<String, Object> values, String name) {
    Object value = values.get(name);
    return value == ABSENT ? null : (T) value;
  }

  private static <T> Optional<T> optional(Map<String, Object> values, String name) {
    return Optional.ofNullable(get(values, name));
  }

  private static OptionalInt optionalInt(Map<String, Object> values, String name) {
    Integer value = get(values, name);
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  private static <T> List<T> list(Map<String, Object> values, String name) {
    List<T> list = get(values, name);
    return list == null ? List.of() : list;
  }

  private static <T> FieldReader listOf(ValueCodec<T> codec, String expected) {
    return in -> codec.readList(in, expected);
  }

  private static Map<String, FieldReader> spec(Object... pairs) {
    Map<String, FieldReader> spec = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      spec.put((String) pairs[i], (FieldReader) pairs[i + 1]);
    }
    return spec;
  }

  private static void optionalField(JsonOut out, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      out.writeStringField(name, value.get());
    }
  }

  private static void optionalField(JsonOut out, JsonName name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      out.writeFieldName(name);
      out.writeString(value.get());
    }
  }

  private static void optionalField(JsonOut out, JsonName name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      out.writeFieldName(name);
      out.writeNumber(value.getAsInt());
    }
  }

  private static void optionalField(JsonOut out, String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      out.writeNumberField(name, value.getAsInt());
    }
  }

  // ------------------------------------------------------------------ session plan parts

  static final ValueCodec<Vraagstuk> VRAAGSTUK = ValueCodec.of((out, v) -> {
    out.writeStartObject();
    out.writeNumberField("number", v.number());
    out.writeStringField("title", v.title());
    optionalField(out, "description", v.description());
    out.writeEndObject();
  }, in -> {
    Map<String, Object> f = fields(in, "a vraagstuk object", spec("number!", INT, "title!", STRING,
        "description", STRING));
    return f == null ? null : in.build(mark(f), () -> Vraagstuk.builder().number(get(f, "number"))
        .title(get(f, "title")).description(optional(f, "description")).build());
  });

  static final ValueCodec<Side> SIDE = ValueCodec.of((out, s) -> {
    out.writeStartObject();
    out.writeNumberField("number", s.number());
    out.writeStringField("name", s.name());
    optionalField(out, "englishName", s.englishName());
    out.writeEndObject();
  }, in -> {
    Map<String, Object> f = fields(in, "a side object", spec("number!", INT, "name!", STRING, "englishName",
        STRING));
    return f == null ? null : in.build(mark(f), () -> Side.builder().number(get(f, "number")).name(get(f, "name"))
        .englishName(optional(f, "englishName")).build());
  });

  static final ValueCodec<Table> TABLE = ValueCodec.of((out, t) -> {
    out.writeStartObject();
    out.writeNumberField("number", t.number());
    optionalField(out, "side", t.side());
    optionalField(out, "vraagstuk", t.vraagstuk());
    optionalField(out, "host", t.host());
    optionalField(out, "capacity", t.capacity());
    out.writeEndObject();
  }, in -> {
    Map<String, Object> f = fields(in, "a table object", spec("number!", INT, "side", INT, "vraagstuk", INT,
        "host", STRING, "capacity", INT));
    return f == null ? null : in.build(mark(f), () -> Table.builder().number(get(f, "number"))
        .side(optionalInt(f, "side")).vraagstuk(optionalInt(f, "vraagstuk")).host(optional(f, "host"))
        .capacity(optionalInt(f, "capacity")).build());
  });

  static final ValueCodec<Round> ROUND = ValueCodec.of((out, r) -> {
    out.writeStartObject();
    out.writeNumberField("number", r.number());
    out.writeStringField("duration", r.duration().toString());
    out.writeStringField("purpose", r.purpose());
    optionalField(out, "question", r.question());
    out.writeEndObject();
  }, in -> {
    Map<String, Object> f = fields(in, "a round object", spec("number!", INT, "duration!", DURATION,
        "purpose!", STRING, "question", STRING));
    return f == null ? null : in.build(mark(f), () -> Round.builder().number(get(f, "number"))
        .duration(get(f, "duration")).purpose(get(f, "purpose")).question(optional(f, "question")).build());
  });

  static final ValueCodec<Harvest> HARVEST = ValueCodec.of((out, h) -> {
    out.writeStartObject();
    out.writeNumberField("side", h.side());
    out.writeStringField("instruction", h.instruction());
    optionalField(out, "question", h.question());
    out.writeEndObject();
  }, in -> {
    Map<String, Object> f = fields(in, "a harvest object", spec("side!", INT, "instruction!", STRING,
        "question", STRING));
    return f == null ? null : in.build(mark(f), () -> Harvest.builder().side(get(f, "side"))
        .instruction(get(f, "instruction")).question(optional(f, "question")).build());
  });

  private static final ValueCodec<String> TEXT = ValueCodec.of(JsonOut::writeString, JsonIn::string);

  static final DocumentCodec<SessionPlan> SESSION_PLAN_DOCUMENT = new DocumentCodec<>() {
    @Override
    public void writeBody(JsonOut out, SessionPlan plan) throws IOException {
      out.writeStringField("title", plan.title());
      out.writeStringField("date", plan.date().toString());
      out.writeStringField("start", plan.start().toString());
      if (plan.plannedEnd().isPresent()) {
        out.writeStringField("plannedEnd", plan.plannedEnd().get().toString());
      }
      out.writeFieldName("vraagstukken");
      VRAAGSTUK.writeList(out, plan.vraagstukken());
      out.writeFieldName("sides");
      SIDE.writeList(out, plan.sides());
      out.writeFieldName("tables");
      TABLE.writeList(out, plan.tables());
      out.writeFieldName("rounds");
      ROUND.writeList(out, plan.rounds());
      out.writeFieldName("spelregels");
      TEXT.writeList(out, plan.spelregels());
      out.writeFieldName("harvests");
      HARVEST.writeList(out, plan.harvests());
      if (plan.introduction().isPresent()) {
        out.writeStringField("introduction", plan.introduction().get().toString());
      }
      out.writeStringField("changeover", plan.changeover().toString());
      if (plan.harvestDuration().isPresent()) {
        out.writeStringField("harvestDuration", plan.harvestDuration().get().toString());
      }
    }

    @Override
    public SessionPlan readBody(JsonIn in, JsonIn.Mark document) throws IOException {
      Map<String, Object> f = new HashMap<>();
      Map<String, FieldReader> spec = spec("title", STRING, "date", (FieldReader) JsonIn::localDate,
          "start", (FieldReader) JsonIn::localTime, "plannedEnd", (FieldReader) JsonIn::localTime,
          "vraagstukken", listOf(VRAAGSTUK, "an array of vraagstukken"), "sides", listOf(SIDE, "an array of sides"),
          "tables", listOf(TABLE, "an array of tables"), "rounds", listOf(ROUND, "an array of rounds"),
          "spelregels", listOf(TEXT, "an array of strings"), "harvests", listOf(HARVEST, "an array of harvests"),
          "introduction", DURATION, "changeover", DURATION, "harvestDuration", DURATION);
      String field;
      while ((field = in.field()) != null) {
        FieldReader reader = spec.get(field);
        if (reader == null) {
          in.unknown(field, "'title', 'date', 'start', 'plannedEnd', 'vraagstukken', 'sides', 'tables', 'rounds',"
              + " 'spelregels', 'harvests', 'introduction', 'changeover', 'harvestDuration'");
        } else {
          Object value = reader.read(in);
          f.put(field, value == null ? ABSENT : value);
        }
      }
      for (String required : List.of("title", "date", "start")) {
        if (!f.containsKey(required)) {
          in.missing(document, required, "a value");
        }
      }
      return in.build(document, () -> SessionPlan.builder().title(get(f, "title")).date((LocalDate) get(f, "date"))
          .start((LocalTime) get(f, "start")).plannedEnd(optional(f, "plannedEnd"))
          .vraagstukken(list(f, "vraagstukken")).sides(list(f, "sides")).tables(list(f, "tables"))
          .rounds(list(f, "rounds")).spelregels(list(f, "spelregels")).harvests(list(f, "harvests"))
          .introduction(optional(f, "introduction"))
          .changeover(f.containsKey("changeover") ? get(f, "changeover") : Duration.ZERO)
          .harvestDuration(optional(f, "harvestDuration")).build());
    }
  };

  // ------------------------------------------------------------------ rotation plan parts

  private static final FieldNames PARTICIPANT_FIELDS = FieldNames.of("id", "name", "organisation", "side",
      "firstRound", "lastRound");
  private static final FieldNames SEATING_FIELDS = FieldNames.of("round", "tables");

  /** Hundreds of thousands per document in large cafés: names encoded once. */
  static final ValueCodec<Participant> PARTICIPANT = ValueCodec.of((out, p) -> {
    FieldNames names = PARTICIPANT_FIELDS;
    out.writeStartObject();
    out.writeFieldName(names.serialized(0));
    out.writeString(p.id());
    optionalField(out, names.serialized(1), p.name());
    optionalField(out, names.serialized(2), p.organisation());
    optionalField(out, names.serialized(3), p.side());
    out.writeFieldName(names.serialized(4));
    out.writeNumber(p.firstRound());
    optionalField(out, names.serialized(5), p.lastRound());
    out.writeEndObject();
  }, in -> {
    Map<String, Object> f = fields(in, "a participant object", spec("id!", (FieldReader) i -> {
      String id = i.string();
      i.declare(PARTICIPANTS, id);
      return id;
    }, "name", STRING, "organisation", STRING, "side", INT, "firstRound", INT, "lastRound", INT));
    return f == null ? null : in.build(mark(f), () -> Participant.builder().id(get(f, "id"))
        .name(optional(f, "name")).organisation(optional(f, "organisation")).side(optionalInt(f, "side"))
        .firstRound(optionalInt(f, "firstRound").orElse(1)).lastRound(optionalInt(f, "lastRound")).build());
  });

  private static final FieldReader PARTICIPANT_REF = in -> {
    String id = in.string();
    in.refer(PARTICIPANTS, id);
    return id;
  };

  static final ValueCodec<PinnedSeat> PIN = ValueCodec.of((out, p) -> {
    out.writeStartObject();
    out.writeStringField("participant", p.participant());
    out.writeNumberField("round", p.round());
    out.writeNumberField("table", p.table());
    out.writeEndObject();
  }, in -> {
    Map<String, Object> f = fields(in, "a pinned seat object", spec("participant!", PARTICIPANT_REF, "round!", INT,
        "table!", INT));
    return f == null ? null : in.build(mark(f), () -> PinnedSeat.of(get(f, "participant"), get(f, "round"),
        get(f, "table")));
  });

  static final ValueCodec<Pair> PAIR = ValueCodec.of((out, p) -> {
    out.writeStartObject();
    out.writeStringField("first", p.first());
    out.writeStringField("second", p.second());
    out.writeEndObject();
  }, in -> {
    Map<String, Object> f = fields(in, "a pair object", spec("first!", PARTICIPANT_REF, "second!",
        PARTICIPANT_REF));
    return f == null ? null : in.build(mark(f), () -> Pair.of(get(f, "first"), get(f, "second")));
  });

  static final ValueCodec<RotationRequest> REQUEST = ValueCodec.of((out, r) -> {
    out.writeStartObject();
    out.writeFieldName("participants");
    PARTICIPANT.writeList(out, r.participants());
    out.writeFieldName("tables");
    TABLE.writeList(out, r.tables());
    out.writeFieldName("sides");
    SIDE.writeList(out, r.sides());
    out.writeFieldName("vraagstukken");
    VRAAGSTUK.writeList(out, r.vraagstukken());
    out.writeNumberField("rounds", r.rounds());
    out.writeNumberField("seed", r.seed());
    if (r.timeLimit().isPresent()) {
      out.writeStringField("timeLimit", r.timeLimit().get().toString());
    }
    if (r.iterationLimit().isPresent()) {
      out.writeNumberField("iterationLimit", r.iterationLimit().getAsLong());
    }
    out.writeFieldName("pins");
    PIN.writeList(out, r.pins());
    out.writeFieldName("keepApart");
    PAIR.writeList(out, r.keepApart());
    out.writeFieldName("keepTogether");
    PAIR.writeList(out, r.keepTogether());
    out.writeBooleanField("crossSides", r.crossSides());
    out.writeEndObject();
  }, in -> {
    Map<String, Object> f = fields(in, "a rotation request object", spec(
        "participants", (FieldReader) i -> {
          List<Participant> participants = PARTICIPANT.readList(i, "an array of participants");
          i.close(PARTICIPANTS, "#WORD_PARTICIPANT", "/request/participants");
          return participants;
        },
        "tables", listOf(TABLE, "an array of tables"), "sides", listOf(SIDE, "an array of sides"),
        "vraagstukken", listOf(VRAAGSTUK, "an array of vraagstukken"), "rounds!", INT, "seed", LONG,
        "timeLimit", DURATION, "iterationLimit", LONG, "pins", listOf(PIN, "an array of pinned seats"),
        "keepApart", listOf(PAIR, "an array of pairs"), "keepTogether", listOf(PAIR, "an array of pairs"),
        "crossSides", (FieldReader) JsonIn::bool));
    if (f == null) {
      return null;
    }
    Long limit = get(f, "iterationLimit");
    Long seed = get(f, "seed");
    Boolean cross = get(f, "crossSides");
    return in.build(mark(f), () -> RotationRequest.builder().participants(list(f, "participants"))
        .tables(list(f, "tables")).sides(list(f, "sides")).vraagstukken(list(f, "vraagstukken"))
        .rounds(get(f, "rounds")).seed(seed == null ? 0L : seed).timeLimit(optional(f, "timeLimit"))
        .iterationLimit(limit == null ? OptionalLong.empty() : OptionalLong.of(limit))
        .pins(list(f, "pins")).keepApart(list(f, "keepApart")).keepTogether(list(f, "keepTogether"))
        .crossSides(cross != null && cross).build());
  });

  static final ValueCodec<Seating> SEATING = ValueCodec.of((out, s) -> {
    out.writeStartObject();
    out.writeFieldName(SEATING_FIELDS.serialized(0));
    out.writeNumber(s.round());
    out.writeFieldName(SEATING_FIELDS.serialized(1));
    out.writeStartArray();
    for (int table : s.tableNumbers()) {
      out.writeNumber(table);
    }
    out.writeEndArray();
    out.writeEndObject();
  }, in -> {
    Map<String, Object> f = fields(in, "a seating object with 'round' and 'tables'", spec("round!", INT,
        "tables!", (FieldReader) i -> {
          List<Integer> tables = new ArrayList<>();
          if (i.array("an array of table numbers (0 for absent), one per participant")) {
            while (i.element()) {
              Integer table = i.integer();
              if (table != null) {
                tables.add(table);
              }
            }
          }
          return tables;
        }));
    return f == null ? null : in.build(mark(f), () -> Seating.of(get(f, "round"), get(f, "tables")));
  });

  static final ValueCodec<RotationStatistics> STATISTICS = ValueCodec.of((out, s) -> {
    out.writeStartObject();
    out.writeNumberField("repeats", s.repeats());
    out.writeNumberField("repeatedPairs", s.repeatedPairs());
    out.writeNumberField("maxMeetings", s.maxMeetings());
    out.writeNumberField("vraagstukRepeats", s.vraagstukRepeats());
    out.writeNumberField("colleagueMeetings", s.colleagueMeetings());
    out.writeNumberField("keepApartBroken", s.keepApartBroken());
    out.writeNumberField("keepTogetherBroken", s.keepTogetherBroken());
    out.writeNumberField("minContacts", s.minContacts());
    out.writeNumberField("meanContacts", s.meanContacts());
    out.writeNumberField("maxContacts", s.maxContacts());
    out.writeNumberField("seatsChanged", s.seatsChanged());
    out.writeEndObject();
  }, in -> {
    Map<String, Object> f = fields(in, "a statistics object", spec("repeats!", LONG, "repeatedPairs!", LONG,
        "maxMeetings!", INT, "vraagstukRepeats!", LONG, "colleagueMeetings!", LONG, "keepApartBroken!", LONG,
        "keepTogetherBroken!", LONG, "minContacts!", INT, "meanContacts!", (FieldReader) JsonIn::doubleValue,
        "maxContacts!", INT, "seatsChanged", LONG));
    if (f == null) {
      return null;
    }
    Long changed = get(f, "seatsChanged");
    return in.build(mark(f), () -> RotationStatistics.builder().repeats(get(f, "repeats"))
        .repeatedPairs(get(f, "repeatedPairs")).maxMeetings(get(f, "maxMeetings"))
        .vraagstukRepeats(get(f, "vraagstukRepeats")).colleagueMeetings(get(f, "colleagueMeetings"))
        .keepApartBroken(get(f, "keepApartBroken")).keepTogetherBroken(get(f, "keepTogetherBroken"))
        .minContacts(get(f, "minContacts")).meanContacts(get(f, "meanContacts")).maxContacts(get(f, "maxContacts"))
        .seatsChanged(changed == null ? 0L : changed).build());
  });

  static final ValueCodec<RotationBounds> BOUNDS = ValueCodec.of((out, b) -> {
    out.writeStartObject();
    optionalField(out, "zeroRepeatRounds", b.zeroRepeatRounds());
    out.writeNumberField("counting", b.counting());
    out.writeNumberField("pigeonhole", b.pigeonhole());
    out.writeNumberField("vraagstuk", b.vraagstuk());
    out.writeNumberField("colleagues", b.colleagues());
    out.writeNumberField("maxMeetings", b.maxMeetings());
    optionalField(out, "minContacts", b.minContacts());
    out.writeEndObject();
  }, in -> {
    Map<String, Object> f = fields(in, "a bounds object", spec("zeroRepeatRounds", INT, "counting!", LONG,
        "pigeonhole!", LONG, "vraagstuk!", LONG, "colleagues!", LONG, "maxMeetings", INT, "minContacts", INT));
    Integer maxMeetings = f == null ? null : get(f, "maxMeetings");
    return f == null ? null : in.build(mark(f), () -> RotationBounds.builder()
        .zeroRepeatRounds(optionalInt(f, "zeroRepeatRounds")).counting(get(f, "counting"))
        .pigeonhole(get(f, "pigeonhole")).vraagstuk(get(f, "vraagstuk")).colleagues(get(f, "colleagues"))
        .maxMeetings(maxMeetings == null ? 0 : maxMeetings).minContacts(optionalInt(f, "minContacts")).build());
  });

  static final ValueCodec<RotationAlternative> ALTERNATIVE = ValueCodec.of((out, a) -> {
    out.writeStartObject();
    out.writeStringField("kind", ALTERNATIVE_KINDS.write(a.kind()));
    out.writeNumberField("repeatsLowerBound", a.repeatsLowerBound());
    if (a.achievedRepeats().isPresent()) {
      out.writeNumberField("achievedRepeats", a.achievedRepeats().getAsLong());
    }
    out.writeEndObject();
  }, in -> {
    Map<String, Object> f = fields(in, "an alternative object", spec("kind!", (FieldReader) i -> i.token(
        ALTERNATIVE_KINDS), "repeatsLowerBound!", LONG, "achievedRepeats", LONG));
    if (f == null) {
      return null;
    }
    Long achieved = get(f, "achievedRepeats");
    return in.build(mark(f), () -> RotationAlternative.builder().kind(get(f, "kind"))
        .repeatsLowerBound(get(f, "repeatsLowerBound"))
        .achievedRepeats(achieved == null ? OptionalLong.empty() : OptionalLong.of(achieved)).build());
  });

  static final DocumentCodec<RotationPlan> ROTATION_PLAN_DOCUMENT = new DocumentCodec<>() {
    @Override
    public void writeBody(JsonOut out, RotationPlan plan) throws IOException {
      out.writeFieldName("request");
      REQUEST.write(out, plan.request());
      out.writeFieldName("seatings");
      SEATING.writeList(out, plan.seatings());
      out.writeFieldName("statistics");
      STATISTICS.write(out, plan.statistics());
      out.writeFieldName("bounds");
      BOUNDS.write(out, plan.bounds());
      out.writeFieldName("alternatives");
      ALTERNATIVE.writeList(out, plan.alternatives());
      out.writeNumberField("iterations", plan.iterations());
      out.writeStringField("stopReason", STOP_REASONS.write(plan.stopReason()));
    }

    @Override
    public RotationPlan readBody(JsonIn in, JsonIn.Mark document) throws IOException {
      Map<String, FieldReader> spec = spec("request", (FieldReader) REQUEST::read,
          "seatings", listOf(SEATING, "an array of seatings"), "statistics", (FieldReader) STATISTICS::read,
          "bounds", (FieldReader) BOUNDS::read, "alternatives", listOf(ALTERNATIVE, "an array of alternatives"),
          "iterations", LONG, "stopReason", (FieldReader) i -> i.token(STOP_REASONS));
      Map<String, Object> f = new HashMap<>();
      String field;
      while ((field = in.field()) != null) {
        FieldReader reader = spec.get(field);
        if (reader == null) {
          in.unknown(field, "'request', 'seatings', 'statistics', 'bounds', 'alternatives', 'iterations',"
              + " 'stopReason'");
        } else {
          Object value = reader.read(in);
          f.put(field, value == null ? ABSENT : value);
        }
      }
      for (String required : List.of("request", "statistics", "bounds", "iterations", "stopReason")) {
        if (!f.containsKey(required)) {
          in.missing(document, required, "a value");
        }
      }
      return in.build(document, () -> RotationPlan.builder().request(get(f, "request"))
          .seatings(list(f, "seatings")).statistics(get(f, "statistics")).bounds(get(f, "bounds"))
          .alternatives(list(f, "alternatives")).iterations((Long) get(f, "iterations"))
          .stopReason(get(f, "stopReason")).build());
    }
  };

  /** Every value type with a codec, for the Jackson module; the documents are registered with their envelope. */
  static final Map<Class<?>, ValueCodec<?>> VALUES = Map.ofEntries(
      Map.entry(Vraagstuk.class, VRAAGSTUK), Map.entry(Side.class, SIDE), Map.entry(Table.class, TABLE),
      Map.entry(Round.class, ROUND), Map.entry(Harvest.class, HARVEST), Map.entry(Participant.class, PARTICIPANT),
      Map.entry(PinnedSeat.class, PIN), Map.entry(Pair.class, PAIR), Map.entry(RotationRequest.class, REQUEST),
      Map.entry(Seating.class, SEATING), Map.entry(RotationStatistics.class, STATISTICS),
      Map.entry(RotationBounds.class, BOUNDS), Map.entry(RotationAlternative.class, ALTERNATIVE));
}
