package nl.opgave.examples.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * One option or positional parameter of a command, the single declaration that parsing, help and the mistakes read:
 * its name, Dutch label, kind, whether it is required, its default and the key of its help text.
 */
final class CliOption {
  /** What an option's value is; the kind converts it and names what it expects. */
  enum Kind { FLAG, INT, LONG, TEXT, PATH, CHOICE }

  final String name;
  final char shortName;
  final String label;
  final Kind kind;
  final boolean required;
  final String defaultValue;
  final String key;
  final boolean positional;
  final boolean many;
  final Enum<?>[] choices;

  private CliOption(String name, char shortName, String label, Kind kind, boolean required, String defaultValue,
      String key, boolean positional, boolean many, Enum<?>[] choices) {
    this.name = name;
    this.shortName = shortName;
    this.label = label;
    this.kind = kind;
    this.required = required;
    this.defaultValue = defaultValue;
    this.key = key;
    this.positional = positional;
    this.many = many;
    this.choices = choices;
  }

  /** A boolean flag, --name; true when given (or given as --name=true). Its help text has the key "name". */
  static CliOption flag(String name) {
    return new CliOption(name, '\0', null, Kind.FLAG, false, null, name.substring(2), false, false, null);
  }

  /** A flag with a short name as well, -c and --name, as --help and --version. */
  static CliOption flag(char shortName, String name) {
    return new CliOption(name, shortName, null, Kind.FLAG, false, null, name.substring(2), false, false, null);
  }

  /** An option with a value of this kind, --name LABEL or --name=LABEL. */
  static CliOption option(String name, String label, Kind kind) {
    return new CliOption(name, '\0', label, kind, false, null, name.substring(2), false, false, null);
  }

  /** An option whose value is one of an enum's constants, upper or lower case. */
  static CliOption choice(String name, String label, Enum<?>[] choices) {
    return new CliOption(name, '\0', label, Kind.CHOICE, false, null, name.substring(2), false, false, choices);
  }

  /** A positional parameter: one value, or any number (at least one when required) when many. */
  static CliOption positional(String label, Kind kind, boolean required, boolean many, String key) {
    return new CliOption(label, '\0', label, kind, required, null, key, true, many, null);
  }

  CliOption required() {
    return new CliOption(name, shortName, label, kind, true, defaultValue, key, positional, many, choices);
  }

  CliOption withDefault(String value) {
    return new CliOption(name, shortName, label, kind, required, value, key, positional, many, choices);
  }

  /** Returns the value a text converts to, or null when this kind does not accept it. */
  Object convert(String text) {
    switch (kind) {
      case FLAG:
        return text.isEmpty() || "true".equalsIgnoreCase(text) ? Boolean.TRUE
            : "false".equalsIgnoreCase(text) ? Boolean.FALSE : null;
      case INT:
        return isWhole(text, 10) ? Integer.valueOf(text) : null;
      case LONG:
        return isWhole(text, 19) ? Long.valueOf(text) : null;
      case PATH:
        try {
          return Path.of(text);
        } catch (InvalidPathException e) {
          return null;
        }
      case CHOICE:
        for (Enum<?> choice : choices) {
          if (choice.name().equalsIgnoreCase(text)) {
            return choice;
          }
        }
        return null;
      default:
        return text;
    }
  }

  /** A whole number in range: an optional sign and digits, checked by parsing when it has as many as the largest. */
  private boolean isWhole(String text, int maxDigits) {
    int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
    if (start == text.length()) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    if (text.length() - start < maxDigits) {
      return true;
    }
    try {
      if (kind == Kind.INT) {
        Integer.parseInt(text);
      } else {
        Long.parseLong(text);
      }
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
