package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.opgave.model.seed.DromenVoorDoeners;

/** "tree demo": the seed's Den Haag Groene Cirkel validated, drawn and planned, and the Groene Cirkel Familie. */
final class TreeDemoCommand implements Callable<Integer> {
  final String format;
  final LangOption lang;
  private final PrintWriter stdout;

  TreeDemoCommand(CliValues values, Lang line, PrintWriter stdout) {
    format = values.text(Commands.TREE_FORMAT);
    lang = new LangOption(values, line);
    this.stdout = stdout;
  }

  @Override
  public Integer call() {
    Lang language = lang.get();
    String chosen = TreeRenderCommand.format(format, language);
    PrintWriter out = stdout;
    TreeReport report = new TreeReport(out, language);
    report.droombijeenkomst(DromenVoorDoeners.droombijeenkomst());
    report.circle(DromenVoorDoeners.denHaag(), chosen);
    report.familie(DromenVoorDoeners.familie());
    out.flush();
    return 0;
  }
}
