package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opgave.io.DocumentType;
import nl.opgave.io.OpgaveJson;
import nl.opgave.model.cafe.RotationPlan;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotateCommandTest {
  @TempDir
  Path dir;

  private static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = OpgaveCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static List<String[]> rows(String csv) {
    return Arrays.stream(csv.split("\n")).skip(1).map(l -> l.split(",")).collect(Collectors.toList());
  }

  @Test
  void csv_seatsEveryoneOncePerRoundWithHostsFixed() {
    Run run = run("rotate", "--participants", "36", "--tables", "6", "--rounds", "3", "--hosts", "--questions", "3",
        "--sides", "2", "--seed", "4", "--format", "csv", "--time-limit-ms", "5000");
    assertThat(run.code).isZero();
    assertThat(run.out).startsWith("round,table,participant\n");
    List<String[]> rows = rows(run.out);
    assertThat(rows).hasSize(36 * 3);
    Set<String> seen = new HashSet<>();
    for (String[] row : rows) {
      assertThat(seen.add(row[0] + "/" + row[2])).isTrue();
      int round = Integer.parseInt(row[0]);
      int table = Integer.parseInt(row[1]);
      int person = Integer.parseInt(row[2].substring(1));
      assertThat(round).isBetween(1, 3);
      assertThat(table).isBetween(1, 6);
      if (person <= 6) {
        assertThat(table).isEqualTo(person);
      } else {
        assertThat((table - 1) / 3).isEqualTo(sideOf(rows, row[2]));
      }
    }
    assertThat(run.err.trim()).doesNotContain("\n").startsWith("herhalingen 48, ondergrens 48 (bewezen optimaal)");
  }

  private static int sideOf(List<String[]> rows, String id) {
    for (String[] row : rows) {
      if (row[2].equals(id) && row[0].equals("1")) {
        return (Integer.parseInt(row[1]) - 1) / 3;
      }
    }
    return -1;
  }

  @Test
  void pdf_writesTableCardsRouteCardsAndWallPlanToTheFile() throws IOException {
    Path file = dir.resolve("rotatie.pdf");
    Run run = run("rotate", "--participants", "36", "--tables", "6", "--rounds", "3", "--hosts", "--questions", "3",
        "--sides", "2", "--seed", "4", "--format", "pdf", "--out", file.toString());
    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out).isEmpty();
    assertThat(run.err).startsWith("herhalingen ");
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(6 + 5 + 1);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Tafel 1", "Ronde 3", "Wandplan", "p36");
    }
  }

  @Test
  void pdf_goesWithOutAndOutOnlyWithPdf() {
    Run noFile = run("rotate", "--participants", "12", "--tables", "3", "--rounds", "2", "--format", "pdf");
    assertThat(noFile.code).isEqualTo(2);
    assertThat(noFile.err.strip()).isEqualTo("fout: --out FILE hoort bij --format pdf, en alleen daarbij");
    Run csv = run("rotate", "--participants", "12", "--tables", "3", "--rounds", "2", "--out", "x.pdf");
    assertThat(csv.code).isEqualTo(2);
  }

  @Test
  void pdf_overThePrintsMaximum_isRefusedBeforePlanning_inOneLine() {
    Path file = dir.resolve("groot.pdf");
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("rotate", "--participants", "5000",
        "--tables", "50", "--rounds", "10", "--time-limit-ms", "86400000", "--format", "pdf", "--out",
        file.toString()));
    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("fout: afdruk: 5000 deelnemers in 10 rondes geven 55000 routekaartjes en "
        + "tafelplaatsen, meer dan het maximum van 20000 (deelnemers × (rondes + 1)); druk minder mensen of rondes "
        + "af, of schrijf csv of json" + System.lineSeparator());
    assertThat(file).doesNotExist();
    Run english = run("rotate", "--lang", "en", "--participants", "25001", "--tables", "50", "--rounds", "1",
        "--time-limit-ms", "86400000", "--format", "pdf", "--out", file.toString());
    assertThat(english.code).isEqualTo(2);
    assertThat(english.err.lines()).singleElement().asString()
        .startsWith("error: print: 25001 participants in 1 rounds make 50002 ").contains("maximum of 20000");
    Run csv = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("rotate", "--participants", "25001",
        "--tables", "50", "--rounds", "1", "--time-limit-ms", "100", "--format", "csv"));
    assertThat(csv.code).as(csv.err).isZero();
  }

  @Test
  void csv_nobodyMeetsAVraagstukTwice() {
    Run run = run("rotate", "--participants", "30", "--tables", "6", "--rounds", "3", "--questions", "3",
        "--format", "csv");
    Map<String, Set<Integer>> questions = new HashMap<>();
    for (String[] row : rows(run.out)) {
      int question = (Integer.parseInt(row[1]) - 1) % 3 + 1;
      assertThat(questions.computeIfAbsent(row[2], k -> new HashSet<>()).add(question)).isTrue();
    }
  }

  @Test
  void csv_isTheSameForTheSameSeed() {
    String[] args = {"rotate", "--participants", "20", "--tables", "5", "--rounds", "4", "--seed", "9",
        "--format", "csv"};
    assertThat(run(args).out).isEqualTo(run(args).out);
  }

  @Test
  void text_showsRosterItinerariesStatisticsAndBoundsInDutchOrEnglish() {
    Run nl = run("rotate", "--participants", "15", "--tables", "5", "--rounds", "7");
    assertThat(nl.code).isZero();
    assertThat(nl.out).contains("Ronde 7", "Reisroutes", "ronde 1: tafel ", "herhaalde ontmoetingen: 0",
        "bewezen optimaal");
    Run en = run("rotate", "--participants", "36", "--tables", "6", "--rounds", "3", "--hosts", "--questions", "3",
        "--sides", "2", "--lang", "en");
    assertThat(en.out).contains("Round 3", "Itineraries", ", question ", "What a looser set-up would save",
        "participants may cross sides: lower bound 12, achieved 12 (36 fewer repeats)");
  }

  @Test
  void json_isTheRotationPlanDocumentOfOpgaveIo() {
    Run run = run("rotate", "--participants", "8", "--tables", "2", "--rounds", "2", "--format", "json");
    assertThat(run.code).isZero();
    RotationPlan plan = OpgaveJson.standard().read(DocumentType.ROTATION_PLAN, run.out, "stdout");
    assertThat(plan.request().participants()).hasSize(8);
    assertThat(plan.request().rounds()).isEqualTo(2);
    assertThat(plan.statistics().repeats()).isEqualTo(plan.repeatsLowerBound()).isEqualTo(4);
    assertThat(plan.roster(2)).hasSize(2);
    assertThat(run.out).startsWith("{").contains("opgave.rotation-plan");
    assertThat(run.err).contains("herhalingen 4");
  }

  @Test
  void participantsFile_readsSemicolonsBomQuotesAndHosts() throws IOException {
    Path file = dir.resolve("deelnemers.csv");
    String csv = "\uFEFFnaam;organisatie;tafelhost;kant\r\n"
        + "Jos van der Ploeg;Provincie Zuid-Holland;1;1\r\n"
        + "\"Witlox-van den IJssel; Marianne\";\"BZK \"\"kern\"\"\";;1\r\n"
        + "Vera Eijsvogel;Gemeente Heemskerk;2;2\r\n"
        + "\"Lisette van 't Veer\";\"Gemeente Heemskerk\";;2\r\n"
        + "\r\n"
        + "Daan Mulder;;;\r\n"
        + "Visser, Lotte;HvA;;\r\n";
    Files.write(file, csv.getBytes(StandardCharsets.UTF_8));
    Run run = run("rotate", "--participants-file", file.toString(), "--tables", "2", "--rounds", "2", "--sides", "2",
        "--format", "csv");
    assertThat(run.err).doesNotContain("fout");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("1,1,Jos van der Ploeg\n", "2,2,Vera Eijsvogel\n",
        ",Witlox-van den IJssel; Marianne\n", ",\"Visser, Lotte\"\n");
    assertThat(rows(run.out)).hasSize(12);
  }

  @Test
  void participantsFile_sideNamesAsWellAsNumbers_andTheHelpSaysSo() throws IOException {
    Path file = dir.resolve("kanten.csv");
    Files.writeString(file, "naam;kant\nJos;wit\nVera;blauwe\nLisette;2\nAnouk;White\n");
    Run run = run("rotate", "--participants-file", file.toString(), "--tables", "2", "--rounds", "1", "--sides", "2",
        "--format", "csv");
    assertThat(run.code).as(run.err).isZero();
    assertThat(run("rotate", "--help").out).contains("wit/witte/white").contains("blauw/blauwe/blue");
  }

  @Test
  void participantsFile_errorsNameFileLineAndColumn() throws IOException {
    Path file = dir.resolve("fout.csv");
    Files.writeString(file, "Jos,PZH\n\"Vera,Heemskerk\nLisette,Heemskerk\n");
    Run run = run("rotate", "--participants-file", file.toString(), "--tables", "2", "--rounds", "2");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err.trim()).isEqualTo("fout: " + file + ":2:1: /: een aanhalingsteken opent hier een veld en wordt"
        + " niet gesloten; verwacht een sluitend aanhalingsteken '\"'");
    Files.writeString(file, "Jos,\"PZH\nDen Haag\"\n");
    run = run("rotate", "--participants-file", file.toString(), "--tables", "1", "--rounds", "1");
    assertThat(run.err.trim()).isEqualTo("fout: " + file + ":1:5: /0/organisation: de waarde bevat een regeleinde of"
        + " stuurteken;"
        + " verwacht één regel tekst");
    Files.writeString(file, "Jos,PZH,1\nVera,Heemskerk,1\n");
    run = run("rotate", "--participants-file", file.toString(), "--tables", "2", "--rounds", "2", "--lang", "en");
    assertThat(run.err.trim()).isEqualTo("error: " + file + ":2:16: /1/hostTable: table 1 already has a host, 'Jos'"
        + " (line 1); expected one host per table");
    Files.writeString(file, "Jos,PZH,7\n");
    run = run("rotate", "--participants-file", file.toString(), "--tables", "2", "--rounds", "2");
    assertThat(run.err).contains(":1:9: /0/hostTable: tafel 7 bestaat niet; de sessie heeft 2 tafels");
    Files.writeString(file, "Jos,PZH,x\nVera,,0\n");
    run = run("rotate", "--participants-file", file.toString(), "--tables", "2", "--rounds", "2");
    assertThat(run.err.lines()).containsExactly(
        "fout: " + file + ":1:9: /0/hostTable: 'x' is geen tafelnummer; verwacht een geheel getal vanaf 1, of leeg",
        "fout: " + file + ":2:7: /1/hostTable: '0' is geen tafelnummer; verwacht een geheel getal vanaf 1, of leeg");
    Files.write(file, new byte[] {'J', 'o', (byte) 0xC3, '\n'});
    run = run("rotate", "--participants-file", file.toString(), "--tables", "2", "--rounds", "2");
    assertThat(run.err).contains(":1:3: /: ongeldige UTF-8 (byte 0xc3)");
    Files.writeString(file, "naam;organisatie\nJos;PZH\njos;BZK\n");
    run = run("rotate", "--participants-file", file.toString(), "--tables", "1", "--rounds", "1");
    assertThat(run.err).contains(":3:1: /1/name: de naam 'jos' staat er nogmaals (eerst op regel 2)");
    Files.writeString(file, "naam;organisatie\n");
    run = run("rotate", "--participants-file", file.toString(), "--tables", "1", "--rounds", "1");
    assertThat(run.err).contains("geen deelnemers gevonden");
    run = run("rotate", "--participants-file", dir.resolve("nope.csv").toString(), "--tables", "2", "--rounds", "2");
    assertThat(run.err).contains("bestand niet gevonden");
  }


  @Test
  void errors_areOneLineWithExitCode2AndNoStackTrace() {
    String[][] cases = {
        {"rotate", "--participants", "10", "--tables", "0", "--rounds", "2"},
        {"rotate", "--participants", "10", "--tables", "5", "--rounds", "2", "--sides", "2"},
        {"rotate", "--participants", "3", "--tables", "5", "--rounds", "2", "--hosts"},
        {"rotate", "--participants", "4", "--tables", "5", "--rounds", "2"},
        {"rotate", "--tables", "5", "--rounds", "2"},
        {"rotate", "--participants", "10", "--tables", "2", "--rounds", "2", "--format", "xml"},
        {"rotate", "--participants", "10", "--tables", "2", "--rounds", "101"},
        {"rotate", "--participants", "ten", "--tables", "2", "--rounds", "2"},
    };
    for (String[] args : cases) {
      Run run = run(args);
      assertThat(run.code).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err.trim()).as(String.join(" ", args)).startsWith("fout: ").doesNotContain("\n")
          .doesNotContain("at nl.").doesNotContain("Exception");
      assertThat(run.out).isEmpty();
    }
  }

  @Test
  void participants_beyondTheMaximumAreRefusedAtOnceNamingIt() {
    Run run = run("rotate", "--participants", "2000000", "--tables", "2", "--rounds", "2");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err.trim()).isEqualTo("fout: --participants 2000000: rotatieaanvraag: 2000000 deelnemers is meer"
        + " dan het maximum van 100000");
    assertThat(run("rotate", "--participants", "2000000", "--tables", "2", "--rounds", "2", "--lang", "en").err.trim())
        .isEqualTo("error: --participants 2000000: rotation request: 2000000 participants is more than the planner's"
            + " maximum of 100000");
  }

  @Test
  void seats_beyondWhatTheTimeLimitAllowsAreRefusedAtOnceNamingTheLimitThatWould() {
    Run run = run("rotate", "--participants", "100000", "--tables", "100", "--rounds", "11", "--time-limit-ms", "1");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.trim()).isEqualTo("fout: --participants 100000: rotatieaanvraag: 100000 deelnemers in 11 rondes"
        + " zijn 1100000 plaatsen, meer dan de 1001000 die een tijdslimiet van 1 ms toelaat; geef een tijdslimiet van"
        + " minstens 100 ms, of minder deelnemers of rondes");
    assertThat(run("rotate", "--participants", "100000", "--tables", "100", "--rounds", "11", "--time-limit-ms", "99",
        "--lang", "en").err.trim()).isEqualTo("error: --participants 100000: rotation request: 100000 participants in"
        + " 11 rounds are 1100000 seats, more than the 1099000 a time limit of 99 ms allows; give a time limit of at"
        + " least 100 ms, or fewer participants or rounds");
  }

  @Test
  void plannersRefusals_areInDutch_andInEnglishWithLangEn() throws IOException {
    Path sides = dir.resolve("kanten.csv");
    Files.writeString(sides, "naam;kant\nAnna;1\nBram;1\nCor;1\nDirk;1\nEva;2\n", StandardCharsets.UTF_8);
    String[][] cases = {
        {"rotate", "--participants", "4", "--tables", "5", "--rounds", "2"},
        {"rotate", "--participants-file", sides.toString(), "--tables", "4", "--rounds", "2", "--sides", "2"},
    };
    String[] dutch = {
        "fout: het café heeft in ronde 1 4 mensen maar 5 tafels; aan elke tafel zit minstens één persoon",
        "fout: kant 2 heeft in ronde 1 1 mensen maar 2 tafels; aan elke tafel zit minstens één persoon"};
    String[] english = {
        "error: the café has 4 people in round 1 but 5 tables; every table needs at least one person",
        "error: side 2 has 1 people in round 1 but 2 tables; every table needs at least one person"};
    for (int i = 0; i < cases.length; i++) {
      Run nl = run(cases[i]);
      assertThat(nl.code).isEqualTo(2);
      assertThat(nl.err.trim()).isEqualTo(dutch[i]);
      String[] en = Arrays.copyOf(cases[i], cases[i].length + 2);
      en[en.length - 2] = "--lang";
      en[en.length - 1] = "en";
      Run englishRun = run(en);
      assertThat(englishRun.code).isEqualTo(2);
      assertThat(englishRun.err.trim()).isEqualTo(english[i]);
    }
  }
}
