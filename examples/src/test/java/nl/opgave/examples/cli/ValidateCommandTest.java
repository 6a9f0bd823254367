package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.opgave.io.OpgaveJson;
import nl.opgave.model.seed.DromenVoorDoeners;
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
  void communityWithADanglingReference_isReportedInDutch_andInEnglishOnRequest() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode tree = (ObjectNode) mapper.readTree(OpgaveJson.standard().write(Opgavebeweging.community()));
    ((ObjectNode) tree.at("/poll")).putArray("votes").addObject().put("memberId", "onbekend")
        .put("optionId", "opgavecoach");
    ((ObjectNode) tree.at("/directory/organisations/0")).put("name", " ");
    Path file = dir.resolve("verwijzing.json");
    Files.write(file, mapper.writeValueAsBytes(tree));

    CliRun dutch = CliRun.of("validate", file.toString());
    CliRun english = CliRun.of("validate", "--lang", "en", file.toString());

    assertThat(dutch.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
    assertThat(dutch.out.lines().map(l -> l.substring(l.indexOf(": /") + 2))).containsExactly(
        "/directory/organisations/0: de naam van organisatie pzh mag niet leeg zijn, maar was ' '",
        "/poll/votes/0/memberId: 'onbekend' noemt geen bestaand lid; verwacht een id uit /directory/members");
    assertThat(english.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
    assertThat(english.out.lines().map(l -> l.substring(l.indexOf(": /") + 2))).containsExactly(
        "/directory/organisations/0: organisation.name of pzh must not be blank, but was ' '",
        "/poll/votes/0/memberId: 'onbekend' names no member; expected an id from /directory/members");
  }

  @Test
  void groeneCirkelWithStepsOutOfOrder_isReportedInDutch_andInEnglishOnRequest() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode tree = (ObjectNode) mapper.readTree(OpgaveJson.standard().write(DromenVoorDoeners.denHaag()));
    ArrayNode steps = (ArrayNode) tree.at("/steps");
    steps.insert(0, steps.remove(1));
    Path file = dir.resolve("cirkel.json");
    Files.write(file, mapper.writeValueAsBytes(tree));

    CliRun dutch = CliRun.of("validate", file.toString());
    CliRun english = CliRun.of("validate", "--lang", "en", file.toString());

    assertThat(dutch.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
    assertThat(dutch.out.strip()).endsWith(": Groene Cirkel 'den-haag-gezonde-kinderen': elke stap staat er één keer,"
        + " in de volgorde van de stappen, maar stap 1 volgt op stap 2");
    assertThat(english.out.strip()).endsWith(": groene cirkel 'den-haag-gezonde-kinderen': steps must be listed once"
        + " each in step order, but step 1 follows step 2");
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

  @Test
  void demoOutFiles_rostersIncluded_allPassValidate_andTheRosterFeedsRotate() throws Exception {
    Path out = dir.resolve("demo");
    assertThat(CliRun.of("demo", "--out", out.toString()).exitCode).isZero();
    List<String> files = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> listed = Files.list(out)) {
      listed.filter(f -> f.toString().matches(".*\\.(json|csv|txt)$")).forEach(f -> files.add(f.toString()));
    }
    assertThat(files).anyMatch(f -> f.endsWith("tafelrotatie-per-tafel.csv"))
        .anyMatch(f -> f.endsWith("tafelrotatie-per-persoon.csv"));

    for (String file : files) {
      CliRun run = CliRun.of("validate", file);
      assertThat(run.exitCode).as(file + ": " + run.out).isZero();
      assertThat(run.out).isEqualTo("valid" + System.lineSeparator());
    }
    assertThat(out.resolve("tafelrotatie-per-tafel.csv")).content().doesNotContain(";ja\r\n");
    CliRun rotate = CliRun.of("rotate", "--participants-file", out.resolve("tafelrotatie-per-tafel.csv").toString(),
        "--tables", "6", "--rounds", "2", "--format", "csv");
    assertThat(rotate.exitCode).as(rotate.err).isZero();
  }

  @Test
  void brokenDoelenboom_isInvalid_everyStructuralProblemWithLineColumnAndPointer() throws Exception {
    Path file = dir.resolve("boom.json");
    Files.writeString(file, "{\"format\": \"opgave.doelenboom\", \"version\": 1, \"nodes\": [\n"
        + " {\"id\": \"droom\", \"level\": \"droom\", \"text\": \"Droom\"},\n"
        + " {\"id\": \"x\", \"level\": \"doel\", \"text\": \"X\"},\n"
        + " {\"id\": \"y\", \"level\": \"doel\", \"text\": \"Y\"},\n"
        + " {\"id\": \"wees\", \"level\": \"project\", \"text\": \"Wees\", \"target\": {\"quantity\": 1,"
        + " \"unit\": \"x\"}}],\n"
        + " \"links\": [{\"childId\": \"x\", \"parentId\": \"y\"}, {\"childId\": \"y\", \"parentId\": \"x\"},\n"
        + "  {\"childId\": \"y\", \"parentId\": \"droom\"}]}", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("validate", "--lang", "en", file.toString());

    assertThat(run.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
    assertThat(run.out.lines()).containsExactly(
        file + ":2:2: /nodes/0: droom 'droom' has no children; every leaf must be a project",
        file + ":3:2: /nodes/1: the parent links form a cycle: x -> y -> x",
        file + ":5:2: /nodes/3: 'wees' is a second root; the tree's root is 'droom'",
        file + ":5:2: /nodes/3: the root 'wees' is a project; the root must be a droom",
        file + ":7:3: /links/2: 'y' has two parents: 'x' and 'droom'");
  }

  @Test
  void doelenboomWithLinksBeforeNodes_listsEveryViolationByLineThenColumn_forValidateAndTreeValidate()
      throws Exception {
    Path file = dir.resolve("links-eerst.json");
    Files.writeString(file, "{\"format\": \"opgave.doelenboom\", \"version\": 1,\n"
        + " \"crossLinks\": [{\"fromId\": \"x\", \"toId\": \"x\"}],\n"
        + " \"links\": [{\"childId\": \"x\", \"parentId\": \"droom\"}],\n"
        + " \"nodes\": [{\"id\": \"droom\", \"level\": \"droom\", \"text\": \"Droom\"},\n"
        + " {\"id\": \"x\", \"level\": \"doel\", \"text\": \"X\"}, {\"id\": \"p\", \"level\": \"project\","
        + " \"text\": \"P\"}]}", StandardCharsets.UTF_8);
    String[] expected = {
        file + ":2:17: /crossLinks/0: 'x' heeft een kruisverwijzing naar zichzelf",
        file + ":5:2: /nodes/1: doel 'x' heeft geen kinderen; elk blad moet een project zijn",
        file + ":5:45: /nodes/2: 'p' is een tweede wortel; de wortel van de boom is 'droom'",
        file + ":5:45: /nodes/2: de wortel 'p' is een project; de wortel moet een droom zijn"};

    CliRun validate = CliRun.of("validate", file.toString());
    CliRun tree = CliRun.of("tree", "validate", file.toString());

    assertThat(validate.out.lines()).containsExactly(expected);
    assertThat(tree.out.lines()).startsWith(expected);
  }

  @Test
  void rotationPlanWhoseHostMoves_isInvalid_byWorkshopsPlanCheck() throws Exception {
    CliRun planned = CliRun.of("rotate", "--participants", "8", "--tables", "2", "--rounds", "2", "--hosts",
        "--format", "json");
    com.fasterxml.jackson.databind.ObjectMapper trees = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode plan = (com.fasterxml.jackson.databind.node.ObjectNode)
        trees.readTree(planned.out);
    com.fasterxml.jackson.databind.node.ArrayNode round2 = (com.fasterxml.jackson.databind.node.ArrayNode)
        plan.at("/seatings/1/tables");
    int other = 2;
    while (round2.get(other).asInt() == 1) {
      other++;
    }
    round2.set(other, 1);
    round2.set(0, 2);
    Path file = dir.resolve("plan.json");
    Files.writeString(file, trees.writerWithDefaultPrettyPrinter().writeValueAsString(plan));

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode).as(run.out).isEqualTo(OpgaveCli.USER_ERROR);
    assertThat(run.out).contains(file + ":").contains(": /seatings: ").contains("p1");
  }
}
