package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Event;
import nl.opgave.model.seed.DromenVoorDoeners;
import nl.opgave.model.seed.Opgavebeweging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Replays the Opgavebeweging meeting of 4 March 2025 on built-in data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Speelt de bijeenkomst van 4 maart 2025 bij Provincie Zuid-Holland na op ingebouwde gegevens.")
final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--lang", defaultValue = "nl", description = "Taal van de uitvoer: nl of en (standaard nl).")
  String lang;

  @Option(names = "--now", description = "Moment waarop de kalender wordt gelezen (ISO-8601, standaard het einde"
      + " van de bijeenkomst: 2025-03-04T13:30+01:00[Europe/Amsterdam]).")
  ZonedDateTime now;

  @Override
  public Integer call() {
    Lang language = Lang.parse(lang);
    PrintWriter out = spec.commandLine().getOut();
    Community community = Opgavebeweging.community();
    Event meeting = community.calendar().event(Opgavebeweging.MEETING_ID).orElseThrow();
    Instant at = now == null ? meeting.end().toInstant() : now.toInstant();
    out.println(language.pick("Welkom bij de Opgavebeweging, te gast bij Provincie Zuid-Holland",
        "Welcome to the Opgavebeweging, hosted by Provincie Zuid-Holland"));
    out.println(meeting.start().format(language.longDate()));
    CommunityReport report = new CommunityReport(out, language);
    report.programme(meeting);
    GoalReport goals = new GoalReport(out, language);
    goals.droombijeenkomst(DromenVoorDoeners.droombijeenkomst());
    goals.doelenboom(DromenVoorDoeners.doelenboom());
    goals.groeneCirkel(DromenVoorDoeners.denHaag());
    report.community(community, at);
    out.flush();
    return 0;
  }
}
