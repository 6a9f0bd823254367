package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.GroeneCirkel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** "tree validate FILE": exit 0 and "valid" (warnings listed), or exit 2 and one line per violation. */
@Command(name = "validate", aliases = "valideer", mixinStandardHelpOptions = true,
    description = {"Controleert een doelenboom in overzichtsvorm of als JSON-document.",
        "Geldig: afsluitcode 0, 'valid' en eventuele waarschuwingen. Ongeldig: afsluitcode 2 en per overtreding"
            + " een regel 'BESTAND:regel:kolom: melding' (JSON: met de JSON Pointer van knoop of"
            + " verwijzing)."})
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
      throw new UserException(ProblemMessage.of(ProblemCode.AT_LEAST_ONE, "--max-depth", maxDepth)
          .message(language.locale()));
    }
    PrintWriter out = spec.commandLine().getOut();
    byte[] bytes = TreeInput.bytes(file, language);
    boolean json = TreeInput.isJson(file, bytes);
    Judge.Verdict verdict = json ? Judge.json(bytes, file, maxDepth) : Judge.outline(bytes, file, maxDepth);
    if (verdict.value() != null && !(verdict.value() instanceof Doelenboom)
        && !(verdict.value() instanceof GroeneCirkel)) {
      throw new UserException(file + ": " + language.pick("geen doelenboom of Groene Cirkel",
          "not a doelenboom or Groene Cirkel"));
    }
    if (verdict.value() == null) {
      PrintWriter err = spec.commandLine().getErr();
      verdict.problems().forEach(p -> err.println(Judge.line(p, language.locale(), json)));
      err.flush();
      return OpgaveCli.USER_ERROR;
    }
    if (verdict.valid()) {
      out.println("valid");
    }
    verdict.problems().forEach(p -> out.println(Judge.line(p, language.locale(), json)));
    verdict.warnings().forEach(p -> out.println(Judge.line(p, language.locale(), json)));
    out.flush();
    return verdict.valid() ? 0 : OpgaveCli.USER_ERROR;
  }
}
