package nl.opgave.model;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dutch text conventions: accent- and case-insensitive matching, dictionary order with IJ as i+j, and the
 * letter under which an A-Z index files a word.
 */
public final class DutchText {
  /** The Dutch locale. */
  public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^['\u2018\u2019\u02BC`\u00B4\u2032](?:s-|s |t )",
      Pattern.CASE_INSENSITIVE);

  private DutchText() {}

  /**
   * Returns the search form of a text: accents removed, lower case, white space folded to single spaces.
   *
   * @throws NullPointerException if text is null
   */
  public static String fold(String text) {
    if (ascii(text)) {
      return foldAscii(text);
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String foldAscii(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        space = true;
        continue;
      }
      if (space) {
        folded.append(' ');
        space = false;
      }
      folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    if (space) {
      folded.append(' ');
    }
    return folded.toString().strip();
  }

  /**
   * Returns a total order on strings that agrees with {@link #indexLetter}: by index letter ('#' first), then in
   * Dutch dictionary order of the text without its leading article (IJ as i+j, accents after plain letters).
   */
  public static Comparator<String> order() {
    return DictionaryOrder.INSTANCE;
  }

  /**
   * Returns the capital letter under which a Dutch A-Z index files the text, skipping a leading 's-, 's or 't
   * (written with any apostrophe: ', U+2018, U+2019, U+02BC, `, U+00B4, U+2032) and leading punctuation; IJ
   * files under I, and '#' stands for a text whose first letter or digit is not one of a to z.
   *
   * @throws NullPointerException if text is null
   */
  public static char indexLetter(String text) {
    return letterOf(filed(text));
  }

  private static String filed(String text) {
    String folded = fold(LEADING_ARTICLE.matcher(text.strip()).replaceFirst(""));
    int start = 0;
    while (start < folded.length() && !Character.isLetterOrDigit(folded.charAt(start))) {
      start++;
    }
    return folded.substring(start);
  }

  private static char letterOf(String folded) {
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return Character.toUpperCase(c);
      }
      if (Character.isLetterOrDigit(c)) {
        return '#';
      }
    }
    return '#';
  }

  /**
   * Returns the word with its first letter capitalised the Dutch way: "ijssel" becomes "IJssel", "van" "Van".
   *
   * @throws NullPointerException if word is null
   */
  public static String capitalise(String word) {
    if (word.isEmpty()) {
      return word;
    }
    if (word.length() >= 2 && (word.charAt(0) == 'i' || word.charAt(0) == 'I')
        && (word.charAt(1) == 'j' || word.charAt(1) == 'J')) {
      return "IJ" + word.substring(2);
    }
    return word.substring(0, 1).toUpperCase(DUTCH) + word.substring(1);
  }

  /** Built on first use: its collators take tens of milliseconds to load, which the locale alone does not need. */
  private static final class DictionaryOrder implements Comparator<String> {
    static final Comparator<String> INSTANCE = new DictionaryOrder();

    private final Collator primary;
    private final Collator tertiary;

    DictionaryOrder() {
      primary = Collator.getInstance(DUTCH);
      primary.setStrength(Collator.PRIMARY);
      primary.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
      tertiary = Collator.getInstance(DUTCH);
      tertiary.setStrength(Collator.TERTIARY);
      tertiary.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
    }

    @Override
    public int compare(String a, String b) {
      String filedA = filed(a);
      String filedB = filed(b);
      int byIndex = Character.compare(letterOf(filedA), letterOf(filedB));
      if (byIndex != 0) {
        return byIndex;
      }
      int byFiled = primary.compare(filedA, filedB);
      if (byFiled != 0) {
        return byFiled;
      }
      int byLetters = primary.compare(fold(a), fold(b));
      if (byLetters != 0) {
        return byLetters;
      }
      int byAccentsAndCase = tertiary.compare(a, b);
      return byAccentsAndCase != 0 ? byAccentsAndCase : a.compareTo(b);
    }
  }
}
