package nl.opgave.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;
import nl.opgave.io.internal.JsonName;

/** The JSON tokens of an enum: the constant's name in lower case with '-' for '_', "ambtelijk-opdrachtgever". */
final class EnumTokens<E extends Enum<E>> {
  private final String[] tokens;
  private final char[][] chars;
  private final JsonName[] serialized;
  private final E[] constants;
  private final String known;
  private final String oneOf;

  private EnumTokens(Class<E> type) {
    constants = type.getEnumConstants();
    tokens = new String[constants.length];
    chars = new char[constants.length][];
    serialized = new JsonName[constants.length];
    StringJoiner joiner = new StringJoiner(", ");
    for (E constant : constants) {
      String token = token(constant);
      tokens[constant.ordinal()] = token;
      chars[constant.ordinal()] = token.toCharArray();
      serialized[constant.ordinal()] = JsonName.of(token);
      joiner.add("'" + token + "'");
    }
    known = joiner.toString();
    oneOf = "one of " + known;
  }

  static <E extends Enum<E>> EnumTokens<E> of(Class<E> type) {
    return new EnumTokens<>(type);
  }

  static String token(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  String write(E value) {
    return tokens[value.ordinal()];
  }

  /** The token encoded once, for writing. */
  JsonName serialized(E value) {
    return serialized[value.ordinal()];
  }

  /** The constant whose token is the text in the buffer, or null. */
  E parse(char[] text, int offset, int length) {
    for (int i = 0; i < chars.length; i++) {
      char[] token = chars[i];
      if (token.length == length && Arrays.equals(token, 0, length, text, offset, offset + length)) {
        return constants[i];
      }
    }
    return null;
  }

  /** "one of 'a', 'b'", for problems. */
  String oneOf() {
    return oneOf;
  }

  String known() {
    return known;
  }

  String[] tokens() {
    return tokens.clone();
  }
}
