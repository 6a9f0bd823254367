package nl.opgave.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Event;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.SessionPlan;
import nl.opgave.model.seed.DromenVoorDoeners;
import nl.opgave.model.seed.WorldCafe4Maart;
import nl.opgave.workshop.rotation.RotationPlanner;
import nl.opgave.model.seed.Opgavebeweging;

/** Replays the Opgavebeweging meeting of 4 March 2025 on built-in data. */
final class DemoCommand implements Callable<Integer> {
  final LangOption lang;
  final String now;
  final Path outDir;
  final long seed;
  private final PrintWriter stdout;

  DemoCommand(CliValues values, Lang line, PrintWriter stdout) {
    lang = new LangOption(values, line);
    now = values.text(Commands.DEMO_NOW);
    outDir = values.path(Commands.DEMO_OUT);
    seed = values.whole(Commands.DEMO_SEED);
    this.stdout = stdout;
  }

  @Override
  public Integer call() {
    Lang language = lang.get();
    PrintWriter out = stdout;
    Community community = Opgavebeweging.community();
    Event meeting = community.calendar().event(Opgavebeweging.MEETING_ID).orElseThrow();
    Instant at = now == null ? meeting.end().toInstant() : Moments.parse("--now", now, language).toInstant();
    out.println(language.pick("Welkom bij de Opgavebeweging, te gast bij Provincie Zuid-Holland",
        "Welcome to the Opgavebeweging, hosted by Provincie Zuid-Holland"));
    out.println(meeting.start().format(language.longDate()));
    CommunityReport report = new CommunityReport(out, language);
    report.programme(meeting);
    SessionPlan cafe = WorldCafe4Maart.sessionPlan();
    new CafeReport(out, language).sessionPlan(cafe, WorldCafe4Maart.participants());
    long started = System.nanoTime();
    RotationPlan rotation = RotationPlanner.plan(WorldCafe4Maart.rotationRequest(seed));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    new CommunityReport(out, language).heading("Tafelrotatie", "Table rotation");
    new RotateOutput(rotation, language, true).text(out, took);
    GoalReport goals = new GoalReport(out, language);
    goals.droombijeenkomst(DromenVoorDoeners.droombijeenkomst());
    goals.doelenboom(DromenVoorDoeners.doelenboom());
    goals.groeneCirkel(DromenVoorDoeners.denHaag());
    report.community(community, at);
    if (outDir != null) {
      writeFiles(language, community, cafe, rotation, meeting, took);
    }
    out.flush();
    return 0;
  }

  private void writeFiles(Lang language, Community community, SessionPlan cafe, RotationPlan rotation,
      Event meeting, Duration took) {
    try {
      Files.createDirectories(outDir);
      DemoFiles files = new DemoFiles(outDir, language);
      files.community(community, meeting.start().toInstant());
      files.cafe(cafe, rotation);
      files.print(cafe, rotation);
      files.doelenboom(DromenVoorDoeners.doelenboom());
      files.groeneCirkel(DromenVoorDoeners.denHaag());
      files.html(meeting, cafe, rotation, DromenVoorDoeners.doelenboom(), DromenVoorDoeners.denHaag());
      PrintWriter out = stdout;
      out.println();
      out.println(language.pick("Bestanden geschreven in ", "Files written to ") + outDir + ":");
      files.written().forEach(f -> out.println("  " + f.getFileName()));
    } catch (IOException e) {
      throw new UserException(language.pick("kan niet schrijven naar ", "cannot write to ") + outDir + ": "
          + e.getMessage());
    }
  }
}
