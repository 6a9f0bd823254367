package nl.opgave.io;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The JSON tokens of an enum: the constant's name in lower case with '-' for '_', "ambtelijk-opdrachtgever". */
final class EnumTokens<E extends Enum<E>> {
  private final String[] tokens;
  private final Map<String, E> values = new HashMap<>();
  private final String known;

  private EnumTokens(Class<E> type) {
    E[] constants = type.getEnumConstants();
    tokens = new String[constants.length];
    StringJoiner joiner = new StringJoiner(", ");
    for (E constant : constants) {
      String token = token(constant);
      tokens[constant.ordinal()] = token;
      values.put(token, constant);
      joiner.add("'" + token + "'");
    }
    known = joiner.toString();
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

  E parse(String token) {
    return values.get(token);
  }

  String known() {
    return known;
  }

  String[] tokens() {
    return tokens.clone();
  }
}
