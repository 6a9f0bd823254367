package nl.opgave.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;

/** {@link JsonTokens} over a Jackson 2 parser. */
public final class Jackson2Tokens extends JsonTokens {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken token : JsonToken.values()) {
      Token ours;
      switch (token) {
        case START_OBJECT -> ours = Token.START_OBJECT;
        case END_OBJECT -> ours = Token.END_OBJECT;
        case START_ARRAY -> ours = Token.START_ARRAY;
        case END_ARRAY -> ours = Token.END_ARRAY;
        case FIELD_NAME -> ours = Token.FIELD_NAME;
        case VALUE_STRING -> ours = Token.VALUE_STRING;
        case VALUE_NUMBER_INT -> ours = Token.VALUE_NUMBER_INT;
        case VALUE_NUMBER_FLOAT -> ours = Token.VALUE_NUMBER_FLOAT;
        case VALUE_TRUE -> ours = Token.VALUE_TRUE;
        case VALUE_FALSE -> ours = Token.VALUE_FALSE;
        case VALUE_NULL -> ours = Token.VALUE_NULL;
        default -> ours = Token.OTHER;
      }
      TOKENS[token.ordinal()] = ours;
    }
  }

  private final JsonParser parser;

  /** Reads from the parser. */
  public Jackson2Tokens(JsonParser parser) {
    this.parser = parser;
  }

  /** The parser read from. */
  public JsonParser parser() {
    return parser;
  }

  private static Token token(JsonToken token) {
    return token == null ? null : TOKENS[token.ordinal()];
  }

  @Override
  public Token nextToken() throws IOException {
    try {
      return token(parser.nextToken());
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public Token currentToken() {
    return token(parser.currentToken());
  }

  @Override
  public String nextFieldName() throws IOException {
    try {
      return parser.nextFieldName();
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public boolean nextFieldName(JsonName name) throws IOException {
    try {
      return parser.nextFieldName(name.jackson2);
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public String currentName() throws IOException {
    return parser.currentName();
  }

  @Override
  public String text() throws IOException {
    try {
      return parser.getText();
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public char[] textCharacters() throws IOException {
    try {
      return parser.getTextCharacters();
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public int textOffset() throws IOException {
    return parser.getTextOffset();
  }

  @Override
  public int textLength() throws IOException {
    return parser.getTextLength();
  }

  @Override
  public Size integerSize() throws IOException {
    try {
      JsonParser.NumberType type = parser.getNumberType();
      return type == JsonParser.NumberType.INT ? Size.INT
          : type == JsonParser.NumberType.LONG ? Size.LONG : Size.BIG;
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public int intValue() throws IOException {
    try {
      return parser.getIntValue();
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public long longValue() throws IOException {
    try {
      return parser.getLongValue();
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public double doubleValue() throws IOException {
    try {
      return parser.getDoubleValue();
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public long tokenLocation() {
    return pack(parser.currentTokenLocation());
  }

  @Override
  public long location() {
    return pack(parser.currentLocation());
  }

  private static long pack(JsonLocation location) {
    return location == null ? location(0, 0) : location(location.getLineNr(), location.getColumnNr());
  }

  /** Our exception for a Jackson 2 parse error. */
  public static TokenStreamException translate(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return new TokenStreamException(e.getOriginalMessage(), pack(at), at != null,
        e instanceof StreamConstraintsException, e);
  }
}
