package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.opgave.model.seed.DromenVoorDoeners;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** "tree demo": the seed's Den Haag Groene Cirkel validated, drawn and planned, and the Groene Cirkel Familie. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Toont de Groene Cirkel uit 'Dromen voor Doeners': droombijeenkomst, doelenboom (gevalideerd en"
        + " getekend), stappen, haalbaarheid en kosten, routekaart T0-T2, yield gap en de Groene Cirkel Familie.")
final class TreeDemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "mermaid", paramLabel = "FORMAAT",
      description = "Tekening van de doelenboom: mermaid, dot of outline (standaard ${DEFAULT-VALUE}).")
  String format;

  @Mixin
  LangOption lang;

  @Override
  public Integer call() {
    Lang language = lang.get();
    String chosen = TreeRenderCommand.format(format, language);
    PrintWriter out = spec.commandLine().getOut();
    TreeReport report = new TreeReport(out, language);
    report.droombijeenkomst(DromenVoorDoeners.droombijeenkomst());
    report.circle(DromenVoorDoeners.denHaag(), chosen);
    report.familie(DromenVoorDoeners.familie());
    out.flush();
    return 0;
  }
}
