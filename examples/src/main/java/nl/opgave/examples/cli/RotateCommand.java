package nl.opgave.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.opgave.io.DocumentType;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.io.OpgaveJson;
import nl.opgave.io.ParticipantCsv;
import nl.opgave.io.ParticipantRow;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Side;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.seed.WorldCafe4Maart;
import nl.opgave.pdf.CafePrint;
import nl.opgave.workshop.rotation.RotationPlanner;

/** Plans a World Café table rotation for generated or listed participants and prints it. */
final class RotateCommand implements Callable<Integer> {
  final Integer participants;
  final Path participantsFile;
  final int tables;
  final int rounds;
  final boolean hosts;
  final Integer questions;
  final Integer sides;
  final long seed;
  final long timeLimitMs;
  final String format;
  final Path outFile;
  final LangOption lang;
  private final PrintWriter stdout;
  private final PrintWriter stderr;

  RotateCommand(CliValues values, Lang line, PrintWriter stdout, PrintWriter stderr) {
    participants = values.integer(Commands.ROTATE_PARTICIPANTS);
    participantsFile = values.path(Commands.ROTATE_PARTICIPANTS_FILE);
    tables = values.integer(Commands.ROTATE_TABLES);
    rounds = values.integer(Commands.ROTATE_ROUNDS);
    hosts = values.flag(Commands.ROTATE_HOSTS);
    questions = values.integer(Commands.ROTATE_QUESTIONS);
    sides = values.integer(Commands.ROTATE_SIDES);
    seed = values.whole(Commands.ROTATE_SEED);
    timeLimitMs = values.whole(Commands.ROTATE_TIME_LIMIT_MS);
    format = values.text(Commands.ROTATE_FORMAT);
    outFile = values.path(Commands.ROTATE_OUT);
    lang = new LangOption(values, line);
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    Lang language = lang.get();
    String kind = format.toLowerCase(Locale.ROOT);
    if (!List.of("csv", "json", "text", "pdf").contains(kind)) {
      throw new UserException(language.pick("--format moet csv, json, text of pdf zijn, maar is '",
          "--format must be csv, json, text or pdf, but was '") + format + "'");
    }
    if ("pdf".equals(kind) != (outFile != null)) {
      throw new UserException(language.pick("--out FILE hoort bij --format pdf, en alleen daarbij",
          "--out FILE goes with --format pdf, and only with it"));
    }
    RotationRequest request = request(language);
    if ("pdf".equals(kind)) {
      CafePrint.checkSize(request.participants().size(), request.rounds());
    }
    long start = System.nanoTime();
    PrintWriter out = stdout;
    PrintWriter err = stderr;
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
        json(plan, out);
        err.println(output.summary(took));
        break;
      case "pdf":
        output.pdf(outFile);
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

  /** The plan's document; UTF-8 bytes straight to the stream when the output is UTF-8 anyway. */
  static void json(RotationPlan plan, PrintWriter out) {
    OutputStream stream = CliOut.utf8Stream(out);
    if (stream == null) {
      OpgaveJson.standard().write(plan, out);
      return;
    }
    try {
      OpgaveJson.standard().write(DocumentType.ROTATION_PLAN, plan, stream);
    } catch (IOException e) {
      CliOut.failed(out);
    }
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
    ArrayList<Participant> people = new ArrayList<>();
    String[] hostOf = new String[tables + 1];
    if (participants != null) {
      positive(participants, "--participants", language);
      tooMany(participants, "--participants " + participants, language);
      people.ensureCapacity(participants);
      if (hosts && participants < tables) {
        throw new UserException(language.pick("met --hosts heeft elke tafel een host nodig, maar er zijn "
            + participants + " deelnemers voor " + tables + " tafels", "with --hosts every table needs a host, but"
            + " there are " + participants + " participants for " + tables + " tables"));
      }
      for (int i = 1; i <= participants; i++) {
        people.add(Participant.of("p" + i));
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
    ParticipantCsv reader = ParticipantCsv.standard().withLanguage(language.locale()).withTables(tables)
        .withSides(sides == null ? List.of() : sides(sideCount));
    byte[] bytes = TreeInput.bytes(file, language);
    List<ParticipantRow> rows;
    try {
      rows = reader.read(bytes, file);
    } catch (OpgaveFormatException e) {
      StringBuilder lines = new StringBuilder();
      for (Problem p : e.problems()) {
        lines.append(lines.length() == 0 ? "" : "\n").append(Judge.line(p, language.locale(), true));
      }
      throw new UserException(lines.toString());
    }
    if (rows.isEmpty()) {
      throw new UserException(file + ": " + language.pick("geen deelnemers gevonden", "no participants found"));
    }
    tooMany(rows.size(), file, language);
    for (int i = 0; i < rows.size(); i++) {
      ParticipantRow row = rows.get(i);
      String id = "p" + (i + 1);
      Participant.Builder p = Participant.builder().id(id).name(row.name()).organisation(row.organisation());
      row.side().ifPresent(side -> p.side(reader.side(side)));
      row.hostTable().ifPresent(t -> hostOf[t] = id);
      people.add(p.build());
    }
  }

  /** The sides of a café with this many: the seed's wit and blauw first, then "kant 3", ... */
  static List<Side> sides(int count) {
    List<Side> seed = WorldCafe4Maart.sides();
    List<Side> sides = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      sides.add(n <= seed.size() ? seed.get(n - 1) : Side.of(n, "kant " + n, "side " + n));
    }
    return sides;
  }

  private void tooMany(int people, String source, Lang language) {
    try {
      RotationPlanner.checkSize(people, rounds, Duration.ofMillis(timeLimitMs));
    } catch (InvalidValueException e) {
      throw new UserException(source + ": " + e.details().get(0).message(language.locale()));
    }
  }

  private static void positive(int value, String option, Lang language) {
    if (value < 1) {
      throw new UserException(option + language.pick(" moet positief zijn, maar is ", " must be positive, but was ")
          + value);
    }
  }
}
