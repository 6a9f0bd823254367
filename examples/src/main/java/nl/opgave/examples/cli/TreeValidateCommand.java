package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.GroeneCirkel;

/** "tree validate FILE": exit 0 and "valid" (warnings listed), or exit 2 and one line per violation. */
final class TreeValidateCommand implements Callable<Integer> {
  final String file;
  final int maxDepth;
  final LangOption lang;
  private final PrintWriter stdout;
  private final PrintWriter stderr;

  TreeValidateCommand(CliValues values, Lang line, PrintWriter stdout, PrintWriter stderr) {
    file = (String) values.positionals.get(0);
    maxDepth = values.integer(Commands.TREE_MAX_DEPTH);
    lang = new LangOption(values, line);
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    Lang language = lang.get();
    if (maxDepth < 1) {
      throw new UserException(ProblemMessage.of(ProblemCode.AT_LEAST_ONE, "--max-depth", maxDepth)
          .message(language.locale()));
    }
    PrintWriter out = stdout;
    byte[] bytes = TreeInput.bytes(file, language);
    boolean json = TreeInput.isJson(file, bytes);
    Judge.Verdict verdict = json ? Judge.json(bytes, file, maxDepth) : Judge.outline(bytes, file, maxDepth);
    if (verdict.value() != null && !(verdict.value() instanceof Doelenboom)
        && !(verdict.value() instanceof GroeneCirkel)) {
      throw new UserException(file + ": " + language.pick("geen doelenboom of Groene Cirkel",
          "not a doelenboom or Groene Cirkel"));
    }
    if (verdict.value() == null) {
      PrintWriter err = stderr;
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
