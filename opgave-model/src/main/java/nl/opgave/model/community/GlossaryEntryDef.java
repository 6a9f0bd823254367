package nl.opgave.model.community;

import java.net.URI;
import java.util.Optional;
import nl.opgave.model.DutchText;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** An entry of the begrippenlijst: a category, a title, its source and an optional link. */
@Value.Immutable
abstract class GlossaryEntryDef {
  /** The category. */
  public abstract GlossaryCategory category();

  /** The title, "Opgavegericht teamleren". */
  public abstract String title();

  /** The source or authors, "Houtkamp, Ruijters en De Vries". */
  public abstract Optional<String> source();

  /** A link to the material, http or https. */
  public abstract Optional<URI> link();

  /** Returns the label the portal lists: "Lezen | Houtkamp, Ruijters en De Vries - Opgavegericht teamleren". */
  @Value.Lazy
  public String label() {
    String body = source().map(s -> s + " - " + title()).orElse(title());
    return category() == GlossaryCategory.BIJEENKOMST
        ? category().label() + " " + body
        : category().label() + " | " + body;
  }

  /** Returns the letter of the A-Z index the portal files the entry under. */
  public char indexLetter() {
    return DutchText.indexLetter(label());
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.text("#FIELD_GLOSSARY_TITLE", title(), 500);
    if (source().isPresent() && !Checks.isText(source().get(), 300)) {
      rules.text(Checks.term(ProblemCode.FIELD_GLOSSARY_SOURCE, Checks.quote(title())), source().get(), 300);
    }
    link().ifPresent(l -> {
      if (!("https".equalsIgnoreCase(l.getScheme()) || "http".equalsIgnoreCase(l.getScheme())) || l.getHost() == null) {
        rules.check(false, ProblemCode.LINK_NOT_HTTP, Checks.quote(title()), Checks.quote(l));
      }
    });
    rules.done();
  }

  /**
   * Reads an entry from the portal's label, "Casustiek | NSOB - De opgave aan tafel".
   *
   * @throws nl.opgave.model.InvalidValueException if the label starts with no known category
   */
  public static GlossaryEntry parse(String label) {
    Checks.text("#FIELD_GLOSSARY_LABEL", label, 1000);
    for (GlossaryCategory category : GlossaryCategory.values()) {
      String prefix = category == GlossaryCategory.BIJEENKOMST ? category.label() + " " : category.label() + " | ";
      if (label.startsWith(prefix) && label.length() > prefix.length()) {
        String body = label.substring(prefix.length());
        int dash = body.indexOf(" - ");
        GlossaryEntry.Builder entry = GlossaryEntry.builder().category(category);
        if (category != GlossaryCategory.BIJEENKOMST && dash > 0 && dash + 3 < body.length()) {
          entry.source(body.substring(0, dash)).title(body.substring(dash + 3));
        } else {
          entry.title(body);
        }
        return entry.build();
      }
    }
    throw InvalidValueException.of(ProblemCode.GLOSSARY_LABEL_CATEGORY,
        Checks.quote(label));
  }
}
