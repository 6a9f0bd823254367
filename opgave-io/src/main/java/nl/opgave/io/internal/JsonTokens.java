package nl.opgave.io.internal;

import java.io.IOException;

/**
 * Reads JSON tokens: what the codecs read against, whatever streaming library is underneath. Errors of the
 * underlying parser come as {@link TokenStreamException}.
 */
public abstract class JsonTokens {
  /** For subclasses. */
  protected JsonTokens() {}

  /** How large an integer token is. */
  public enum Size {
    /** Fits an int. */
    INT,
    /** Fits a long, not an int. */
    LONG,
    /** Fits neither. */
    BIG
  }

  /** Moves to the next token and returns it; null at the end of input. */
  public abstract Token nextToken() throws IOException;

  /** The current token, or null. */
  public abstract Token currentToken();

  /** Moves to the next token and returns its name if it is a field name, else null. */
  public abstract String nextFieldName() throws IOException;

  /** Moves to the next token and returns true if it is the field name. */
  public abstract boolean nextFieldName(JsonName name) throws IOException;

  /** The name of the current field (at its name or its value). */
  public abstract String currentName() throws IOException;

  /** The text of the current string, number or name token. */
  public abstract String text() throws IOException;

  /** The buffer holding the current token's text. */
  public abstract char[] textCharacters() throws IOException;

  /** Where the current token's text starts in {@link #textCharacters()}. */
  public abstract int textOffset() throws IOException;

  /** The length of the current token's text. */
  public abstract int textLength() throws IOException;

  /** How large the current integer token is. */
  public abstract Size integerSize() throws IOException;

  /** The current number as an int. */
  public abstract int intValue() throws IOException;

  /** The current number as a long. */
  public abstract long longValue() throws IOException;

  /** The current number as a double. */
  public abstract double doubleValue() throws IOException;

  /** Line (high 32 bits) and column (low 32 bits) where the current token starts, as the parser counts them. */
  public abstract long tokenLocation();

  /** Line and column of the parser's position, packed as in {@link #tokenLocation()}. */
  public abstract long location();

  /** Packs a line and a column. */
  public static long location(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  /** The line of a packed location. */
  public static int line(long location) {
    return (int) (location >> 32);
  }

  /** The column of a packed location. */
  public static int column(long location) {
    return (int) location;
  }
}
