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
import java.util.Collections;
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
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.Side;

/**
 * Reads participant lists from CSV as organisers keep them in spreadsheets: an optional header row naming the
 * columns (Dutch or English), then one participant per row. Without a header (no cell of the first row names a
 * known column) the columns are name, organisation, host table, side, in that order.
 *
 * <p>Columns: {@code naam}/{@code name} (required), {@code organisatie}/{@code organisation},
 * {@code tafelhost}/{@code host table} (the number of the table the participant hosts) and
 * {@code kant}/{@code side}. The separator is detected from the header ({@code ;} as Dutch Excel writes it, or
 * {@code ,}); UTF-8 with or without byte order mark; fields may be quoted (RFC 4180). Problems are worded in
 * English, or in Dutch by a reader from {@link #withLanguage}. Instances are immutable.
 */
public final class ParticipantCsv {
  private static final String NAME = "name";
  private static final String ORGANISATION = "organisation";
  private static final String HOST_TABLE = "hostTable";
  private static final String SIDE = "side";
  private static final String UNKNOWN = "";
  private static final Map<String, String> HEADERS = Map.ofEntries(
      Map.entry("naam", NAME), Map.entry("name", NAME), Map.entry("deelnemer", NAME),
      Map.entry("participant", NAME),
      Map.entry("organisatie", ORGANISATION), Map.entry("organisation", ORGANISATION),
      Map.entry("organization", ORGANISATION),
      Map.entry("tafelhost", HOST_TABLE), Map.entry("host table", HOST_TABLE), Map.entry("hosttable", HOST_TABLE),
      Map.entry("host", HOST_TABLE), Map.entry("hosttafel", HOST_TABLE),
      Map.entry("kant", SIDE), Map.entry("side", SIDE), Map.entry("zijde", SIDE));
  private static final String KNOWN = "'naam' (or 'name'), 'organisatie', 'tafelhost', 'kant'";
  private static final String KNOWN_NL = "'naam', 'organisatie', 'tafelhost', 'kant'";
  private static final String[] POSITIONAL = {NAME, ORGANISATION, HOST_TABLE, SIDE};
  private static final ParticipantCsv STANDARD = new ParticipantCsv(ReadLimits.DEFAULT, false);

  private final ReadLimits limits;
  private final boolean dutch;
  private final CsvFactory factory;

