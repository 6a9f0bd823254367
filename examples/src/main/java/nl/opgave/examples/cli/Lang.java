package nl.opgave.examples.cli;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.opgave.model.DutchText;

/** The language of what the CLI prints: Dutch by default, English on request. */
enum Lang {
  NL,
  EN;

  /** The locale of the texts; DutchText is read only here, so help and mistakes do not load its patterns. */
  Locale locale() {
    return this == NL ? DutchText.DUTCH : Locale.UK;
  }

  String pick(String dutch, String english) {
    return this == NL ? dutch : english;
  }

  DateTimeFormatter longDate() {
    return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale());
  }

  DateTimeFormatter shortDate() {
    return DateTimeFormatter.ofPattern("dd-MM-yyyy", locale());
  }

  /** Returns the language an argument list asks for with --lang, Dutch when it asks for none or for an unknown one. */
  static Lang of(String[] args) {
    Lang lang = NL;
    for (int i = 0; i < args.length; i++) {
      String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
          : "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1] : null;
      if ("en".equalsIgnoreCase(value)) {
        lang = EN;
      } else if ("nl".equalsIgnoreCase(value)) {
        lang = NL;
      }
    }
    return lang;
  }

  static Lang parse(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "nl":
        return NL;
      case "en":
        return EN;
      default:
        throw new UserException("--lang moet nl of en zijn, maar is '" + value + "' (--lang must be nl or en)");
    }
  }
}
