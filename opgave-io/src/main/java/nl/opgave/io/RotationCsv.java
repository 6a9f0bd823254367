package nl.opgave.io;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.Table;

/**
 * Writes a rotation plan as CSV for spreadsheets: one row per seat (round, table, participant), or one row per
 * participant with the table of every round. Fields are quoted where needed (RFC 4180), lines end in CRLF; use
 * {@code ';'} for Dutch Excel. Instances hold nothing; the methods are pure.
 */
public final class RotationCsv {
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private RotationCsv() {}

  /**
   * Returns one row per seat, round by round and table by table: {@code ronde;tafel;deelnemer;naam;organisatie;
   * tafelhost}, the last column the table's number for the participant who hosts it, as in a participant list.
   * {@link ParticipantCsv} reads the result back as the list of its participants.
   *
   * @throws NullPointerException if plan is null
   */
  public static String perTable(RotationPlan plan, char separator) {
    Objects.requireNonNull(plan, "plan");
    Map<String, Participant> people = new HashMap<>();
    plan.request().participants().forEach(p -> people.put(p.id(), p));
    Map<Integer, String> hosts = new HashMap<>();
    for (Table table : plan.request().tables()) {
      table.host().ifPresent(h -> hosts.put(table.number(), h));
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("ronde", "tafel", "deelnemer", "naam", "organisatie", "tafelhost"));
    for (int round = 1; round <= plan.request().rounds(); round++) {
      for (Map.Entry<Integer, List<String>> table : plan.roster(round).entrySet()) {
        for (String id : table.getValue()) {
          Participant p = people.get(id);
          rows.add(List.of(Integer.toString(round), Integer.toString(table.getKey()), id, p.displayName(),
              p.organisation().orElse(""),
              id.equals(hosts.get(table.getKey())) ? Integer.toString(table.getKey()) : ""));
        }
      }
    }
    return write(rows, separator);
  }

  /**
   * Returns one row per participant in request order: {@code deelnemer;naam;organisatie;ronde 1;ronde 2;...}
   * with the table number of each round, empty when absent. {@link ParticipantCsv} reads the result back as the
   * list of its participants.
   *
   * @throws NullPointerException if plan is null
   */
  public static String perPerson(RotationPlan plan, char separator) {
    Objects.requireNonNull(plan, "plan");
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("deelnemer", "naam", "organisatie"));
    for (int round = 1; round <= plan.request().rounds(); round++) {
      header.add("ronde " + round);
    }
    rows.add(header);
    for (Participant p : plan.request().participants()) {
      List<String> row = new ArrayList<>(List.of(p.id(), p.displayName(), p.organisation().orElse("")));
      for (int round = 1; round <= plan.request().rounds(); round++) {
        OptionalInt table = plan.table(p.id(), round);
        row.add(table.isPresent() ? Integer.toString(table.getAsInt()) : "");
      }
      rows.add(row);
    }
    return write(rows, separator);
  }

  private static String write(List<List<String>> rows, char separator) {
    StringWriter out = new StringWriter();
    try (CsvGenerator generator = FACTORY.createGenerator(out)) {
      generator.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\r\n"));
      for (List<String> row : rows) {
        generator.writeStartArray();
        for (String value : row) {
          generator.writeString(value);
        }
        generator.writeEndArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