  private ParticipantCsv(ReadLimits limits, boolean dutch) {
    this.limits = limits;
    this.dutch = dutch;
    this.factory = CsvFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxDocumentBytes())
            .build())
        .build();
  }

  /** Returns the reader with {@link ReadLimits#DEFAULT} (at most 1,000,000 rows). */
  public static ParticipantCsv standard() {
    return STANDARD;
  }

  /**
   * Returns a reader with other limits: document size, string length, rows (collection size), problems.
   *
   * @throws NullPointerException if limits is null
   */
  public ParticipantCsv withLimits(ReadLimits readLimits) {
    return new ParticipantCsv(Objects.requireNonNull(readLimits, "limits"), dutch);
  }

  /**
   * Returns a reader whose problems are worded in Dutch for a Dutch locale ("nl"), else in English.
   *
   * @throws NullPointerException if locale is null
   */
  public ParticipantCsv withLanguage(Locale locale) {
    return new ParticipantCsv(limits, "nl".equals(Objects.requireNonNull(locale, "locale").getLanguage()));
  }

  private String say(String english, String dutchText) {
    return dutch ? dutchText : english;
  }

  /**
   * Reads the participants of a file.
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
   * Reads the participants of CSV bytes.
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
    } catch (JsonIn.Stop stop) {
      // the problems say why
    } catch (JsonProcessingException e) {
      String[] described = JacksonErrors.describe(e, limits);
      JsonLocation location = e.getLocation();
      String detail = described[0].startsWith("malformed JSON: ")
          ? described[0].substring("malformed JSON: ".length()) : described[0];
      int[] open = detail.contains("closing quote") ? unclosedQuote(text, separator(text)) : null;
      if (open != null) {
        reading.problems.add(new Problem(source, open[0], open[1], "", say(
            "a quote opens a field here and is never closed",
            "een aanhalingsteken opent hier een veld en wordt niet gesloten"), say("a closing quote '\"'",
            "een sluitend aanhalingsteken '\"'")));
      } else {
        reading.problems.add(new Problem(source, location == null ? 0 : JsonIn.line(location),
            location == null ? 0 : JsonIn.column(location), "", say("malformed CSV: ", "onleesbare CSV: ") + detail,
            say("CSV as RFC 4180 describes it", "CSV zoals RFC 4180 die beschrijft")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!reading.problems.isEmpty()) {
      throw new OpgaveFormatException(reading.problems);
    }
    return List.copyOf(reading.rows);
  }

  /**
   * Turns rows into the rotation's participants, in row order: ids made from the names ("Jos van der Ploeg" gives
   * "jos-van-der-ploeg", a second one "jos-van-der-ploeg-2"), the side found by number or by (English) name among
   * the session's sides.
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
          StringJoiner known = new StringJoiner(", ");
          sides.forEach(sd -> known.add(sd.number() + " (" + sd.name() + ")"));
          problems.add(new Problem(source, row.line(), 0, "/" + i + "/side", "the side "
              + JsonIn.quote(row.side().get()) + " is not a side of the session", "one of " + known));
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
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      OptionalInt table = rows.get(i).hostTable();
      if (table.isPresent() && hosts.putIfAbsent(table.getAsInt(), participants.get(i).id()) != null) {
        problems.add(new Problem(source, rows.get(i).line(), 0, "/" + i + "/hostTable", "table " + table.getAsInt()
            + " already has a host, " + JsonIn.quote(hosts.get(table.getAsInt())), "one host per table"));
      }
    }
    if (!problems.isEmpty()) {
      throw new OpgaveFormatException(problems);
    }
    return Collections.unmodifiableMap(hosts);
  }

  private static OptionalInt side(String text, List<Side> sides) {
    String folded = fold(text);
    for (Side side : sides) {
      if (folded.equals(Integer.toString(side.number())) || folded.equals(fold(side.name()))
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
    return new OpgaveFormatException(List.of(new Problem(source, 0, 0, "", say("the file is larger than ",
        "het bestand is groter dan ") + limits.maxDocumentBytes() + say(" bytes (the read limit)",
        " bytes (de leesgrens)"), "")));
  }

  private String decode(byte[] csv, String source) {
    int offset = 0;
    if (csv.length >= 3 && (csv[0] & 0xff) == 0xef && (csv[1] & 0xff) == 0xbb && (csv[2] & 0xff) == 0xbf) {
      offset = 3;
    } else if (csv.length >= 2 && ((csv[0] & 0xff) == 0xff && (csv[1] & 0xff) == 0xfe
        || (csv[0] & 0xff) == 0xfe && (csv[1] & 0xff) == 0xff)) {
      throw new OpgaveFormatException(List.of(new Problem(source, 1, 1, "", say("the file is UTF-16 encoded",
          "het bestand is in UTF-16 gecodeerd"), say("UTF-8 (in Excel: save as 'CSV UTF-8')",
          "UTF-8 (in Excel: opslaan als 'CSV UTF-8')"))));
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
      throw new OpgaveFormatException(List.of(new Problem(source, line, at - lineStart + 1, "",
          say("invalid UTF-8 (byte 0x", "ongeldige UTF-8 (byte 0x") + String.format("%02x", csv[at] & 0xff) + ")",
          say("text encoded as UTF-8 (in Excel: save as 'CSV UTF-8')",
              "tekst in UTF-8 (in Excel: opslaan als 'CSV UTF-8')"))));
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

  /** The state of one read. */
  private final class Reading {
    final String source;
    final List<Problem> problems = new ArrayList<>();
    final List<ParticipantRow> rows = new ArrayList<>();
    String[] columns;

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
        add(1, 1, "", say("the file holds no participants", "het bestand bevat geen deelnemers"),
            say("a row per participant: name, organisation, host table, side",
                "een regel per deelnemer: naam, organisatie, tafelhost, kant"));
      }
    }

    private void header(List<String> values, List<JsonLocation> locations, int line) {
      if (values.stream().noneMatch(v -> HEADERS.containsKey(fold(v)))) {
        columns = POSITIONAL;
        row(values, locations, line);
        return;
      }
      columns = new String[values.size()];
      boolean hasName = false;
      for (int i = 0; i < values.size(); i++) {
        String header = values.get(i);
        if (header.isBlank()) {
          continue;
        }
        String field = HEADERS.get(fold(header));
        JsonLocation at = locations.get(i);
        if (field == null) {
          add(line, JsonIn.column(at), "", say("unknown column ", "onbekende kolom ") + JsonIn.quote(header.strip()),
              say("one of " + KNOWN, "een van " + KNOWN_NL));
          columns[i] = UNKNOWN;
          continue;
        }
        for (int k = 0; k < i; k++) {
          if (field.equals(columns[k])) {
            add(line, JsonIn.column(at), "", say("the column ", "de kolom ") + JsonIn.quote(header.strip())
                + say(" appears twice", " staat er twee keer"), say("each column once", "elke kolom één keer"));
          }
        }
        columns[i] = field;
        hasName |= field.equals(NAME);
      }
      if (!hasName) {
        add(line, 1, "", say("the header has no name column", "de kopregel heeft geen kolom naam"),
            say("a header row with " + KNOWN, "een kopregel met " + KNOWN_NL));
        throw JsonIn.Stop.INSTANCE;
      }
    }

    private void row(List<String> values, List<JsonLocation> locations, int line) {
      int index = rows.size() + rejected;
      if (index >= limits.maxCollectionSize()) {
        add(line, 1, "/" + index, say("the file has more than ", "het bestand heeft meer dan ")
            + limits.maxCollectionSize() + say(" rows (the read limit)", " regels (de leesgrens)"), "");
        throw JsonIn.Stop.INSTANCE;
      }
      if (values.stream().allMatch(String::isBlank)) {
        return;
      }
      String name = null;
      String organisation = null;
      OptionalInt hostTable = OptionalInt.empty();
      String side = null;
      int before = problems.size();
      for (int i = 0; i < values.size(); i++) {
        String value = values.get(i).strip();
        int column = JsonIn.column(locations.get(i));
        if (i >= columns.length || columns[i] == null) {
          if (!value.isEmpty()) {
            add(line, column, "/" + index, say("value ", "waarde ") + JsonIn.quote(value)
                + say(" stands in a column without a known header", " staat in een kolom zonder bekende kop"),
                columns == POSITIONAL ? say("at most 4 columns: name, organisation, host table, side",
                    "hooguit 4 kolommen: naam, organisatie, tafelhost, kant") : say("at most ", "hooguit ")
                    + columns.length + say(" columns, as the header names them",
                    " kolommen, zoals de kopregel ze noemt"));
          }
          continue;
        }
        if (columns[i].equals(UNKNOWN)) {
          continue;
        }
        String pointer = "/" + index + "/" + columns[i];
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
          add(line, column, pointer, say("the value contains a line break or control character",
              "de waarde bevat een regeleinde of stuurteken"), say("one line of text", "één regel tekst"));
          continue;
        }
        switch (columns[i]) {
          case NAME:
            name = value;
            if (value.isEmpty()) {
              add(line, column, pointer, say("the name is empty", "de naam is leeg"),
                  say("the participant's name", "de naam van de deelnemer"));
            }
            break;
          case ORGANISATION:
            organisation = value.isEmpty() ? null : value;
            break;
          case HOST_TABLE:
            hostTable = table(value, line, column, pointer);
            break;
          default:
            side = value.isEmpty() ? null : value;
        }
      }
      if (name == null && problems.size() == before) {
        add(line, 1, "/" + index + "/" + NAME, say("the row has no name", "de regel heeft geen naam"),
            say("the participant's name", "de naam van de deelnemer"));
      }
      if (problems.size() == before) {
        rows.add(new ParticipantRow(line, name, Optional.ofNullable(organisation), hostTable,
            Optional.ofNullable(side)));
      } else {
        rejected++;
      }
    }

    private int rejected;

    private OptionalInt table(String value, int line, int column, String pointer) {
      if (value.isEmpty()) {
        return OptionalInt.empty();
      }
      if (value.length() <= 6 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
        int table = Integer.parseInt(value);
        if (table >= 1) {
          return OptionalInt.of(table);
        }
      }
      add(line, column, pointer, JsonIn.quote(value) + say(" is not a table number", " is geen tafelnummer"),
          say("a whole number from 1, or empty", "een geheel getal vanaf 1, of leeg"));
      return OptionalInt.empty();
    }

    private void add(int line, int column, String pointer, String message, String expected) {
      problems.add(new Problem(source, line, column, pointer, message, expected));
      if (problems.size() >= limits.maxProblems()) {
        problems.add(new Problem(source, line, column, pointer, say("stopped after ", "gestopt na ")
            + limits.maxProblems() + say(" problems", " problemen"), ""));
        throw JsonIn.Stop.INSTANCE;
      }
    }
  }
}
