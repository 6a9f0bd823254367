package nl.opgave.examples.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import nl.opgave.io.ICalendarWriter;
import nl.opgave.model.seed.Opgavebeweging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints the movement's calendar. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
    description = "Toont de kalender van de Opgavebeweging: lopende, komende en eerdere bijeenkomsten.")
final class CalendarCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  LangOption lang;

  @Option(names = "--now", paramLabel = "MOMENT", description = "Moment waarop de kalender wordt gelezen (standaard"
      + " nu): een datum (2025-03-04, die dag 00:00 Europe/Amsterdam), datum en tijd (2025-03-04T13:30, Europe/Amsterdam)"
      + " of met offset of zone (2025-03-04T13:30+01:00[Europe/Amsterdam]).")
  String now;

  @Option(names = "--ics", description = "Schrijft de kalender als iCalendar (RFC 5545) voor agenda-apps;"
      + " --now wordt de DTSTAMP.")
  boolean ics;

  @Override
  public Integer call() {
    Lang language = lang.get();
    Instant at = now == null ? Instant.now() : Moments.parse("--now", now, language).toInstant();
    if (ics) {
      spec.commandLine().getOut().print(ICalendarWriter.standard().write(Opgavebeweging.calendar(), at));
      spec.commandLine().getOut().flush();
      return 0;
    }
    new CommunityReport(spec.commandLine().getOut(), language).calendar(Opgavebeweging.calendar(), at);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
