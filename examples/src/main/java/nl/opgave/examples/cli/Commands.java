package nl.opgave.examples.cli;

import nl.opgave.examples.cli.CliOption.Kind;
import nl.opgave.model.community.GlossaryCategory;

/**
 * Every command of the opgave command line with its options, declared once: the parser, the help and the mistakes
 * read these, and a command's class is loaded only when it runs. Labels are Dutch (CliHelp has the English ones);
 * the help texts are in Help.properties and Help_en.properties under the command's key.
 */
final class Commands {
  static final CliOption LANG = CliOption.option("--lang", "nl|en", Kind.TEXT);

  static final CliOption DEMO_NOW = CliOption.option("--now", "MOMENT", Kind.TEXT);
  static final CliOption DEMO_OUT = CliOption.option("--out", "MAP", Kind.PATH);
  static final CliOption DEMO_SEED = CliOption.option("--seed", "<seed>", Kind.LONG).withDefault("4");
  static final CliCommand DEMO = CliCommand.of("demo", CliCommand.NO_ALIASES, "opgave.demo", true,
      new CliOption[] {LANG, DEMO_NOW, DEMO_OUT, DEMO_SEED}, null);

  static final CliOption ROTATE_PARTICIPANTS = CliOption.option("--participants", "N", Kind.INT);
  static final CliOption ROTATE_PARTICIPANTS_FILE = CliOption.option("--participants-file", "BESTAND", Kind.PATH);
  static final CliOption ROTATE_TABLES = CliOption.option("--tables", "T", Kind.INT).required();
  static final CliOption ROTATE_ROUNDS = CliOption.option("--rounds", "R", Kind.INT).required();
  static final CliOption ROTATE_HOSTS = CliOption.flag("--hosts");
  static final CliOption ROTATE_QUESTIONS = CliOption.option("--questions", "Q", Kind.INT);
  static final CliOption ROTATE_SIDES = CliOption.option("--sides", "S", Kind.INT);
  static final CliOption ROTATE_SEED = CliOption.option("--seed", "X", Kind.LONG).withDefault("1");
  static final CliOption ROTATE_TIME_LIMIT_MS = CliOption.option("--time-limit-ms", "M", Kind.LONG)
      .withDefault("5000");
  static final CliOption ROTATE_FORMAT = CliOption.option("--format", "csv|json|text|pdf", Kind.TEXT)
      .withDefault("text");
  static final CliOption ROTATE_OUT = CliOption.option("--out", "BESTAND", Kind.PATH);
  static final CliCommand ROTATE = CliCommand.of("rotate", CliCommand.NO_ALIASES, "opgave.rotate", false,
      new CliOption[] {ROTATE_PARTICIPANTS, ROTATE_PARTICIPANTS_FILE, ROTATE_TABLES, ROTATE_ROUNDS, ROTATE_HOSTS,
          ROTATE_QUESTIONS, ROTATE_SIDES, ROTATE_SEED, ROTATE_TIME_LIMIT_MS, ROTATE_FORMAT, ROTATE_OUT, LANG}, null);

  static final CliOption TREE_FILE = CliOption.positional("BESTAND", Kind.TEXT, true, false, "file");
  static final CliOption TREE_MAX_DEPTH = CliOption.option("--max-depth", "N", Kind.INT).withDefault("10");
  static final CliOption TREE_FORMAT = CliOption.option("--format", "FORMAAT", Kind.TEXT).withDefault("mermaid");
  static final CliCommand TREE_VALIDATE = CliCommand.of("validate", new String[] {"valideer"}, "opgave.tree.validate",
      true, new CliOption[] {TREE_MAX_DEPTH, LANG}, TREE_FILE);
  static final CliCommand TREE_RENDER = CliCommand.of("render", new String[] {"teken"}, "opgave.tree.render", true,
      new CliOption[] {TREE_FORMAT, LANG}, TREE_FILE);
  static final CliCommand TREE_DEMO = CliCommand.of("demo", CliCommand.NO_ALIASES, "opgave.tree.demo", true,
      new CliOption[] {TREE_FORMAT, LANG}, null);
  static final CliCommand TREE = CliCommand.of("tree", new String[] {"doelenboom"}, "opgave.tree", true,
      new CliOption[0], null, TREE_VALIDATE, TREE_RENDER, TREE_DEMO);

  static final CliOption VALIDATE_FILES = CliOption.positional("BESTAND", Kind.PATH, true, true, "files");
  static final CliCommand VALIDATE = CliCommand.of("validate", CliCommand.NO_ALIASES, "opgave.validate", true,
      new CliOption[] {LANG}, VALIDATE_FILES);

  static final CliOption CALENDAR_NOW = CliOption.option("--now", "MOMENT", Kind.TEXT);
  static final CliOption CALENDAR_ICS = CliOption.flag("--ics");
  static final CliCommand CALENDAR = CliCommand.of("calendar", CliCommand.NO_ALIASES, "opgave.calendar", true,
      new CliOption[] {LANG, CALENDAR_NOW, CALENDAR_ICS}, null);

  static final CliOption GLOSSARY_CATEGORY = CliOption.choice("--category", "CATEGORIE", GlossaryCategory.values());
  static final CliOption GLOSSARY_SEARCH = CliOption.option("--search", "TERM", Kind.TEXT);
  static final CliCommand GLOSSARY = CliCommand.of("glossary", new String[] {"begrippenlijst"}, "opgave.glossary",
      true, new CliOption[] {LANG, GLOSSARY_CATEGORY, GLOSSARY_SEARCH}, null);

  static final CliOption HELP_COMMAND = CliOption.positional("COMMANDO", Kind.TEXT, false, true, "command");
  static final CliCommand HELP = new CliCommand("help", CliCommand.NO_ALIASES, "opgave.help", true,
      new CliOption[] {LANG, CliCommand.HELP}, HELP_COMMAND, new CliCommand[0]);

  static final CliCommand OPGAVE = CliCommand.of("opgave", CliCommand.NO_ALIASES, "opgave", true,
      new CliOption[] {LANG}, null, DEMO, ROTATE, TREE, VALIDATE, CALENDAR, GLOSSARY, HELP);

  private Commands() {}
}
