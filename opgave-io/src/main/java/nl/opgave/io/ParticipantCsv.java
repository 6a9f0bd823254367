package nl.opgave.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.model.DutchText;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.Side;
import nl.opgave.model.seed.WorldCafe4Maart;

/**
 * Reads and judges participant lists from CSV as organisers keep them in spreadsheets: an optional header row
 * naming the columns (Dutch or English), then one participant per row. Without a header (no cell of the first
 * row names a known column) the columns are name, organisation, host table, side, in that order.
 *
 * <p>Columns: {@code naam}/{@code name} (required), {@code organisatie}/{@code organisation},
 * {@code tafelhost}/{@code host table} (the number of the table the participant hosts) and
 * {@code kant}/{@code side} (a side's number, its Dutch or English name, or the inflected form the seed uses:
 * {@code 1}, {@code wit}, {@code witte}, {@code white}). The rosters {@link RotationCsv} writes are participant
 * lists too: their {@code deelnemer} column (next to {@code naam}) is the participant's id, {@code ronde} and
 * {@code tafel} or {@code ronde 1}, {@code ronde 2}, ... say where each one sits, and a participant's rows count
 * once. The separator is detected from the header ({@code ;} as Dutch Excel writes it, or {@code ,}); UTF-8 with
 * or without byte order mark; fields may be quoted (RFC 4180).
 *
 * <p>One read judges the whole file: every problem of form (line, column) and of content (a name listed twice,
 * two hosts for one table, a side the session does not have, a table it does not have), all at once, each with
 * a code from {@link ProblemCode}. Instances are immutable.
 */
public final class ParticipantCsv {
  private static final String NAME = "name";
  private static final String ORGANISATION = "organisation";
  private static final String HOST_TABLE = "hostTable";
  private static final String SIDE = "side";
  private static final String ID = "id";
  private static final String ID_OR_NAME = "participant";
  private static final String ROUND = "round";
  private static final String TABLE = "table";
  private static final String ROUND_PREFIX = "round ";
  private static final String UNKNOWN = "";
  private static final Map<String, String> HEADERS = Map.ofEntries(
      Map.entry("naam", NAME), Map.entry("name", NAME), Map.entry("deelnemer", ID_OR_NAME),
      Map.entry("participant", ID_OR_NAME),
      Map.entry("organisatie", ORGANISATION), Map.entry("organisation", ORGANISATION),
      Map.entry("organization", ORGANISATION),
      Map.entry("tafelhost", HOST_TABLE), Map.entry("host table", HOST_TABLE), Map.entry("hosttable", HOST_TABLE),
      Map.entry("host", HOST_TABLE), Map.entry("hosttafel", HOST_TABLE),
      Map.entry("kant", SIDE), Map.entry("side", SIDE), Map.entry("zijde", SIDE),
      Map.entry("ronde", ROUND), Map.entry("round", ROUND), Map.entry("tafel", TABLE), Map.entry("table", TABLE));
  private static final Pattern ROUND_COLUMN = Pattern.compile("(?:ronde|round) ?([1-9][0-9]{0,3})");
  private static final String[] POSITIONAL = {NAME, ORGANISATION, HOST_TABLE, SIDE};
  private static final ParticipantCsv STANDARD = new ParticipantCsv(ReadLimits.DEFAULT, Locale.ENGLISH,
      WorldCafe4Maart.sides(), 0);

  private final ReadLimits limits;
  private final Locale locale;
  private final List<Side> sides;
  private final int tables;
  private final CsvFactory factory;

