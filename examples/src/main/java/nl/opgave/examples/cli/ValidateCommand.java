package nl.opgave.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.io.OpgaveJson;
import nl.opgave.io.ParticipantCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks opgave documents: JSON (type from the envelope) or a participants CSV. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Controleert opgave-documenten: JSON (het type volgt uit \"format\") of een deelnemerslijst"
        + " (.csv).", "Drukt 'valid' af (afsluitcode 0) of per probleem een regel BESTAND:regel:kolom:"
        + " /json/pointer: melding (afsluitcode 2)."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "BESTAND", description = "Het bestand of de bestanden.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean allValid = true;
    for (Path file : files) {
      List<Problem> problems = problems(file);
      if (problems.isEmpty()) {
        out.println(files.size() == 1 ? "valid" : file + ": valid");
      } else {
        allValid = false;
        problems.forEach(p -> out.println(p.toString().replace('\r', ' ').replace('\n', ' ')));
      }
    }
    out.flush();
    return allValid ? 0 : OpgaveCli.USER_ERROR;
  }

  private static List<Problem> problems(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new UserException("'" + file + "' is een map, geen bestand");
      }
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        try {
          ParticipantCsv.standard().read(file);
          return List.of();
        } catch (OpgaveFormatException e) {
          return e.problems();
        }
      }
      return OpgaveJson.standard().validate(file);
    } catch (NoSuchFileException e) {
      throw new UserException("bestand '" + file + "' bestaat niet");
    } catch (IOException e) {
      throw new UserException("bestand '" + file + "' kan niet worden gelezen: " + e.getMessage());
    }
  }
}
