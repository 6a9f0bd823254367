package nl.opgave.examples.cli;

import java.util.List;

/** A command line that does not fit the commands' declarations; CliHelp words it, exit code 2. */
final class CliMistake extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kinds of mistake, each with its own one-line message. */
  enum Kind { UNKNOWN, MISSING, DUPLICATE, INVALID, UNKNOWN_COMMAND }

  final Kind kind;
  final transient List<CliOption> options;
  final List<String> words;

  CliMistake(Kind kind, List<CliOption> options, List<String> words) {
    super(kind.name(), null, false, false);
    this.kind = kind;
    this.options = options;
    this.words = words;
  }
}
