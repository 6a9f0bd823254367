package nl.opgave.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The values one command was given on the command line, its defaults filled in, typed as its options declare. */
final class CliValues {
  final CliCommand command;
  final CliValues parent;
  final List<Object> positionals = new ArrayList<>();
  private final Object[] values;
  private final boolean[] given;

  CliValues(CliCommand command, CliValues parent) {
    this.command = command;
    this.parent = parent;
    this.values = new Object[command.options.length];
    this.given = new boolean[command.options.length];
  }

  /** Sets an option's value; false when it was given already. */
  boolean set(CliOption option, Object value) {
    int i = command.index(option);
    if (given[i]) {
      return false;
    }
    given[i] = true;
    values[i] = value;
    return true;
  }

  boolean given(CliOption option) {
    int i = command.index(option);
    return i >= 0 && given[i];
  }

  void fillDefaults() {
    for (int i = 0; i < values.length; i++) {
      CliOption option = command.options[i];
      if (!given[i] && option.defaultValue != null) {
        values[i] = option.convert(option.defaultValue);
      }
    }
  }

  /** Returns the command's name as the usage line shows it: "opgave tree validate". */
  String path() {
    return parent == null ? command.name : CliHelp.join(parent.path(), " ", command.name);
  }

  /** Returns the option's value, its default when not given, or null (also for an option of another command). */
  Object get(CliOption option) {
    int i = command.index(option);
    return i < 0 ? null : values[i];
  }

  boolean flag(CliOption option) {
    return get(option) == Boolean.TRUE;
  }

  Integer integer(CliOption option) {
    return (Integer) get(option);
  }

  long whole(CliOption option) {
    return (Long) get(option);
  }

  String text(CliOption option) {
    return (String) get(option);
  }

  Path path(CliOption option) {
    return (Path) get(option);
  }
}
