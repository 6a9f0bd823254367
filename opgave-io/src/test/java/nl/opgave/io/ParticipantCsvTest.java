package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.opgave.io.OpgaveFormatException.Problem;
import org.junit.jupiter.api.Test;

class ParticipantCsvTest {
  private static final ParticipantCsv CSV = ParticipantCsv.standard();
  private static final java.util.Locale NL = java.util.Locale.forLanguageTag("nl");

  private static List<ParticipantRow> read(String text) {
    return CSV.read(text.getBytes(StandardCharsets.UTF_8), "deelnemers.csv");
  }

  private static List<Problem> problems(byte[] bytes) {
    try {
      CSV.read(bytes, "deelnemers.csv");
    } catch (OpgaveFormatException e) {
      return e.problems();
    }
    throw new AssertionError("no problems");
  }

  private static List<Problem> problems(String text) {
    return problems(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void dutchExcelExport_withSemicolonsBomAndQuotes_isRead() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    String text = "Naam;Organisatie;Tafelhost;Kant\r\n"
        + "Jos van der Ploeg;Provincie Zuid-Holland;1;wit\r\n"
        + "\"Witlox-van den IJssel, Marianne\";\"Gemeente \"\"Zwolle\"\"\";;\r\n"
        + "\r\n"
        + "Zoë;;;blauwe\r\n";
    byte[] csv = new byte[bom.length + text.getBytes(StandardCharsets.UTF_8).length];
    System.arraycopy(bom, 0, csv, 0, bom.length);
    System.arraycopy(text.getBytes(StandardCharsets.UTF_8), 0, csv, bom.length,
        text.getBytes(StandardCharsets.UTF_8).length);

    List<ParticipantRow> rows = CSV.read(csv, "deelnemers.csv");

    assertThat(rows).containsExactly(
        new ParticipantRow(2, "Jos van der Ploeg", Optional.of("Provincie Zuid-Holland"), OptionalInt.of(1),
            Optional.of("wit")),
        new ParticipantRow(3, "Witlox-van den IJssel, Marianne", Optional.of("Gemeente \"Zwolle\""),
            OptionalInt.empty(), Optional.empty()),
        new ParticipantRow(5, "Zoë", Optional.empty(), OptionalInt.empty(), Optional.of("blauwe")));
  }

  @Test
  void commaSeparatedEnglishHeaders_areRead() {
    assertThat(read("name,organisation,host table\nAnouk,\"NSOB; Den Haag\",2\n")).containsExactly(
        new ParticipantRow(2, "Anouk", Optional.of("NSOB; Den Haag"), OptionalInt.of(2), Optional.empty()));
    assertThat(read("naam\n")).isEmpty();
  }

  @Test
  void separator_isDetectedFromTheHeaderOutsideQuotes() {
    assertThat(ParticipantCsv.separator("naam;organisatie\nA,B;C")).isEqualTo(';');
    assertThat(ParticipantCsv.separator("\"naam;x\",organisatie,kant\n")).isEqualTo(',');
    assertThat(ParticipantCsv.separator("naam\torganisatie\n")).isEqualTo('\t');
  }

  @Test
  void everyBadRow_isReportedWithLineColumnAndPointer() {
    List<Problem> problems = problems("naam;tafelhost\nJos;1\n;2\nAnouk;twee\nBram;0;extra\n");

    assertThat(problems).extracting(Problem::toString).containsExactly(
        "deelnemers.csv:3:1: /1/name: the name is empty; expected the participant's name",
        "deelnemers.csv:4:7: /2/hostTable: 'twee' is not a table number; expected a whole number from 1, or empty",
        "deelnemers.csv:5:6: /3/hostTable: '0' is not a table number; expected a whole number from 1, or empty",
        "deelnemers.csv:5:8: /3: value 'extra' stands in a column without a known header; expected at most 2"
            + " columns, as the header names them");
  }

  @Test
  void badHeaders_areReported() {
    assertThat(problems("naam;leeftijd;naam\nJos;4;Jos\n")).extracting(Problem::message).containsExactly(
        "unknown column 'leeftijd'", "the column 'naam' appears twice");
    assertThat(problems("organisatie\nPZH\n")).extracting(Problem::message)
        .containsExactly("the header has no name column");
  }

  @Test
  void hostileFiles_giveCleanProblems() {
    assertThat(problems("")).extracting(Problem::message).containsExactly("the file holds no participants");
    assertThat(problems(new byte[] {'n', 'a', 'a', 'm', '\n', 'J', (byte) 0xc3, '\n'})).singleElement()
        .satisfies(p -> assertThat(p.toString()).isEqualTo("deelnemers.csv:2:2: /: invalid UTF-8 (byte 0xc3);"
            + " expected text encoded as UTF-8 (in Excel: save as 'CSV UTF-8')"));
    assertThat(problems(new byte[] {(byte) 0xff, (byte) 0xfe, 'n', 0})).extracting(Problem::message)
        .containsExactly("the file is UTF-16 encoded");
    assertThat(problems("naam;organisatie\n\"Jos \"\"J\"\"\";PZH\n\"Vera;HvA\n")).extracting(Problem::toString)
        .containsExactly("deelnemers.csv:3:1: /: a quote opens a field here and is never closed; expected a closing"
            + " quote '\"'");
    assertThat(problems("naam\n\"Jos\"x\n")).extracting(Problem::message).singleElement().asString()
        .startsWith("malformed CSV");
    assertThat(problems("naam\nJos\u0007\n")).extracting(Problem::message)
        .containsExactly("the value contains a line break or control character");
    ParticipantCsv small = CSV.withLimits(ReadLimits.DEFAULT.withMaxCollectionSize(2).withMaxStringLength(50));
    assertThatThrownBy(() -> small.read("naam\nA\nB\nC\n".getBytes(StandardCharsets.UTF_8), "x.csv"))
        .hasMessage("x.csv:4:1: /2: the file has more than 2 rows (the read limit)");
    assertThatThrownBy(() -> small.read(("naam\n" + "x".repeat(100) + "\n").getBytes(StandardCharsets.UTF_8),
        "x.csv")).hasMessageContaining("a string is longer than 50 characters (the read limit)");
  }

  @Test
  void rows_becomeRotationParticipantsWithSidesAndHosts() {
    List<nl.opgave.model.cafe.Side> sides = List.of(nl.opgave.model.cafe.Side.of(1, "overheid", "government"),
        nl.opgave.model.cafe.Side.of(2, "samenleving", "society"));
    List<ParticipantRow> rows = List.of(
        new ParticipantRow(2, "Jos van der Ploeg", Optional.of("PZH"), OptionalInt.of(1), Optional.of("Overheid")),
        new ParticipantRow(3, "Jos van der Ploeg", Optional.empty(), OptionalInt.empty(), Optional.of("2")),
        new ParticipantRow(4, "Zoë Ïda", Optional.empty(), OptionalInt.of(2), Optional.empty()));

    List<nl.opgave.model.cafe.Participant> participants = ParticipantCsv.participants(rows, sides, "d.csv");

    assertThat(participants).extracting(nl.opgave.model.cafe.Participant::id)
        .containsExactly("jos-van-der-ploeg", "jos-van-der-ploeg-2", "zoe-ida");
    assertThat(participants.get(0).side()).hasValue(1);
    assertThat(participants.get(1).side()).hasValue(2);
    assertThat(ParticipantCsv.hosts(rows, participants, "d.csv"))
        .containsExactly(java.util.Map.entry(1, "jos-van-der-ploeg"), java.util.Map.entry(2, "zoe-ida"));
    assertThatThrownBy(() -> ParticipantCsv.participants(List.of(new ParticipantRow(2, "A", Optional.empty(),
        OptionalInt.empty(), Optional.of("markt"))), sides, "d.csv"))
        .hasMessage("d.csv:2:0: /0/side: the side 'markt' is not a side of the session; expected one of"
            + " 1 (overheid), 2 (samenleving)");
  }

  @Test
  void fileWithoutHeader_readsNameOrganisationHostTableSideInThatOrder() {
    List<ParticipantRow> rows = read("Jos van der Ploeg;PZH;1;2\nVera Eijsvogel;;;\n\"Visser; Lotte\";HvA\n");

    assertThat(rows).extracting(ParticipantRow::name).containsExactly("Jos van der Ploeg", "Vera Eijsvogel",
        "Visser; Lotte");
    assertThat(rows.get(0).organisation()).hasValue("PZH");
    assertThat(rows.get(0).hostTable()).hasValue(1);
    assertThat(rows.get(0).side()).hasValue("2");
    assertThat(rows.get(1).organisation()).isEmpty();
    assertThat(rows).extracting(ParticipantRow::line).containsExactly(1, 2, 3);
    assertThat(problems("Jos,PZH,1,2,extra\n")).extracting(Problem::toString).containsExactly(
        "deelnemers.csv:1:13: /0: value 'extra' stands in a column without a known header; expected at most 4"
            + " columns: name, organisation, host table, side");
  }

  @Test
  void problems_areWordedInDutchOnRequest() {
    ParticipantCsv dutch = CSV.withLanguage(java.util.Locale.forLanguageTag("nl-NL"));

    assertThatThrownBy(() -> dutch.read("naam;tafelhost\n;1\nJos;twee\n".getBytes(StandardCharsets.UTF_8), "d.csv"))
        .isInstanceOfSatisfying(OpgaveFormatException.class, e -> assertThat(e.problems())
            .extracting(p -> p.message(NL), p -> p.expected(NL)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("de naam is leeg", "de naam van de deelnemer"),
                org.assertj.core.groups.Tuple.tuple("'twee' is geen tafelnummer", "een geheel getal vanaf 1, of leeg")));
    assertThatThrownBy(() -> dutch.read(new byte[0], "d.csv")).hasMessageContaining("het bestand bevat geen deelnemers");
    assertThatThrownBy(() -> dutch.withLimits(ReadLimits.DEFAULT.withMaxCollectionSize(1))
        .read("A\nB\n".getBytes(StandardCharsets.UTF_8), "d.csv"))
        .hasMessageContaining("het bestand heeft meer dan 1 regels (de leesgrens)");
    assertThatThrownBy(() -> dutch.withLanguage(java.util.Locale.ENGLISH).read(new byte[0], "d.csv"))
        .hasMessageContaining("the file holds no participants");
  }

  @Test
  void contentRules_everyDuplicateNameSecondHostAndUnknownSide_areReportedAtOnceWithLineAndColumn() {
    List<Problem> problems = problems("naam;tafelhost;kant\nJos;1;wit\nAnouk;1;x\njos ;;blauw\nBram;2;3\n");

    assertThat(problems).extracting(p -> p.code() + "@" + p.line() + ":" + p.column() + " " + p.pointer())
        .containsExactly("CSV_TWO_HOSTS@3:7 /1/hostTable", "CSV_UNKNOWN_SIDE@3:9 /1/side",
            "CSV_DUPLICATE_NAME@4:1 /2/name", "CSV_UNKNOWN_SIDE@5:8 /3/side");
    assertThat(problems.get(0).render(java.util.Locale.forLanguageTag("nl"))).isEqualTo(
        "deelnemers.csv:3:7: /1/hostTable: tafel 1 heeft al een tafelhost, 'Jos' (regel 2); verwacht één tafelhost per tafel");
    assertThat(problems.get(1).toString()).isEqualTo("deelnemers.csv:3:9: /1/side: the side 'x' is not a side of"
        + " the session; expected one of 1 (wit), 2 (blauw)");
  }

  @Test
  void sideNames_areAcceptedAsWellAsNumbers_theSeedsWordsIncluded() {
    for (String side : List.of("1", "wit", "Witte", "white", "2", "blauw", "blauwe", "BLUE", " blauw ")) {
      assertThat(CSV.side(side)).as(side).isPresent();
    }
    assertThat(CSV.side("wit")).hasValue(1);
    assertThat(CSV.side("blauwe")).hasValue(2);
    assertThat(CSV.side("rood")).isEmpty();
    assertThat(CSV.side("3")).isEmpty();
  }

  @Test
  void sessionTablesAndSides_areJudgedByTheSameRead() {
    ParticipantCsv session = CSV.withTables(2).withSides(List.of());

    assertThatThrownBy(() -> session.read("naam;tafelhost;kant\nA;3;\nB;;1\n".getBytes(StandardCharsets.UTF_8),
        "d.csv")).isInstanceOfSatisfying(OpgaveFormatException.class, e -> assertThat(e.problems())
            .extracting(Problem::code).containsExactly(nl.opgave.model.ProblemCode.CSV_NO_SUCH_TABLE,
                nl.opgave.model.ProblemCode.CSV_NO_SIDES));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 5, 8, 13, 21})
  void rostersRotationCsvWrites_readBackAsTheirParticipants_hostsAtTheirTables(long seed) {
    nl.opgave.model.cafe.RotationPlan plan = CafeDocumentTest.rotation(seed);
    List<String> names = plan.request().participants().stream().map(p -> p.displayName()).toList();

    for (String roster : List.of(RotationCsv.perTable(plan, ';'), RotationCsv.perPerson(plan, ','))) {
      List<ParticipantRow> rows = read(roster);

      assertThat(rows).extracting(ParticipantRow::name).containsExactlyInAnyOrderElementsOf(names);
      for (nl.opgave.model.cafe.Table table : plan.request().tables()) {
        table.host().ifPresent(host -> assertThat(rows).filteredOn(r -> r.hostTable().isPresent()
            && r.hostTable().getAsInt() == table.number()).hasSize(roster.startsWith("ronde") ? 1 : 0));
      }
    }
  }

  @Test
  void roster_seatedTwiceOrHostAtAnotherTable_isAProblem() {
    List<Problem> problems = problems("ronde;tafel;deelnemer;naam;organisatie;tafelhost\n1;1;a;A;;1\n1;2;a;A;;\n"
        + "1;2;b;B;;1\n2;x;b;B;;\n");

    assertThat(problems).extracting(p -> p.code() + "@" + p.line() + ":" + p.column()).containsExactly(
        "CSV_SEATED_TWICE@3:7", "CSV_HOST_NOT_TABLE@4:10", "CSV_NOT_A_NUMBER@5:3");
  }
}
