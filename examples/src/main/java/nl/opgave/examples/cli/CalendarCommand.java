package nl.opgave.examples.cli;

import java.time.ZonedDateTime;
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
    description = "Toont de kalender van de Opgavebeweging: komende en eerdere bijeenkomsten.")
final class CalendarCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  LangOption lang;

  @Option(names = "--now", required = true, description = "Moment waarop de kalender wordt gelezen (ISO-8601 met"
      + " zone, bijv. 2025-03-04T13:30+01:00[Europe/Amsterdam]).")
  ZonedDateTime now;

  @Option(names = "--ics", description = "Schrijft de kalender als iCalendar (RFC 5545) voor agenda-apps;"
      + " --now wordt de DTSTAMP.")
  boolean ics;

  @Override
  public Integer call() {
    if (ics) {
      spec.commandLine().getOut().print(ICalendarWriter.standard().write(Opgavebeweging.calendar(), now.toInstant()));
      spec.commandLine().getOut().flush();
      return 0;
    }
    new CommunityReport(spec.commandLine().getOut(), lang.get())
        .calendar(Opgavebeweging.calendar(), now.toInstant());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
