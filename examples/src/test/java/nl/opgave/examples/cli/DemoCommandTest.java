package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {
  @Test
  void demo_printsTheCommunityOfTheSeedInDutch() {
    CliRun run = CliRun.of("demo");
    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .contains("Welkom bij de Opgavebeweging")
        .contains("Eerstvolgende: dinsdag 3 juni 2025, Gemeente Zwolle")
        .contains("dinsdag 30 september 2025")
        .contains("Begrippenlijst A-Z")
        .contains("Werkvorm | Krantenkop 'Wat als het lukt?'")
        .contains("0 stemmen")
        .contains("Witlox-van den IJssel, Marianne");
  }

  @Test
  void demo_speaksEnglishOnRequest() {
    CliRun run = CliRun.of("demo", "--lang", "en");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("Next: Tuesday 3 June 2025").contains("0 votes");
  }

  @Test
  void demo_rejectsUnknownLanguageInOneLine() {
    CliRun run = CliRun.of("demo", "--lang", "fr");
    assertThat(run.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
    assertThat(run.err.strip()).doesNotContain("\n").contains("--lang").contains("'fr'");
  }

  @Test
  void unknownOption_isAUserErrorWithoutStackTrace() {
    CliRun run = CliRun.of("demo", "--bogus");
    assertThat(run.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
    assertThat(run.err).contains("--bogus").doesNotContain("at nl.");
  }

  @Test
  void glossary_filtersByCategory() {
    CliRun run = CliRun.of("glossary", "--category", "PODCAST");
    assertThat(run.out.strip()).isEqualTo("Podcast | Waardenwandeling OGW");
  }
}