  private ParticipantCsv(ReadLimits limits, Locale locale, List<Side> sides, int tables) {
    this.limits = limits;
    this.locale = locale;
    this.sides = sides;
    this.tables = tables;
    this.factory = CsvFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxDocumentBytes())
            .build())
        .build();
  }

  /**
   * Returns the reader with {@link ReadLimits#DEFAULT} (at most 1,000,000 rows), the seed's sides (1 wit, 2 blauw)
   * and any number of tables.
   */
  public static ParticipantCsv standard() {
    return STANDARD;
  }

  /**
   * Returns a reader with other limits: document size, string length, rows (collection size), problems.
   *
   * @throws NullPointerException if limits is null
   */
  public ParticipantCsv withLimits(ReadLimits readLimits) {
    return new ParticipantCsv(Objects.requireNonNull(readLimits, "limits"), locale, sides, tables);
  }

  /**
   * Returns a reader whose exception message is worded in Dutch for a Dutch locale ("nl"), else in English; the
   * problems themselves render in any language ({@link Problem#render(Locale)}).
   *
   * @throws NullPointerException if locale is null
   */
  public ParticipantCsv withLanguage(Locale language) {
    return new ParticipantCsv(limits, Objects.requireNonNull(language, "locale"), sides, tables);
  }

  /**
   * Returns a reader for a session with these sides: a row's side must be one of them; none means the session
   * has no sides and a row must name none.
   *
   * @throws NullPointerException if sides is null
   */
  public ParticipantCsv withSides(List<Side> sessionSides) {
    return new ParticipantCsv(limits, locale, List.copyOf(sessionSides), tables);
  }

  /**
   * Returns a reader for a session with this many tables: a host table must lie from 1 to tables; 0 for any.
   *
   * @throws IllegalArgumentException if tables is negative
   */
  public ParticipantCsv withTables(int sessionTables) {
    if (sessionTables < 0) {
      throw new IllegalArgumentException("tables must not be negative, but was " + sessionTables);
    }
    return new ParticipantCsv(limits, locale, sides, sessionTables);
  }

  /**
   * Reads and judges the participants of a file.
   *
   * @throws OpgaveFormatException with every problem found (line, column, row and column name)
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if file is null
   */
  public List<ParticipantRow> read(Path file) throws IOException {
    if (Files.size(file) > limits.maxDocumentBytes()) {
      throw tooLarge(file.toString());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1)),
          file.toString());
    }
  }

  /**
   * Reads and judges the participants of CSV bytes.
   *
   * @param source the name used in problems, such as the file name
   * @throws OpgaveFormatException with every problem found (line, column, row and column name)
   * @throws NullPointerException if an argument is null
   */
  public List<ParticipantRow> read(byte[] csv, String source) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(source, "source");
    if (csv.length > limits.maxDocumentBytes()) {
      throw tooLarge(source);
    }
    Reading reading = new Reading(source);
    String text = decode(csv, source);
    try {
      reading.read(text);
      reading.judge();
    } catch (JsonIn.Stop stop) {
      // the problems say why
    } catch (JsonProcessingException e) {
      ProblemMessage described = JacksonErrors.describe(e, limits);
      JsonLocation location = e.getLocation();
      boolean malformed = described.code() == ProblemCode.JSON_MALFORMED;
      String detail = malformed ? described.arguments().get(0).replaceFirst("^: ", "") : "";
      int[] open = detail.contains("closing quote") ? unclosedQuote(text, separator(text)) : null;
      if (open != null) {
        reading.problems.add(new Problem(source, open[0], open[1], "",
            ProblemMessage.of(ProblemCode.CSV_UNCLOSED_QUOTE)));
      } else {
        reading.problems.add(new Problem(source, location == null ? 0 : JsonIn.line(location),
            location == null ? 0 : JsonIn.column(location), "",
            malformed ? ProblemMessage.of(ProblemCode.CSV_MALFORMED, detail) : described));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!reading.problems.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(reading.problems);
      sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      throw failure(sorted);
    }
    return List.copyOf(reading.rows);
  }

  /**
   * Returns the number of the side a row names among this reader's sides: by number, by Dutch or English name,
   * or by the inflected Dutch form ("witte"); ignoring case, accents and surrounding space.
   *
   * @throws NullPointerException if text is null
   */
  public OptionalInt side(String text) {
    return side(text, sides);
  }

  /**
   * Turns rows into the rotation's participants, in row order: ids made from the names ("Jos van der Ploeg" gives
   * "jos-van-der-ploeg", a second one "jos-van-der-ploeg-2"), the side found as {@link #side(String)} finds it
   * among the session's sides.
   *
   * @param source the file name, for problems
   * @throws OpgaveFormatException listing every row whose side is not among the sides
   * @throws NullPointerException if an argument is null
   */
  public static List<Participant> participants(List<ParticipantRow> rows, List<Side> sides, String source) {
    List<Problem> problems = new ArrayList<>();
    List<Participant> participants = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      ParticipantRow row = rows.get(i);
      String base = slug(row.name());
      String id = base;
      for (int n = 2; !ids.add(id); n++) {
        id = base + "-" + n;
      }
      Participant.Builder participant = Participant.builder().id(id).name(row.name())
          .organisation(row.organisation());
      if (row.side().isPresent()) {
        OptionalInt side = side(row.side().get(), sides);
        if (side.isEmpty()) {
          problems.add(new Problem(source, row.line(), 0, "/" + i + "/side", unknownSide(row.side().get(), sides)));
          continue;
        }
        participant.side(side);
      }
      participants.add(participant.build());
    }
    if (!problems.isEmpty()) {
      throw new OpgaveFormatException(problems);
    }
    return List.copyOf(participants);
  }

  /**
   * Returns the hosts the rows name: table number to the id of its host, for rows and the participants made from
   * them by {@link #participants}.
   *
   * @param source the file name, for problems
   * @throws OpgaveFormatException if two rows host the same table
   * @throws IllegalArgumentException if the lists differ in length
   */
  public static Map<Integer, String> hosts(List<ParticipantRow> rows, List<Participant> participants, String source) {
    if (rows.size() != participants.size()) {
      throw new IllegalArgumentException("rows and participants must have the same length, but have " + rows.size()
          + " and " + participants.size());
    }
    Map<Integer, String> hosts = new TreeMap<>();
    Map<Integer, ParticipantRow> hostRows = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ParticipantRow row = rows.get(i);
      OptionalInt table = row.hostTable();
      if (table.isPresent()) {
        ParticipantRow first = hostRows.putIfAbsent(table.getAsInt(), row);
        if (first == null) {
          hosts.put(table.getAsInt(), participants.get(i).id());
        } else {
          problems.add(new Problem(source, row.line(), 0, "/" + i + "/hostTable", twoHosts(table.getAsInt(), first)));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new OpgaveFormatException(problems);
    }
    return Collections.unmodifiableMap(hosts);
  }

  private static ProblemMessage twoHosts(int table, ParticipantRow first) {
    return ProblemMessage.of(ProblemCode.CSV_TWO_HOSTS, table, JsonIn.quote(first.name()), first.line());
  }

  private static ProblemMessage unknownSide(String text, List<Side> sides) {
    if (sides.isEmpty()) {
      return ProblemMessage.of(ProblemCode.CSV_NO_SIDES, JsonIn.quote(text));
    }
    StringJoiner known = new StringJoiner(", ");
    sides.forEach(sd -> known.add(sd.number() + " (" + sd.name() + ")"));
    return ProblemMessage.of(ProblemCode.CSV_UNKNOWN_SIDE, JsonIn.quote(text), known);
  }

  private static OptionalInt side(String text, List<Side> sides) {
    String folded = fold(text);
    for (Side side : sides) {
      String name = fold(side.name());
      if (folded.equals(Integer.toString(side.number())) || folded.equals(name) || folded.equals(name + "e")
          || !name.isEmpty() && folded.equals(name + name.charAt(name.length() - 1) + "e")
          || side.englishName().map(ParticipantCsv::fold).filter(folded::equals).isPresent()) {
        return OptionalInt.of(side.number());
      }
    }
    return OptionalInt.empty();
  }

  static String slug(String name) {
    String slug = fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 90) {
      slug = slug.substring(0, 90).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "deelnemer" : slug;
  }

  private OpgaveFormatException tooLarge(String source) {
    return failure(List.of(new Problem(source, 0, 0, "", ProblemMessage.of(ProblemCode.FILE_TOO_LARGE,
        limits.maxDocumentBytes()))));
  }

  private OpgaveFormatException failure(List<Problem> problems) {
    return new OpgaveFormatException(problems, locale);
  }

  private String decode(byte[] csv, String source) {
    int offset = 0;
    if (csv.length >= 3 && (csv[0] & 0xff) == 0xef && (csv[1] & 0xff) == 0xbb && (csv[2] & 0xff) == 0xbf) {
      offset = 3;
    } else if (csv.length >= 2 && ((csv[0] & 0xff) == 0xff && (csv[1] & 0xff) == 0xfe
        || (csv[0] & 0xff) == 0xfe && (csv[1] & 0xff) == 0xff)) {
      throw failure(List.of(new Problem(source, 1, 1, "", ProblemMessage.of(ProblemCode.NOT_UTF8))));
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(csv, offset, csv.length - offset);
    CharBuffer out = CharBuffer.allocate(csv.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = offset;
      for (int i = offset; i < at; i++) {
        if (csv[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw failure(List.of(new Problem(source, line, at - lineStart + 1, "",
          ProblemMessage.of(ProblemCode.INVALID_UTF8, String.format("%02x", csv[at] & 0xff)))));
    }
    out.flip();
    return out.toString();
  }

  static char separator(String text) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == '\t') {
        tabs++;
      }
    }
    if (tabs > semicolons && tabs > commas) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  static int[] unclosedQuote(String text, char separator) {
    int line = 1;
    int column = 1;
    int[] open = null;
    boolean fieldStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open != null) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i++;
          column++;
        } else if (c == '"') {
          open = null;
        }
      } else if (c == '"' && fieldStart) {
        open = new int[] {line, column};
      }
      fieldStart = open == null && (c == separator || c == '\n' || c == '\r');
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    return open;
  }

  private static String fold(String header) {
    String stripped = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return stripped.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
  }

  /** One row read without problems of form, with the columns of its cells for later problems. */
  private static final class Row {
    int index;
    int line;
    String id;
    String name;
    int nameColumn;
    String organisation;
    OptionalInt hostTable = OptionalInt.empty();
    int hostColumn;
    String side;
    int sideColumn;
    int round;
    int table;
  }

  /** The state of one read. */
  private final class Reading {
    final String source;
    final List<Problem> problems = new ArrayList<>();
    final List<ParticipantRow> rows = new ArrayList<>();
    final List<Row> read = new ArrayList<>();
    String[] columns;
    boolean roster;
    private int rejected;

    Reading(String source) {
      this.source = source;
    }

    void read(String text) throws IOException {
      char separator = separator(text);
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutHeader();
      try (CsvParser parser = factory.createParser(text)) {
        parser.setSchema(schema);
        parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          throw new IllegalStateException("CSV parser gave no array");
        }
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_ARRAY) {
          List<String> values = new ArrayList<>();
          List<JsonLocation> locations = new ArrayList<>();
          while (parser.nextToken() == JsonToken.VALUE_STRING) {
            values.add(parser.getText());
            locations.add(parser.currentTokenLocation());
          }
          int line = locations.isEmpty() ? JsonIn.line(parser.currentTokenLocation())
              : JsonIn.line(locations.get(0));
          if (columns == null) {
            header(values, locations, line);
          } else {
            row(values, locations, line);
          }
        }
        if (token != JsonToken.END_ARRAY) {
          throw new IllegalStateException("CSV parser gave " + token);
        }
      }
      if (columns == null) {
        add(1, 1, "", ProblemMessage.of(ProblemCode.CSV_EMPTY));
      }
    }

    private String field(String header) {
      String folded = fold(header);
      String field = HEADERS.get(folded);
      if (field == null) {
        Matcher round = ROUND_COLUMN.matcher(folded);
        if (round.matches()) {
          field = ROUND_PREFIX + round.group(1);
        }
      }
      return field;
    }

    private void header(List<String> values, List<JsonLocation> locations, int line) {
      if (values.stream().noneMatch(v -> field(v) != null)) {
        columns = POSITIONAL;
        row(values, locations, line);
        return;
      }
      columns = new String[values.size()];
      boolean hasName = values.stream().anyMatch(v -> NAME.equals(field(v)));
      for (int i = 0; i < values.size(); i++) {
        String header = values.get(i);
        if (header.isBlank()) {
          continue;
        }
        String field = field(header);
        JsonLocation at = locations.get(i);
        if (field == null) {
          add(line, JsonIn.column(at), "", ProblemMessage.of(ProblemCode.CSV_UNKNOWN_COLUMN,
              JsonIn.quote(header.strip())));
          columns[i] = UNKNOWN;
          continue;
        }
        if (field.equals(ID_OR_NAME)) {
          field = hasName ? ID : NAME;
        }
        for (int k = 0; k < i; k++) {
          if (field.equals(columns[k])) {
            add(line, JsonIn.column(at), "", ProblemMessage.of(ProblemCode.CSV_COLUMN_TWICE,
                JsonIn.quote(header.strip())));
          }
        }
        columns[i] = field;
        roster |= field.equals(ROUND);
      }
      if (!Arrays.asList(columns).contains(NAME)) {
        add(line, 1, "", ProblemMessage.of(ProblemCode.CSV_NO_NAME_COLUMN));
        throw JsonIn.Stop.INSTANCE;
      }
    }

    private void row(List<String> values, List<JsonLocation> locations, int line) {
      int index = read.size() + rejected;
      if (index >= limits.maxCollectionSize()) {
        add(line, 1, "/" + index, ProblemMessage.of(ProblemCode.TOO_MANY_ROWS, limits.maxCollectionSize()));
        throw JsonIn.Stop.INSTANCE;
      }
      if (blank(values)) {
        return;
      }
      Row row = new Row();
      row.index = index;
      row.line = line;
      int before = problems.size();
      boolean hasRound = false;
      boolean hasTable = false;
      for (int i = 0; i < values.size(); i++) {
        String value = values.get(i).strip();
        int column = JsonIn.column(locations.get(i));
        if (i >= columns.length || columns[i] == null) {
          if (!value.isEmpty()) {
            add(line, column, "/" + index, columns == POSITIONAL
                ? ProblemMessage.of(ProblemCode.CSV_EXTRA_VALUE, JsonIn.quote(value))
                : ProblemMessage.of(ProblemCode.CSV_EXTRA_VALUE_HEADER, JsonIn.quote(value), columns.length));
          }
          continue;
        }
        if (columns[i].equals(UNKNOWN)) {
          continue;
        }
        if (control(value)) {
          add(line, column, pointer(index, columns[i]), ProblemMessage.of(ProblemCode.CSV_CONTROL));
          continue;
        }
        switch (columns[i]) {
          case NAME:
            row.name = value;
            row.nameColumn = column;
            if (value.isEmpty()) {
              add(line, column, pointer(index, NAME), ProblemMessage.of(ProblemCode.CSV_NAME_EMPTY));
            }
            break;
          case ID:
            row.id = value.isEmpty() ? null : value;
            break;
          case ORGANISATION:
            row.organisation = value.isEmpty() ? null : value;
            break;
          case HOST_TABLE:
            row.hostTable = number(value, line, column, index, HOST_TABLE, ProblemCode.CSV_NOT_A_TABLE);
            row.hostColumn = column;
            break;
          case SIDE:
            row.side = value.isEmpty() ? null : value;
            row.sideColumn = column;
            break;
          case ROUND:
            row.round = number(value, line, column, index, ROUND, ProblemCode.CSV_NOT_A_NUMBER).orElse(0);
            hasRound = !value.isEmpty();
            break;
          case TABLE:
            row.table = number(value, line, column, index, TABLE, ProblemCode.CSV_NOT_A_NUMBER).orElse(0);
            hasTable = !value.isEmpty();
            break;
          default:
            number(value, line, column, index, columns[i], ProblemCode.CSV_NOT_A_NUMBER);
        }
      }
      if (row.name == null && problems.size() == before) {
        add(line, 1, "/" + index + "/" + NAME, ProblemMessage.of(ProblemCode.CSV_NO_NAME));
      }
      if (roster && problems.size() == before && (!hasRound || !hasTable)) {
        add(line, 1, "/" + index + "/" + (hasRound ? TABLE : ROUND), ProblemMessage.of(ProblemCode.CSV_NOT_A_NUMBER,
            "''"));
      }
      if (problems.size() == before) {
        read.add(row);
      } else {
        rejected++;
      }
    }

    private OptionalInt number(String value, int line, int column, int index, String field, ProblemCode code) {
      if (value.isEmpty()) {
        return OptionalInt.empty();
      }
      if (value.length() <= 6 && digits(value)) {
        int number = Integer.parseInt(value);
        if (number >= 1) {
          return OptionalInt.of(number);
        }
      }
      add(line, column, pointer(index, field), ProblemMessage.of(code, JsonIn.quote(value)));
      return OptionalInt.empty();
    }

    private static String pointer(int index, String field) {
      return "/" + index + "/" + field.replace(' ', '-');
    }

    private static boolean blank(List<String> values) {
      for (String value : values) {
        if (!value.isBlank()) {
          return false;
        }
      }
      return true;
    }

    private static boolean control(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isISOControl(c) && c != '\t') {
          return true;
        }
      }
      return false;
    }

    private static boolean digits(String value) {
      for (int i = 0; i < value.length(); i++) {
        if (value.charAt(i) < '0' || value.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    /** The rules of content: each participant once, one host per table, known sides and tables. */
    void judge() {
      Map<String, Row> byKey = new HashMap<>(2 * read.size());
      Map<String, Row> byName = new HashMap<>(2 * read.size());
      Map<Integer, Row> hosts = new HashMap<>();
      Set<String> seats = new HashSet<>();
      for (Row row : read) {
        String name = DutchText.fold(row.name);
        String key = row.id != null ? "id:" + row.id : "name:" + name;
        String at = "/" + row.index + "/";
        Row first = byKey.putIfAbsent(key, row);
        boolean hostChecked = false;
        if (roster) {
          if (!seats.add(key + "@" + row.round)) {
            add(row.line, row.nameColumn, at + NAME, ProblemMessage.of(ProblemCode.CSV_SEATED_TWICE,
                JsonIn.quote(row.name), row.round));
          }
          if (row.hostTable.isPresent() && row.hostTable.getAsInt() != row.table) {
            add(row.line, row.hostColumn, at + HOST_TABLE, ProblemMessage.of(ProblemCode.CSV_HOST_NOT_TABLE,
                JsonIn.quote(Integer.toString(row.hostTable.getAsInt())), row.table));
            hostChecked = true;
          }
        } else if (first != null) {
          add(row.line, row.nameColumn, at + NAME, ProblemMessage.of(ProblemCode.CSV_DUPLICATE_NAME,
              JsonIn.quote(row.name), first.line));
        }
        if (first == null) {
          Row sameName = byName.putIfAbsent(name, row);
          if (sameName != null) {
            add(row.line, row.nameColumn, at + NAME, ProblemMessage.of(ProblemCode.CSV_DUPLICATE_NAME,
                JsonIn.quote(row.name), sameName.line));
          }
        }
        if (row.hostTable.isPresent() && !hostChecked) {
          int table = row.hostTable.getAsInt();
          if (tables > 0 && table > tables) {
            add(row.line, row.hostColumn, at + HOST_TABLE, ProblemMessage.of(ProblemCode.CSV_NO_SUCH_TABLE, table,
                tables));
          } else {
            Row host = hosts.putIfAbsent(table, row);
            if (host != null && !Objects.equals(key, host.id != null ? "id:" + host.id
                : "name:" + DutchText.fold(host.name))) {
              add(row.line, row.hostColumn, at + HOST_TABLE, twoHosts(table, new ParticipantRow(host.line, host.name,
                  Optional.empty(), OptionalInt.empty(), Optional.empty())));
            }
          }
        }
        if (row.side != null && side(row.side, sides).isEmpty()) {
          add(row.line, row.sideColumn, at + SIDE, unknownSide(row.side, sides));
        }
        if (first == null) {
          rows.add(new ParticipantRow(row.line, row.name, Optional.ofNullable(row.organisation), row.hostTable,
              Optional.ofNullable(row.side)));
        }
      }
    }

    private void add(int line, int column, String pointer, ProblemMessage message) {
      problems.add(new Problem(source, line, column, pointer, message));
      if (problems.size() >= limits.maxProblems()) {
        problems.add(new Problem(source, line, column, pointer, ProblemMessage.of(ProblemCode.STOPPED,
            limits.maxProblems())));
        throw JsonIn.Stop.INSTANCE;
      }
    }
  }
}
