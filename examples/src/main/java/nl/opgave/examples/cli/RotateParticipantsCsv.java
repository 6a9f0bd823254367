package nl.opgave.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import nl.opgave.model.DutchText;

/**
 * Reads the participants of a café from CSV (RFC 4180): name, organisation, optional host table, optional side;
 * separated by ';' (Dutch Excel) or ','; UTF-8 with or without BOM; quoted fields may hold separators, quotes and
 * line breaks. Every error names the file, the line and the column. The io module will replace this reader.
 */
final class RotateParticipantsCsv {
  /** One participant row. */
  static final class Row {
    final String name;
    final String organisation;
    final OptionalInt hostTable;
    final OptionalInt side;
    final int line;

    Row(String name, String organisation, OptionalInt hostTable, OptionalInt side, int line) {
      this.name = name;
      this.organisation = organisation;
      this.hostTable = hostTable;
      this.side = side;
      this.line = line;
    }
  }

  private static final class Field {
    final String text;
    final int line;
    final int column;

    Field(String text, int line, int column) {
      this.text = text;
      this.line = line;
      this.column = column;
    }
  }

  private static final int NAME = 0;
  private static final int ORGANISATION = 1;
  private static final int HOST = 2;
  private static final int SIDE = 3;

  private final String file;
  private final Lang lang;

  private RotateParticipantsCsv(String file, Lang lang) {
    this.file = file;
    this.lang = lang;
  }

