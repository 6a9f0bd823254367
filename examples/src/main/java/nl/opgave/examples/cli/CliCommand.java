package nl.opgave.examples.cli;

/**
 * The declaration of one command: its names, the key of its help texts, its options (in help order; sorted by name
 * in the help unless told otherwise), its positional parameter and its subcommands.
 */
final class CliCommand {
  static final CliOption HELP = CliOption.flag('h', "--help");
  static final CliOption VERSION = CliOption.flag('V', "--version");
  static final String[] NO_ALIASES = {};

  final String name;
  final String[] aliases;
  final String key;
  final CliOption[] options;
  final CliOption positional;
  final boolean sorted;
  final CliCommand[] subcommands;

  CliCommand(String name, String[] aliases, String key, boolean sorted, CliOption[] options, CliOption positional,
      CliCommand[] subcommands) {
    this.name = name;
    this.aliases = aliases;
    this.key = key;
    this.sorted = sorted;
    this.options = options;
    this.positional = positional;
    this.subcommands = subcommands;
  }

  /** A command with --help and --version after its own options. */
  static CliCommand of(String name, String[] aliases, String key, boolean sorted, CliOption[] options,
      CliOption positional, CliCommand... subcommands) {
    CliOption[] all = new CliOption[options.length + 2];
    System.arraycopy(options, 0, all, 0, options.length);
    all[options.length] = HELP;
    all[options.length + 1] = VERSION;
    return new CliCommand(name, aliases, key, sorted, all, positional, subcommands);
  }

  boolean isCalled(String word) {
    if (name.equals(word)) {
      return true;
    }
    for (String alias : aliases) {
      if (alias.equals(word)) {
        return true;
      }
    }
    return false;
  }

  CliCommand subcommand(String word) {
    for (CliCommand sub : subcommands) {
      if (sub.isCalled(word)) {
        return sub;
      }
    }
    return null;
  }

  CliOption option(String optionName) {
    for (CliOption option : options) {
      if (option.name.equals(optionName)) {
        return option;
      }
    }
    return null;
  }

  CliOption shortOption(char c) {
    for (CliOption option : options) {
      if (option.shortName == c) {
        return option;
      }
    }
    return null;
  }

  int index(CliOption option) {
    for (int i = 0; i < options.length; i++) {
      if (options[i] == option) {
        return i;
      }
    }
    return -1;
  }
}
