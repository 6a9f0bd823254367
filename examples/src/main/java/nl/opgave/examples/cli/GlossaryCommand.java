package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.opgave.model.community.Begrippenlijst;
import nl.opgave.model.community.GlossaryCategory;
import nl.opgave.model.community.GlossaryEntry;
import nl.opgave.model.seed.Opgavebeweging;

/** Prints the begrippenlijst A-Z, filtered or searched. */
final class GlossaryCommand implements Callable<Integer> {
  final LangOption lang;
  final GlossaryCategory category;
  final String search;
  private final PrintWriter stdout;

  GlossaryCommand(CliValues values, Lang line, PrintWriter stdout) {
    lang = new LangOption(values, line);
    category = (GlossaryCategory) values.get(Commands.GLOSSARY_CATEGORY);
    search = values.text(Commands.GLOSSARY_SEARCH);
    this.stdout = stdout;
  }

  @Override
  public Integer call() {
    PrintWriter out = stdout;
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