  static List<Row> read(Path path, Lang lang) {
    RotateParticipantsCsv reader = new RotateParticipantsCsv(path.toString(), lang);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UserException(lang.pick("bestand niet gevonden: ", "file not found: ") + path);
    } catch (IOException e) {
      throw new UserException(lang.pick("kan bestand niet lezen: ", "cannot read file: ") + path + " (" + e.getMessage()
          + ")");
    }
    return reader.parse(reader.decode(bytes));
  }

  static List<Row> parse(String file, String text, Lang lang) {
    return new RotateParticipantsCsv(file, lang).parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private String decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw error(line, offset - lineStart + 1, "geen geldige UTF-8 (byte " + (offset + 1) + ")",
          "not valid UTF-8 (byte " + (offset + 1) + ")");
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private UserException error(int line, int column, String dutch, String english) {
    return new UserException(file + lang.pick(", regel ", ", line ") + line + lang.pick(", kolom ", ", column ")
        + column + ": " + lang.pick(dutch, english));
  }

  private List<List<Field>> records(String text) {
    List<List<Field>> records = new ArrayList<>();
    char separator = separator(text);
    List<Field> record = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    int length = text.length();
    int line = 1;
    int column = 1;
    int i = 0;
    while (true) {
      int fieldLine = line;
      int fieldColumn = column;
      value.setLength(0);
      boolean quoted = i < length && text.charAt(i) == '"';
      if (quoted) {
        i++;
        column++;
        while (true) {
          if (i >= length) {
            throw error(fieldLine, fieldColumn, "aanhalingsteken wordt niet gesloten", "quote is never closed");
          }
          char c = text.charAt(i++);
          if (c == '"') {
            if (i < length && text.charAt(i) == '"') {
              value.append('"');
              i++;
              column += 2;
              continue;
            }
            column++;
            break;
          }
          value.append(c);
          boolean newline = c == '\n' || c == '\r' && !(i < length && text.charAt(i) == '\n');
          line += newline ? 1 : 0;
          column = newline ? 1 : column + 1;
        }
        if (i < length && text.charAt(i) != separator && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          throw error(line, column, "tekst na het sluitende aanhalingsteken; verdubbel aanhalingstekens binnen een"
              + " veld", "text after the closing quote; double quotes inside a field");
        }
      } else {
        while (i < length) {
          char c = text.charAt(i);
          if (c == separator || c == '\n' || c == '\r') {
            break;
          }
          if (c == '"') {
            throw error(line, column, "aanhalingsteken midden in een veld zonder aanhalingstekens",
                "quote inside an unquoted field");
          }
          value.append(c);
          i++;
          column++;
        }
      }
      record.add(new Field(quoted ? value.toString() : value.toString().strip(), fieldLine, fieldColumn));
      if (i < length && text.charAt(i) == separator) {
        i++;
        column++;
        continue;
      }
      if (!(record.size() == 1 && record.get(0).text.isEmpty())) {
        records.add(record);
      }
      record = new ArrayList<>();
      if (i >= length) {
        return records;
      }
      i += text.charAt(i) == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
      line++;
      column = 1;
    }
  }

  private static char separator(String text) {
    boolean quoted = false;
    int semicolons = 0;
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (semicolons + commas > 0) {
          break;
        }
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    return semicolons > 0 ? ';' : ',';
  }

  private List<Row> parse(String text) {
    List<List<Field>> records = records(text);
    int[] column = {NAME, ORGANISATION, HOST, SIDE};
    int columns = 4;
    int first = 0;
    if (!records.isEmpty() && header(records.get(0).get(0).text) == NAME) {
      first = 1;
      column = new int[] {-1, -1, -1, -1};
      List<Field> header = records.get(0);
      columns = header.size();
      for (int c = 0; c < header.size(); c++) {
        int kind = header(header.get(c).text);
        if (kind < 0) {
          throw error(header.get(c).line, header.get(c).column, "onbekende kolom " + quote(header.get(c).text)
              + "; gebruik naam, organisatie, tafelhost en kant", "unknown column " + quote(header.get(c).text)
              + "; use name, organisation, host and side");
        }
        if (column[kind] >= 0) {
          throw error(header.get(c).line, header.get(c).column, "kolom " + quote(header.get(c).text)
              + " komt twee keer voor", "column " + quote(header.get(c).text) + " occurs twice");
        }
        column[kind] = c;
      }
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();
    for (int r = first; r < records.size(); r++) {
      List<Field> record = records.get(r);
      if (record.size() > columns) {
        Field extra = record.get(columns);
        throw error(extra.line, extra.column, "meer dan " + columns + " kolommen", "more than " + columns + " columns");
      }
      Field nameField = field(record, column[NAME]);
      int line = record.get(0).line;
      if (nameField == null || nameField.text.isBlank()) {
        int col = nameField == null ? 1 : nameField.column;
        throw error(line, col, "naam ontbreekt", "name is missing");
      }
      String name = nameField.text.strip();
      Integer previous = names.put(DutchText.fold(name), line);
      if (previous != null) {
        throw error(line, nameField.column, "naam " + quote(name) + " staat ook op regel " + previous
            + "; maak namen uniek", "name " + quote(name) + " also appears on line " + previous + "; make names unique");
      }
      Field org = field(record, column[ORGANISATION]);
      rows.add(new Row(name, org == null || org.text.isBlank() ? null : org.text.strip(),
          number(field(record, column[HOST]), "tafelhost", "host table"),
          number(field(record, column[SIDE]), "kant", "side"), line));
    }
    if (rows.isEmpty()) {
      throw new UserException(file + ": " + lang.pick("geen deelnemers gevonden", "no participants found"));
    }
    return rows;
  }

  private static Field field(List<Field> record, int index) {
    return index >= 0 && index < record.size() ? record.get(index) : null;
  }

  private OptionalInt number(Field field, String dutch, String english) {
    if (field == null || field.text.isBlank()) {
      return OptionalInt.empty();
    }
    try {
      int value = Integer.parseInt(field.text.strip());
      if (value < 1) {
        throw new NumberFormatException();
      }
      return OptionalInt.of(value);
    } catch (NumberFormatException e) {
      throw error(field.line, field.column, dutch + " moet een positief geheel getal zijn, maar is " + quote(field.text),
          english + " must be a positive whole number, but is " + quote(field.text));
    }
  }

  private static int header(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "naam":
      case "name":
        return NAME;
      case "organisatie":
      case "organisation":
      case "organization":
        return ORGANISATION;
      case "tafelhost":
      case "host":
      case "hosttafel":
      case "host table":
        return HOST;
      case "kant":
      case "side":
        return SIDE;
      default:
        return -1;
    }
  }

  private static String quote(String text) {
    return "'" + text + "'";
  }
}
