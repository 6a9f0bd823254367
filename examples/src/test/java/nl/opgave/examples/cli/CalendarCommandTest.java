package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CalendarCommandTest {
  @Test
  void calendar_duringAMeetingSaysNuBezigAndNextIsTheFirstUpcoming() {
    CliRun run = CliRun.of("calendar", "--now", "2025-06-03T11:00+02:00[Europe/Amsterdam]");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("Nu bezig: dinsdag 3 juni 2025, Gemeente Zwolle")
        .contains("Eerstvolgende: dinsdag 30 september 2025, Hogeschool van Amsterdam");
    List<String> upcoming = section(run.out, "Komende bijeenkomsten:");
    assertThat(upcoming).hasSize(1);
    assertThat(upcoming.get(0)).contains("dinsdag 30 september 2025");
    assertThat(section(run.out, "Eerdere bijeenkomsten:")).noneMatch(l -> l.contains("3 juni 2025"));
  }

  @Test
  void demo_readsNowTheWayCalendarDoes() {
    CliRun run = CliRun.of("demo", "--now", "2025-06-03T11:00");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("Nu bezig: dinsdag 3 juni 2025, Gemeente Zwolle");
    assertThat(CliRun.of("demo", "--now", "morgen").err.strip()).startsWith("fout: --now 'morgen' is geen moment;");
  }

  @Test
  void calendar_inEnglishSaysInProgress() {
    CliRun run = CliRun.of("calendar", "--now", "2025-06-03T11:00", "--lang", "en");

    assertThat(run.out).contains("In progress: Tuesday 3 June 2025, Gemeente Zwolle")
        .contains("Next: Tuesday 30 September 2025");
  }

  @Test
  void calendar_readsADateAsThatDayAtMidnightInAmsterdam() {
    CliRun day = CliRun.of("calendar", "--now", "2025-03-04");
    assertThat(day.exitCode).isZero();
    assertThat(day.err).isEmpty();
    assertThat(day.out).contains("Eerstvolgende: dinsdag 4 maart 2025").doesNotContain("Nu bezig");

    CliRun ics = CliRun.of("calendar", "--ics", "--now", "2025-03-01");
    assertThat(ics.out).contains("DTSTAMP:20250228T230000Z\r\n");
    CliRun summer = CliRun.of("calendar", "--ics", "--now", "2025-07-01");
    assertThat(summer.out).contains("DTSTAMP:20250630T220000Z\r\n");
  }

  @Test
  void calendar_refusesAnUnparsableMomentInOneDutchLineNamingTheAcceptedForms() {
    for (String bad : List.of("gisteren", "2025-02-30", "2025-03-04T25:00", "")) {
      CliRun run = CliRun.of("calendar", "--now", bad);
      assertThat(run.exitCode).as(bad).isEqualTo(OpgaveCli.USER_ERROR);
      assertThat(run.err.lines()).as(bad).hasSize(1);
      assertThat(run.err).as(bad).startsWith("fout: --now '" + bad + "' is geen moment;")
          .contains("2025-03-04", "2025-03-04T13:30", "2025-03-04T13:30+01:00[Europe/Amsterdam]")
          .doesNotContain("Exception", "cannot convert");
    }
  }

  @Test
  void calendar_withoutNowReadsTheClock() {
    CliRun run = CliRun.of("calendar");

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(section(run.out, "Eerdere bijeenkomsten:")).hasSize(5);
  }

  private static List<String> section(String out, String heading) {
    List<String> lines = out.lines().collect(Collectors.toList());
    int start = lines.indexOf(heading) + 1;
    assertThat(start).as(heading).isPositive();
    int end = start;
    while (end < lines.size() && lines.get(end).startsWith("  ")) {
      end++;
    }
    return lines.subList(start, end);
  }
}
