package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.seed.WorldCafe4Maart;
import nl.opgave.workshop.rotation.RotationPlanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a facilitator reads in the text outputs: names instead of ids, hosts marked, schedules that agree. */
class FacilitatorOutputTest {
  @TempDir
  Path dir;

  @Test
  void demo_cafeTablesNameTheirHostsAndRoundTablesMarkThem() {
    CliRun run = CliRun.of("demo");

    assertThat(run.out).contains("tafel 1  wit    vraagstuk 1  tafelhost Jos van der Ploeg")
        .doesNotContain("tafelhost jos-van-der-ploeg", "(host)")
        .contains("tafel 1 (wit, vraagstuk 1): Jos van der Ploeg (tafelhost), ");
    assertThat(CliRun.of("demo", "--lang", "en").out).contains("table 1  white  question 1  host Jos van der Ploeg")
        .contains("table 1 (white, question 1): Jos van der Ploeg (host), ");
  }

  @Test
  void rotateText_withAParticipantsFileNamesAndMarksTheHosts() throws Exception {
    Path csv = dir.resolve("deelnemers.csv");
    Files.writeString(csv, "naam;tafelhost\nJos van der Ploeg;1\nAnouk Brouwer;2\nKees Jansen;\nNoor El Amrani;\n",
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("rotate", "--participants-file", csv.toString(), "--tables", "2", "--rounds", "2",
        "--time-limit-ms", "200");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).containsPattern("tafel 1: Jos van der Ploeg \\(tafelhost\\), ")
        .containsPattern("tafel 2: Anouk Brouwer \\(tafelhost\\), ");
  }

  @Test
  void demo_cafeTimetableAgreesWithTheProgrammeToTheMinute() {
    String out = CliRun.of("demo").out;

    assertThat(slot(out, "In groepen aan de slag")).isEqualTo("11:35-12:30");
    assertThat(slot(out, "Delen van inzichten")).isEqualTo("12:30-12:50");
    assertThat(slot(out, "Welkom, uitleg en spelregels").substring(0, 5)).isEqualTo("11:35");
    assertThat(slot(out, "Ronde 3: concretiseren").substring(6)).isEqualTo("12:30");
    assertThat(slot(out, "Inzichten delen")).isEqualTo(slot(out, "Delen van inzichten"));
  }

  @Test
  void rotateText_saysIterationInTheSingularForOne() {
    RotationPlan plan = RotationPlanner.plan(WorldCafe4Maart.rotationRequest(4));
    for (Lang lang : Lang.values()) {
      StringWriter text = new StringWriter();
      new RotateOutput(plan.withIterations(1), lang, true).text(new PrintWriter(text),
          Duration.ofMillis(10));
      assertThat(text.toString()).contains(lang.pick(", 1 iteratie" + System.lineSeparator(),
          ", 1 iteration" + System.lineSeparator()));
      text = new StringWriter();
      new RotateOutput(plan.withIterations(2), lang, true).text(new PrintWriter(text),
          Duration.ofMillis(10));
      assertThat(text.toString()).contains(lang.pick(", 2 iteraties", ", 2 iterations"));
    }
  }

  @Test
  void demoOut_theOutlineKeepsTheSeedsTargets() throws Exception {
    CliRun run = CliRun.of("demo", "--out", dir.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    List<String> outline = Files.readAllLines(dir.resolve("doelenboom.txt"), StandardCharsets.UTF_8);
    assertThat(outline).contains("    - 10 Speelbossen in en rondom Den Haag [10 speelbossen]",
        "    - 25 Groene Schoolpleinen in de binnenstad van Den Haag [25 groene schoolpleinen]");
    CliRun validate = CliRun.of("tree", "validate", dir.resolve("doelenboom.txt").toString());
    assertThat(validate.out.lines().filter(l -> l.contains("heeft geen meetbare streefwaarde"))
        .collect(Collectors.toList())).hasSize(4).noneMatch(l -> l.contains("Speelbossen"))
        .noneMatch(l -> l.contains("Schoolpleinen"));
  }

  @Test
  void glossary_takesTheCategoryInAnyCaseAndSaysWhenNothingIsFound() {
    assertThat(CliRun.of("glossary", "--category", "werkvorm").out.lines()).hasSize(14)
        .allMatch(l -> l.startsWith("Werkvorm | "));
    assertThat(CliRun.of("glossary", "--category", "Podcast").out.strip()).isEqualTo("Podcast | Waardenwandeling OGW");
    CliRun nothing = CliRun.of("glossary", "--search", "zzz");
    assertThat(nothing.exitCode).isZero();
    assertThat(nothing.out.strip()).isEqualTo("Niets gevonden voor 'zzz'.");
    assertThat(CliRun.of("glossary", "--search", "zzz", "--lang", "en").out.strip())
        .isEqualTo("Nothing found for 'zzz'.");
  }

  private static String slot(String out, String title) {
    Matcher m = Pattern.compile("(\\d\\d:\\d\\d-\\d\\d:\\d\\d)\\s+(?:[a-z -]+\\s{2,})?" + Pattern.quote(title))
        .matcher(out);
    assertThat(m.find()).as(title).isTrue();
    return m.group(1);
  }
}
