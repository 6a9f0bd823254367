package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.io.ParticipantCsv;
import nl.opgave.workshop.doelenboom.TreeValidator;

/** Checks opgave documents: JSON (type from the envelope), a doelenboom outline or a participants CSV. */
final class ValidateCommand implements Callable<Integer> {
  final List<Path> files = new ArrayList<>();
  final LangOption lang;
  private final PrintWriter stdout;

  ValidateCommand(CliValues values, Lang line, PrintWriter stdout) {
    for (Object file : values.positionals) {
      files.add((Path) file);
    }
    lang = new LangOption(values, line);
    this.stdout = stdout;
  }

  @Override
  public Integer call() {
    Lang language = lang.get();
    PrintWriter out = stdout;
    boolean allValid = true;
    for (Path file : files) {
      String name = file.toString();
      if (Files.isDirectory(file)) {
        throw new UserException(language.pick("'" + file + "' is een map, geen bestand",
            "'" + file + "' is a directory, not a file"));
      }
      byte[] bytes = TreeInput.bytes(name, language);
      boolean csv = file.getFileName() != null
          && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
      boolean json = !csv && !isOutline(name, bytes);
      List<Problem> problems = csv ? participants(ParticipantCsv.standard(), bytes, name)
          : json ? Judge.json(bytes, name, TreeValidator.DEFAULT_MAX_DEPTH).problems()
          : Judge.outline(bytes, name, TreeValidator.DEFAULT_MAX_DEPTH).problems();
      if (problems.isEmpty()) {
        out.println(files.size() == 1 ? "valid" : file + ": valid");
      } else {
        allValid = false;
        problems.forEach(p -> out.println(Judge.line(p, language.locale(), csv || json)));
      }
    }
    out.flush();
    return allValid ? 0 : OpgaveCli.USER_ERROR;
  }

  /** An outline by its name (.txt, .md) or by its first character, a bullet; anything else is read as JSON. */
  private static boolean isOutline(String name, byte[] bytes) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt") || lower.endsWith(".md")) {
      return true;
    }
    String start = new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.UTF_8)
        .replace("\uFEFF", "").stripLeading();
    return start.startsWith("-") && !lower.endsWith(".json");
  }

  /** Returns every problem the reader finds in a participants CSV, for validate and rotate alike. */
  static List<Problem> participants(ParticipantCsv reader, byte[] bytes, String source) {
    try {
      reader.read(bytes, source);
      return List.of();
    } catch (OpgaveFormatException e) {
      return e.problems();
    }
  }
}
