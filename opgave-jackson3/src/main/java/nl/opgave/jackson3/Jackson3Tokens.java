package nl.opgave.jackson3;

import java.io.IOException;
import nl.opgave.io.internal.JsonName;
import nl.opgave.io.internal.JsonTokens;
import nl.opgave.io.internal.Token;
import nl.opgave.io.internal.TokenStreamException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/** opgave-io's token reader over a Jackson 3 parser. */
final class Jackson3Tokens extends JsonTokens {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken token : JsonToken.values()) {
      TOKENS[token.ordinal()] = switch (token) {
        case START_OBJECT -> Token.START_OBJECT;
        case END_OBJECT -> Token.END_OBJECT;
        case START_ARRAY -> Token.START_ARRAY;
        case END_ARRAY -> Token.END_ARRAY;
        case PROPERTY_NAME -> Token.FIELD_NAME;
        case VALUE_STRING -> Token.VALUE_STRING;
        case VALUE_NUMBER_INT -> Token.VALUE_NUMBER_INT;
        case VALUE_NUMBER_FLOAT -> Token.VALUE_NUMBER_FLOAT;
        case VALUE_TRUE -> Token.VALUE_TRUE;
        case VALUE_FALSE -> Token.VALUE_FALSE;
        case VALUE_NULL -> Token.VALUE_NULL;
        default -> Token.OTHER;
      };
    }
  }

  private final JsonParser parser;

  Jackson3Tokens(JsonParser parser) {
    this.parser = parser;
  }

  private static Token token(JsonToken token) {
    return token == null ? null : TOKENS[token.ordinal()];
  }

  @Override
  public Token nextToken() throws IOException {
    try {
      return token(parser.nextToken());
    } catch (JacksonException e) {
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
      return parser.nextName();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public boolean nextFieldName(JsonName name) throws IOException {
    try {
      return parser.nextName(Jackson3Out.encoded(name));
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public String currentName() {
    return parser.currentName();
  }

  @Override
  public String text() throws IOException {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public char[] textCharacters() throws IOException {
    try {
      return parser.getStringCharacters();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public int textOffset() throws IOException {
    try {
      return parser.getStringOffset();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public int textLength() throws IOException {
    try {
      return parser.getStringLength();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public Size integerSize() throws IOException {
    try {
      JsonParser.NumberType type = parser.getNumberType();
      return type == JsonParser.NumberType.INT ? Size.INT
          : type == JsonParser.NumberType.LONG ? Size.LONG : Size.BIG;
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public int intValue() throws IOException {
    try {
      return parser.getIntValue();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public long longValue() throws IOException {
    try {
      return parser.getLongValue();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public double doubleValue() throws IOException {
    try {
      return parser.getDoubleValue();
    } catch (JacksonException e) {
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

  private static long pack(TokenStreamLocation location) {
    return location == null ? location(0, 0) : location(location.getLineNr(), location.getColumnNr());
  }

  private static TokenStreamException translate(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    return new TokenStreamException(e.getOriginalMessage(), pack(at), at != null,
        e instanceof StreamConstraintsException, e);
  }
}
