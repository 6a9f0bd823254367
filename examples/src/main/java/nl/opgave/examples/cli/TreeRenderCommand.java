package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.opgave.io.DoelenboomDiagrams;
import nl.opgave.io.DoelenboomOutline;
import nl.opgave.model.doelenboom.Doelenboom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** "tree render FILE --format mermaid|dot|outline": the tree as diagram text or as an outline again. */
@Command(name = "render", aliases = "teken", mixinStandardHelpOptions = true,
    description = "Tekent een doelenboom als Mermaid-stroomschema, Graphviz DOT of opnieuw als overzicht.")
final class TreeRenderCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BESTAND", description = "Het overzicht (UTF-8); '-' leest standaardinvoer.")
  String file;

  @Option(names = "--format", defaultValue = "mermaid", paramLabel = "FORMAAT",
      description = "mermaid, dot of outline (standaard ${DEFAULT-VALUE}).")
  String format;

  @Mixin
  LangOption lang;

  @Override
  public Integer call() {
    Lang language = lang.get();
    String chosen = format(format, language);
    Doelenboom tree = TreeInput.read(file, language, spec.commandLine().getErr());
    if (tree == null) {
      return OpgaveCli.USER_ERROR;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(render(tree, chosen));
    out.flush();
    return 0;
  }

  /** Returns the drawing format in lower case, or refuses anything but mermaid, dot and outline. */
  static String format(String format, Lang language) {
    String chosen = format.toLowerCase(Locale.ROOT);
    if (!chosen.equals("mermaid") && !chosen.equals("dot") && !chosen.equals("outline")) {
      throw new UserException(language.pick("--format moet mermaid, dot of outline zijn, maar was '",
          "--format must be mermaid, dot or outline, but was '") + format + "'");
    }
    return chosen;
  }

  static String render(Doelenboom tree, String format) {
    switch (format) {
      case "dot":
        return DoelenboomDiagrams.dot(tree);
      case "outline":
        return DoelenboomOutline.render(tree);
      default:
        return DoelenboomDiagrams.mermaid(tree);
    }
  }
}
