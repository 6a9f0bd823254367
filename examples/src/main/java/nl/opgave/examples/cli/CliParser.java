package nl.opgave.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a command line against the commands' declarations, as picocli did: --name value, --name=value, flags and
 * clusters of short flags (-hV), "--" ends the options, a subcommand's name switches to its options. A bad or
 * repeated value or a value missing stops at once; a --help or --version anywhere wins over what is missing or
 * unknown; then missing required options, then unknown arguments are the mistake.
 */
final class CliParser {
  private CliParser() {}

  /** Returns the values of the command the arguments call (its parents linked), or throws the first mistake. */
  static CliValues parse(CliCommand root, String[] args) {
    CliValues current = new CliValues(root, null);
    List<String> unknown = new ArrayList<>();
    boolean options = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (options && arg.equals("--")) {
        options = false;
      } else if (options && arg.length() > 1 && arg.charAt(0) == '-' && arg.charAt(1) == '-') {
        int equals = arg.indexOf('=');
        CliOption option = current.command.option(equals < 0 ? arg : arg.substring(0, equals));
        if (option == null) {
          unknown.add(arg);
        } else if (equals >= 0) {
          set(current, option, arg.substring(equals + 1));
        } else if (option.kind == CliOption.Kind.FLAG) {
          set(current, option, "true");
        } else if (i + 1 < args.length && !isOption(current.command, args[i + 1])) {
          set(current, option, args[++i]);
        } else {
          throw new CliMistake(CliMistake.Kind.MISSING, List.of(option), List.of());
        }
      } else if (options && arg.length() > 1 && arg.charAt(0) == '-') {
        for (int c = 1; c < arg.length(); c++) {
          CliOption option = current.command.shortOption(arg.charAt(c));
          if (option == null) {
            unknown.add(arg);
            break;
          }
          set(current, option, "true");
        }
      } else {
        CliCommand sub = options ? current.command.subcommand(arg) : null;
        CliOption positional = current.command.positional;
        if (sub != null) {
          current = new CliValues(sub, current);
        } else if (positional != null && (positional.many || current.positionals.isEmpty())) {
          Object value = positional.convert(arg);
          if (value == null) {
            throw new CliMistake(CliMistake.Kind.INVALID, List.of(positional), List.of(arg));
          }
          current.positionals.add(value);
        } else {
          unknown.add(arg);
        }
      }
    }
    for (CliValues values = current; values != null; values = values.parent) {
      values.fillDefaults();
    }
    if (asked(current) != null) {
      return current;
    }
    List<CliOption> missing = new ArrayList<>();
    for (CliValues values = current; values != null; values = values.parent) {
      for (CliOption option : values.command.options) {
        if (option.required && !values.given(option)) {
          missing.add(option);
        }
      }
      CliOption positional = values.command.positional;
      if (positional != null && positional.required && values.positionals.isEmpty()) {
        missing.add(positional);
      }
    }
    if (!missing.isEmpty()) {
      throw new CliMistake(CliMistake.Kind.MISSING, missing, List.of());
    }
    if (!unknown.isEmpty()) {
      throw new CliMistake(CliMistake.Kind.UNKNOWN, List.of(), unknown);
    }
    return current;
  }

  /** Returns the first command from the root that was asked for --help or --version, or null. */
  static CliValues asked(CliValues last) {
    CliValues asked = null;
    for (CliValues values = last; values != null; values = values.parent) {
      if (values.flag(CliCommand.HELP) || values.flag(CliCommand.VERSION)) {
        asked = values;
      }
    }
    return asked;
  }

  private static void set(CliValues values, CliOption option, String text) {
    Object value = option.convert(text);
    if (value == null) {
      throw new CliMistake(CliMistake.Kind.INVALID, List.of(option), List.of(text));
    }
    if (!values.set(option, value)) {
      throw new CliMistake(CliMistake.Kind.DUPLICATE, List.of(option), List.of());
    }
  }

  /** An argument that names an option of the command (--name, --name=..., or -hV of its short flags). */
  private static boolean isOption(CliCommand command, String arg) {
    if (arg.length() < 2 || arg.charAt(0) != '-') {
      return false;
    }
    if (arg.charAt(1) == '-') {
      int equals = arg.indexOf('=');
      return command.option(equals < 0 ? arg : arg.substring(0, equals)) != null;
    }
    for (int c = 1; c < arg.length(); c++) {
      if (command.shortOption(arg.charAt(c)) == null) {
        return false;
      }
    }
    return true;
  }
}
