package nl.opgave.pdf;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link CafePrint} prints and in which language.
 *
 * @param language Dutch unless the language is English
 * @param parts the parts, printed in the order of {@link Part}
 */
public record PrintOptions(Locale language, Set<Part> parts) {
  /** Dutch, all parts. */
  public static final PrintOptions DUTCH = new PrintOptions(Locale.forLanguageTag("nl-NL"), EnumSet.allOf(Part.class));

  /** A part of the print. */
  public enum Part {
    /** One A4 page per table: vraagstuk, side and colour, host, and per round who sits there, when and why. */
    TABLE_CARDS,
    /** Route cards, eight to an A4 sheet with cut marks: name, organisation, per round table, colour, vraagstuk. */
    ROUTE_CARDS,
    /** The wall plan on A3: rounds by tables, coloured by side, hosts marked. */
    WALL_PLAN
  }

  /**
   * Checks the options and keeps a copy of the parts.
   *
   * @throws NullPointerException if the language or the parts are null
   * @throws IllegalArgumentException if the parts are empty
   */
  public PrintOptions {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(parts, "parts");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("parts must name at least one part, but was empty");
    }
    parts = Set.copyOf(EnumSet.copyOf(parts));
  }

  /** Returns these options in another language: English for {@code en}, Dutch otherwise. */
  public PrintOptions withLanguage(Locale language) {
    return new PrintOptions(language, parts);
  }

  /**
   * Returns these options with other parts.
   *
   * @throws IllegalArgumentException if no part is given
   */
  public PrintOptions withParts(Part... parts) {
    if (parts.length == 0) {
      throw new IllegalArgumentException("parts must name at least one part, but was empty");
    }
    return new PrintOptions(language, EnumSet.of(parts[0], parts));
  }

  boolean english() {
    return "en".equals(language.getLanguage());
  }
}
