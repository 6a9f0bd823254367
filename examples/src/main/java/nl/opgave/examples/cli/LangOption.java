package nl.opgave.examples.cli;

/** The --lang option every command that prints text shares: its own value, else what the line asks anywhere. */
final class LangOption {
  private final String value;
  private final Lang line;

  LangOption(CliValues values, Lang line) {
    this.value = values.text(Commands.LANG);
    this.line = line;
  }

  Lang get() {
    return value == null ? line : Lang.parse(value);
  }
}
