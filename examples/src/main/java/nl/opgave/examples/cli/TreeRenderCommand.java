package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.opgave.io.DoelenboomDiagrams;
import nl.opgave.io.DoelenboomOutline;
import nl.opgave.model.doelenboom.Doelenboom;

/** "tree render FILE --format mermaid|dot|outline": the tree as diagram text or as an outline again. */
final class TreeRenderCommand implements Callable<Integer> {
  final String file;
  final String format;
  final LangOption lang;
  private final PrintWriter stdout;
  private final PrintWriter stderr;

  TreeRenderCommand(CliValues values, Lang line, PrintWriter stdout, PrintWriter stderr) {
    file = (String) values.positionals.get(0);
    format = values.text(Commands.TREE_FORMAT);
    lang = new LangOption(values, line);
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    Lang language = lang.get();
    String chosen = format(format, language);
    Doelenboom tree = TreeInput.read(file, language, stderr);
    if (tree == null) {
      return OpgaveCli.USER_ERROR;
    }
    PrintWriter out = stdout;
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
