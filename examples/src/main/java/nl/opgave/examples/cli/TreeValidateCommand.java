package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.workshop.doelenboom.TreeValidator;
import nl.opgave.workshop.doelenboom.ValidationResult;
import nl.opgave.workshop.doelenboom.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** "tree validate FILE": exit 0 and "valid" (warnings listed), or exit 2 and one line per violation. */
@Command(name = "validate", aliases = "valideer", mixinStandardHelpOptions = true,
    description = {"Controleert een doelenboom in overzichtsvorm.",
        "Geldig: afsluitcode 0, 'valid' en eventuele waarschuwingen. Ongeldig: afsluitcode 2 en per overtreding"
            + " een regel 'pad: CODE: melding'."})
final class TreeValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BESTAND", description = "Het overzicht (UTF-8); '-' leest standaardinvoer.")
  String file;

  @Option(names = "--max-depth", defaultValue = "10", paramLabel = "N",
      description = "Grootste toegestane diepte, de wortel meegeteld (standaard ${DEFAULT-VALUE}).")
  int maxDepth;

  @Mixin
  LangOption lang;

  @Override
  public Integer call() {
    Lang language = lang.get();
    if (maxDepth < 1) {
      throw new UserException(language.pick("--max-depth moet minstens 1 zijn, maar was ",
          "--max-depth must be at least 1, but was ") + maxDepth);
    }
    PrintWriter out = spec.commandLine().getOut();
    Doelenboom tree = TreeInput.read(file, language, spec.commandLine().getErr());
    if (tree == null) {
      return OpgaveCli.USER_ERROR;
    }
    ValidationResult result = TreeValidator.validate(tree, maxDepth);
    if (result.isValid()) {
      out.println("valid");
    }
    for (Violation violation : result.violations()) {
      out.println(violation.line(language.locale()));
    }
    out.flush();
    return result.isValid() ? 0 : OpgaveCli.USER_ERROR;
  }
}
