package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.opgave.io.OpgaveJson;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir
  Path dir;

  @Test
  void validDocument_printsValidAndExitsZero() throws Exception {
    Path file = dir.resolve("community.json");
    Files.write(file, OpgaveJson.standard().write(Opgavebeweging.community()));

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEqualTo("valid" + System.lineSeparator());
  }

  @Test
  void invalidDocument_printsOneLinePerProblemAndExitsTwo() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\": \"opgave.community\", \"version\": 1,\n \"name\": \"X\", \"colour\": 1,\n"
        + " \"directory\": {\"members\": [{\"id\": \"a\", \"name\": {\"voornaam\": \"A\"}, \"organisationId\": \"z\"}]},"
        + "\n \"calendar\": {}, \"begrippenlijst\": {}}", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("validate", "--lang", "en", file.toString());

    assertThat(run.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
    assertThat(run.out.lines()).containsExactly(
        file + ":2:25: /colour: unknown field 'colour'; expected one of 'name', 'directory', 'calendar',"
            + " 'begrippenlijst', 'poll', 'chat', 'opgaven'",
        file + ":3:85: /directory/members/0/organisationId: 'z' names no organisation; expected an id from"
            + " /directory/organisations");
  }

  @Test
  void hostileFiles_neverGiveAStackTrace() throws Exception {
    Path deep = dir.resolve("deep.json");
    Files.writeString(deep, "[".repeat(100_000));
    Path empty = dir.resolve("empty.json");
    Files.write(empty, new byte[0]);
    Path binary = dir.resolve("binary.json");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});

    for (Path file : new Path[] {deep, empty, binary, dir.resolve("missing.json"), dir}) {
      CliRun run = CliRun.of("validate", file.toString());
      assertThat(run.exitCode).as(file.toString()).isEqualTo(OpgaveCli.USER_ERROR);
      assertThat(run.out + run.err).doesNotContain("\tat ", "Exception", "jackson");
    }
  }

  @Test
  void participantsCsv_isValidatedToo() throws Exception {
    Path csv = dir.resolve("deelnemers.csv");
    Files.writeString(csv, "naam;tafelhost\nJos;1\nAnouk;x\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("validate", csv.toString());

    assertThat(run.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
    assertThat(run.out.strip()).isEqualTo(csv + ":3:7: /1/hostTable: 'x' is geen tafelnummer; verwacht een geheel"
        + " getal vanaf 1, of leeg");
    assertThat(CliRun.of("validate", "--lang", "en", csv.toString()).out.strip()).isEqualTo(csv + ":3:7:"
        + " /1/hostTable: 'x' is not a table number; expected a whole number from 1, or empty");
  }

  @Test
  void calendarIcs_printsTheBuiltInCalendarAsICalendar() {
    CliRun run = CliRun.of("calendar", "--ics", "--now", "2025-03-01T09:00+01:00[Europe/Amsterdam]");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
        .contains("UID:opgavebeweging-3@opgave\r\n", "DTSTAMP:20250301T080000Z\r\n",
            "DTSTART;TZID=Europe/Amsterdam:20250304T100000\r\n");
  }
}
