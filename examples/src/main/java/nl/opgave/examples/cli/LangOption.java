package nl.opgave.examples.cli;

import picocli.CommandLine.Option;

/** The --lang option every command that prints text shares. */
final class LangOption {
  @Option(names = "--lang", paramLabel = "nl|en", description = "Taal van de uitvoer: nl of en (standaard nl, of wat"
      + " eerder op de regel staat).")
  String value;

  Lang get() {
    return value == null ? Lang.NL : Lang.parse(value);
  }
}
