package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.opgave.model.community.Begrippenlijst;
import nl.opgave.model.community.GlossaryCategory;
import nl.opgave.model.community.GlossaryEntry;
import nl.opgave.model.seed.Opgavebeweging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints the begrippenlijst A-Z, filtered or searched. */
@Command(name = "glossary", aliases = "begrippenlijst", mixinStandardHelpOptions = true,
    description = "Toont de begrippenlijst van A tot Z, eventueel gefilterd op categorie of zoekterm.")
final class GlossaryCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  LangOption lang;

  @Option(names = "--category", paramLabel = "CATEGORIE", description = "Alleen deze categorie (hoofd- of kleine"
      + " letters): ${COMPLETION-CANDIDATES}.")
  GlossaryCategory category;

  @Option(names = "--search", paramLabel = "TERM", description = "Zoekterm (hoofdletters en accenten tellen niet).")
  String search;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Begrippenlijst list = Opgavebeweging.begrippenlijst();
    if (category == null && search == null) {
      new CommunityReport(out, lang.get()).begrippenlijst(list);
    } else {
      int found = 0;
      for (GlossaryEntry entry : search == null ? list.sorted() : list.search(search)) {
        if (category == null || entry.category() == category) {
          out.println(entry.label());
          found++;
        }
      }
      if (found == 0) {
        out.println(lang.get().pick("Niets gevonden", "Nothing found")
            + (search == null ? "" : lang.get().pick(" voor '", " for '") + search + "'")
            + (category == null ? "" : lang.get().pick(" in categorie ", " in category ") + category) + ".");
      }
    }
    out.flush();
    return 0;
  }
}
