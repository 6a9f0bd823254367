package nl.opgave.examples.cli;

import picocli.CommandLine.Option;

/** The --lang option every command that prints text shares. */
final class LangOption {
  @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", description = "Taal van de uitvoer: nl of en (standaard nl).")
  String value;

  Lang get() {
    return Lang.parse(value);
  }
}
