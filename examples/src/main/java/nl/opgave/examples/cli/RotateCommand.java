package nl.opgave.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.io.OpgaveJson;
import nl.opgave.io.ParticipantCsv;
import nl.opgave.io.ParticipantRow;
import nl.opgave.model.DutchText;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;
import nl.opgave.workshop.rotation.RotationPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Plans a World Café table rotation for generated or listed participants and prints it. */
@Command(name = "rotate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Maakt een tafelrotatie voor een World Café: iedereen ontmoet zo veel mogelijk nieuwe mensen en "
        + "vraagstukken; tafelhosts blijven zitten.",
        "Voorbeeld: rotate --participants 36 --tables 6 --rounds 3 --hosts --questions 3 --sides 2"})
final class RotateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--participants", paramLabel = "N", description = "Aantal deelnemers, hosts inbegrepen (ids p1..pN).")
  Integer participants;

  @Option(names = "--participants-file", paramLabel = "FILE", description = "CSV met naam, organisatie, tafelhost "
      + "(tafelnummer, optioneel) en kant (optioneel); ';' of ',' gescheiden, UTF-8.")
  Path participantsFile;

  @Option(names = "--tables", paramLabel = "T", required = true, description = "Aantal tafels.")
  int tables;

  @Option(names = "--rounds", paramLabel = "R", required = true, description = "Aantal gespreksrondes.")
  int rounds;

  @Option(names = "--hosts", description = "Tafel t heeft host pt, die nooit verplaatst.")
  boolean hosts;

  @Option(names = "--questions", paramLabel = "Q", description = "Aantal vraagstukken; tafel t krijgt vraagstuk "
      + "((t-1) mod Q) + 1. Niemand treft een vraagstuk twee keer zolang er genoeg zijn.")
  Integer questions;

  @Option(names = "--sides", paramLabel = "S", description = "Aantal kanten (bijvoorbeeld wit en blauw): de tafels in S "
      + "gelijke opeenvolgende blokken, elk een eigen café.")
  Integer sides;

  @Option(names = "--seed", paramLabel = "X", defaultValue = "1", description = "Startwaarde van het toeval: zelfde "
      + "invoer, zelfde rotatie (standaard ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--time-limit-ms", paramLabel = "M", defaultValue = "5000", description = "Maximale rekentijd in "
      + "milliseconden (standaard ${DEFAULT-VALUE}); stopt eerder zodra de ondergrens gehaald is.")
  long timeLimitMs;

  @Option(names = "--format", paramLabel = "csv|json|text", defaultValue = "text", description = "Uitvoer: csv "
      + "(round,table,participant), json (het rotatieplan-document van opgave-io) of text (standaard "
      + "${DEFAULT-VALUE}).")
  String format;

  @Mixin
  LangOption lang;

  @Override
  public Integer call() {
    Lang language = lang.get();
    String kind = format.toLowerCase(Locale.ROOT);
    if (!List.of("csv", "json", "text").contains(kind)) {
      throw new UserException(language.pick("--format moet csv, json of text zijn, maar is '",
          "--format must be csv, json or text, but was '") + format + "'");
    }
    RotationRequest request = request(language);
    long start = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar progress = new ProgressBar(err, language, Duration.ofMillis(timeLimitMs));
    RotationPlan plan = RotationPlanner.plan(request, progress);
    progress.finish();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    RotateOutput output = new RotateOutput(plan, language, participantsFile != null);
    switch (kind) {
      case "csv":
        output.csv(out);
        err.println(output.summary(took));
        break;
      case "json":
        out.print(OpgaveJson.standard().pretty().writeString(plan));
        err.println(output.summary(took));
        break;
      default:
        output.text(out, took);
        break;
    }
    out.flush();
    err.flush();
    return 0;
  }

  private RotationRequest request(Lang language) {
    if ((participants == null) == (participantsFile == null)) {
      throw new UserException(language.pick("geef precies een van --participants en --participants-file",
          "give exactly one of --participants and --participants-file"));
    }
    positive(tables, "--tables", language);
    positive(rounds, "--rounds", language);
    if (questions != null) {
      positive(questions, "--questions", language);
    }
    int sideCount = sides == null ? 1 : sides;
    positive(sideCount, "--sides", language);
    if (tables % sideCount != 0) {
      throw new UserException(language.pick("--tables " + tables + " is niet in " + sideCount + " gelijke kanten te "
          + "verdelen", "--tables " + tables + " cannot be split into " + sideCount + " equal sides"));
    }
    if (timeLimitMs < 1) {
      throw new UserException(language.pick("--time-limit-ms moet positief zijn, maar is ",
          "--time-limit-ms must be positive, but was ") + timeLimitMs);
    }
    List<Participant> people = new ArrayList<>();
    String[] hostOf = new String[tables + 1];
    if (participants != null) {
      positive(participants, "--participants", language);
      tooMany(participants, "--participants " + participants, language);
      if (hosts && participants < tables) {
        throw new UserException(language.pick("met --hosts heeft elke tafel een host nodig, maar er zijn "
            + participants + " deelnemers voor " + tables + " tafels", "with --hosts every table needs a host, but"
            + " there are " + participants + " participants for " + tables + " tables"));
      }
      for (int i = 1; i <= participants; i++) {
        people.add(Participant.builder().id("p" + i).build());
      }
      if (hosts) {
        for (int t = 1; t <= tables; t++) {
          hostOf[t] = "p" + t;
        }
      }
    } else {
      if (hosts) {
        throw new UserException(language.pick("--hosts gaat niet samen met --participants-file; zet het tafelnummer "
            + "van elke host in de kolom tafelhost", "--hosts does not go with --participants-file; put each host's "
            + "table number in the host column"));
      }
      fromFile(language, sideCount, people, hostOf);
    }
    List<Table> tableList = new ArrayList<>();
    int perSide = tables / sideCount;
    for (int t = 1; t <= tables; t++) {
      Table.Builder table = Table.builder().number(t);
      if (sides != null) {
        table.side((t - 1) / perSide + 1);
      }
      if (questions != null) {
        table.vraagstuk((t - 1) % questions + 1);
      }
      if (hostOf[t] != null) {
        table.host(hostOf[t]);
      }
      tableList.add(table.build());
    }
    return RotationRequest.builder().participants(people).tables(tableList).rounds(rounds).seed(seed)
        .timeLimit(Duration.ofMillis(timeLimitMs)).build();
  }

  private void fromFile(Lang language, int sideCount, List<Participant> people, String[] hostOf) {
    String file = participantsFile.toString();
    List<ParticipantRow> rows = rows(language);
    if (rows.isEmpty()) {
      throw new UserException(file + ": " + language.pick("geen deelnemers gevonden", "no participants found"));
    }
    tooMany(rows.size(), file, language);
    int[] hostLine = new int[tables + 1];
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      ParticipantRow row = rows.get(i);
      String at = file + language.pick(", regel ", ", line ") + row.line() + ": ";
      Integer previous = names.putIfAbsent(DutchText.fold(row.name()), row.line());
      if (previous != null) {
        throw new UserException(at + language.pick("naam '" + row.name() + "' staat ook op regel " + previous
            + "; maak namen uniek", "name '" + row.name() + "' also appears on line " + previous
            + "; make names unique"));
      }
      String id = "p" + (i + 1);
      Participant.Builder p = Participant.builder().id(id).name(row.name()).organisation(row.organisation());
      if (row.side().isPresent()) {
        int side = side(row.side().get());
        if (side < 1 || sides == null || side > sideCount) {
          throw new UserException(at + language.pick("kant '" + row.side().get() + "' bestaat niet; geef een "
              + "kantnummer van 1 tot en met --sides", "side '" + row.side().get() + "' does not exist; give a side"
              + " number from 1 to --sides"));
        }
        p.side(side);
      }
      if (row.hostTable().isPresent()) {
        int t = row.hostTable().getAsInt();
        if (t > tables) {
          throw new UserException(at + language.pick(row.name() + " is host van tafel " + t + ", maar er zijn "
              + tables + " tafels", row.name() + " hosts table " + t + ", but there are " + tables + " tables"));
        }
        if (hostOf[t] != null) {
          throw new UserException(at + language.pick("tafel " + t + " heeft al een host (regel " + hostLine[t]
              + "); elke tafel heeft hoogstens een host", "table " + t + " already has a host (line " + hostLine[t]
              + "); every table has at most one host"));
        }
        hostOf[t] = id;
        hostLine[t] = row.line();
      }
      people.add(p.build());
    }
  }

  private List<ParticipantRow> rows(Lang language) {
    try {
      return ParticipantCsv.standard().withLanguage(language.locale()).read(participantsFile);
    } catch (NoSuchFileException e) {
      throw new UserException(language.pick("bestand niet gevonden: ", "file not found: ") + participantsFile);
    } catch (IOException e) {
      throw new UserException(language.pick("kan bestand niet lezen: ", "cannot read file: ") + participantsFile
          + " (" + e.getMessage() + ")");
    } catch (OpgaveFormatException e) {
      StringBuilder lines = new StringBuilder();
      for (Problem problem : e.problems()) {
        lines.append(lines.length() == 0 ? "" : "\n").append(problem.source()).append(':').append(problem.line())
            .append(':').append(problem.column()).append(": ").append(problem.message());
        if (!problem.expected().isEmpty()) {
          lines.append(language.pick("; verwacht ", "; expected ")).append(problem.expected());
        }
      }
      throw new UserException(lines.toString());
    }
  }

  private static int side(String text) {
    String digits = text.strip();
    return digits.length() <= 6 && !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')
        ? Integer.parseInt(digits) : -1;
  }

  private static void tooMany(int people, String source, Lang language) {
    if (people > RotationPlanner.MAX_PARTICIPANTS) {
      throw new UserException(source + language.pick(": " + people + " deelnemers is meer dan het maximum van "
          + RotationPlanner.MAX_PARTICIPANTS + " (het geheugen groeit met deelnemers maal rondes)", ": " + people
          + " participants is more than the maximum of " + RotationPlanner.MAX_PARTICIPANTS
          + " (memory grows with participants times rounds)"));
    }
  }

  private static void positive(int value, String option, Lang language) {
    if (value < 1) {
      throw new UserException(option + language.pick(" moet positief zijn, maar is ", " must be positive, but was ")
          + value);
    }
  }
}
