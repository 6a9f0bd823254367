package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import nl.opgave.io.ICalendarWriter;
import nl.opgave.model.seed.Opgavebeweging;

/** Prints the movement's calendar. */
final class CalendarCommand implements Callable<Integer> {
  final LangOption lang;
  final String now;
  final boolean ics;
  private final PrintWriter out;

  CalendarCommand(CliValues values, Lang line, PrintWriter out) {
    lang = new LangOption(values, line);
    now = values.text(Commands.CALENDAR_NOW);
    ics = values.flag(Commands.CALENDAR_ICS);
    this.out = out;
  }

  @Override
  public Integer call() {
    Lang language = lang.get();
    Instant at = now == null ? Instant.now() : Moments.parse("--now", now, language).toInstant();
    if (ics) {
      out.print(ICalendarWriter.standard().write(Opgavebeweging.calendar(), at));
      out.flush();
      return 0;
    }
    new CommunityReport(out, language).calendar(Opgavebeweging.calendar(), at);
    out.flush();
    return 0;
  }
}
