package nl.opgave.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The help and the command-line mistakes of the CLI in its language, from the commands' declarations; the help texts
 * come from Help.properties and Help_en.properties, read only when help is asked.
 */
final class CliHelp {
  private static final int WIDTH = 80;
  private static final int LONGEST_LEFT = 20;
  private static final Map<String, String> ENGLISH_LABELS = Map.of("BESTAND", "FILE", "MAP", "DIR",
      "MOMENT", "INSTANT", "FORMAAT", "FORMAT", "CATEGORIE", "CATEGORY", "COMMANDO", "COMMAND");

  private CliHelp() {}

  /** Prints a command's help: its header, usage line, description, options and subcommands. */
  static void usage(CliValues values, Lang lang, PrintWriter out) {
    CliCommand command = values.command;
    ResourceBundle texts = bundle(lang);
    StringBuilder help = new StringBuilder();
    String header = text(texts, join(command.key, ".header"));
    if (header != null) {
      wrap(help, header, 0, 0);
      help.append('\n');
    }
    synopsis(help, command, join(texts.getString("usage"), values.path()), lang);
    if (header != null) {
      help.append('\n');
    }
    String description = text(texts, join(command.key, ".description"));
    if (description != null) {
      for (String paragraph : description.split("\n")) {
        wrap(help, paragraph, 0, 0);
      }
    }
    if (header != null) {
      help.append('\n');
    }
    options(help, command, texts, lang);
    if (command.subcommands.length > 0) {
      help.append(texts.getString("commands")).append('\n');
      commands(help, command, texts);
    }
    out.print(help);
    out.flush();
  }

  private static void synopsis(StringBuilder help, CliCommand command, String start, Lang lang) {
    List<String> items = new ArrayList<>();
    StringBuilder cluster = new StringBuilder();
    for (CliOption option : command.options) {
      if (option.shortName != '\0') {
        cluster.append(option.shortName);
      }
    }
    if (cluster.length() > 0) {
      items.add(join("[-", cluster.toString(), "]"));
    }
    for (CliOption option : sorted(command.options, true)) {
      if (option.shortName == '\0' && option.kind == CliOption.Kind.FLAG) {
        items.add(join("[", option.name, "]"));
      }
    }
    for (CliOption option : sorted(command.options, true)) {
      if (option.kind != CliOption.Kind.FLAG) {
        String item = join(option.name, "=", label(option, lang));
        items.add(option.required ? item : join("[", item, "]"));
      }
    }
    if (command.positional != null) {
      items.add(left(command.positional, lang));
    }
    if (command.subcommands.length > 0) {
      items.add(join("[", label("COMMANDO", lang), "]"));
    }
    StringBuilder line = new StringBuilder(start);
    int indent = start.length() + 1;
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      int after = i == items.size() - 1 ? 0 : 1;
      if (line.length() + 1 + item.length() + after > WIDTH && line.length() > indent) {
        help.append(line).append('\n');
        line.setLength(0);
        line.append(" ".repeat(indent - 1));
      }
      line.append(' ').append(item);
    }
    help.append(line).append('\n');
  }

  private static void options(StringBuilder help, CliCommand command, ResourceBundle texts, Lang lang) {
    List<CliOption> rows = new ArrayList<>();
    if (command.positional != null) {
      rows.add(command.positional);
    }
    rows.addAll(command.sorted ? sorted(command.options, false) : List.of(command.options));
    int width = 0;
    for (CliOption option : rows) {
      int length = left(option, lang).length();
      if (length <= LONGEST_LEFT && length > width) {
        width = length;
      }
    }
    int column = 6 + width + 3;
    for (CliOption option : rows) {
      String left = left(option, lang);
      if (option.shortName == '\0') {
        help.append("      ");
      } else {
        help.append("  -").append(option.shortName).append(", ");
      }
      help.append(left);
      String description = description(texts, command, option);
      if (left.length() > LONGEST_LEFT) {
        help.append('\n').append(" ".repeat(column));
      } else {
        help.append(" ".repeat(column - 6 - left.length()));
      }
      wrap(help, description, column, column + 2);
    }
  }

  private static void commands(StringBuilder help, CliCommand command, ResourceBundle texts) {
    int width = 0;
    for (CliCommand sub : command.subcommands) {
      width = Math.max(width, names(sub).length());
    }
    for (CliCommand sub : command.subcommands) {
      String names = names(sub);
      help.append("  ").append(names).append(" ".repeat(width + 2 - names.length()));
      String text = text(texts, join(sub.key, ".header"));
      if (text == null) {
        text = texts.getString(join(sub.key, ".description"));
        int end = text.indexOf('\n');
        text = end < 0 ? text : text.substring(0, end);
      }
      wrap(help, text, width + 4, width + 6);
    }
  }

  private static String names(CliCommand command) {
    return command.aliases.length == 0 ? command.name : join(command.name, ", ", String.join(", ", command.aliases));
  }

  private static String description(ResourceBundle texts, CliCommand command, CliOption option) {
    String text = text(texts, join(command.key, ".", option.key));
    if (text == null) {
      text = texts.getString(option.key);
    }
    if (option.defaultValue != null) {
      text = text.replace("${DEFAULT-VALUE}", option.defaultValue);
    }
    if (option.choices != null) {
      StringBuilder choices = new StringBuilder();
      for (Enum<?> choice : option.choices) {
        choices.append(choices.length() == 0 ? "" : ", ").append(choice.name());
      }
      text = text.replace("${COMPLETION-CANDIDATES}", choices);
    }
    return text;
  }

  /**
   * Appends the words of a text from column start on, wrapped with later lines at column indent: a line ends at the
   * width only with the text's last word, before that a word and the space after it must fit.
   */
  private static void wrap(StringBuilder help, String text, int start, int indent) {
    int column = start;
    boolean first = true;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (word.isEmpty()) {
        continue;
      }
      int after = i == words.length - 1 ? 0 : 1;
      if (!first && column + 1 + word.length() + after > WIDTH) {
        help.append('\n').append(" ".repeat(indent));
        column = indent;
        first = true;
      }
      if (!first) {
        help.append(' ');
        column++;
      }
      help.append(word);
      column += word.length();
      first = false;
    }
    help.append('\n');
  }

  private static List<CliOption> sorted(CliOption[] options, boolean byName) {
    List<CliOption> sorted = new ArrayList<>();
    for (CliOption option : options) {
      int at = sorted.size();
      while (at > 0 && sortKey(sorted.get(at - 1), byName).compareToIgnoreCase(sortKey(option, byName)) > 0) {
        at--;
      }
      sorted.add(at, option);
    }
    return sorted;
  }

  private static String sortKey(CliOption option, boolean byName) {
    return option.shortName == '\0' || byName ? option.name.substring(2) : String.valueOf(option.shortName);
  }

  private static String left(CliOption option, Lang lang) {
    if (!option.positional) {
      return option.label == null ? option.name : join(option.name, "=", label(option, lang));
    }
    return option.required ? join(label(option, lang), option.many ? "..." : "") : join("[", label(option, lang), "]");
  }

  private static String label(CliOption option, Lang lang) {
    return label(option.label, lang);
  }

  private static String label(String label, Lang lang) {
    return lang == Lang.EN ? ENGLISH_LABELS.getOrDefault(label, label) : label;
  }

  /** Concatenates without the string-concatenation bootstrap, which help and mistakes need nowhere else. */
  static String join(String... parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      joined.append(part);
    }
    return joined.toString();
  }

  private static String text(ResourceBundle texts, String key) {
    return texts.containsKey(key) ? texts.getString(key) : null;
  }

  private static ResourceBundle bundle(Lang lang) {
    try (InputStream in = CliHelp.class.getResourceAsStream(lang == Lang.EN ? "Help_en.properties"
        : "Help.properties")) {
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the one-line message of a command-line mistake, without "error: ". */
  static String problem(CliMistake mistake, Lang lang) {
    switch (mistake.kind) {
      case UNKNOWN:
        StringBuilder words = new StringBuilder();
        for (String word : mistake.words) {
          words.append(words.length() == 0 ? "'" : ", '").append(word).append('\'');
        }
        return join(lang.pick("onbekende optie of argument: ", "unknown option or argument: "), words.toString(),
            lang.pick("; zie --help", "; see --help"));
      case MISSING:
        StringBuilder names = new StringBuilder();
        for (CliOption option : mistake.options) {
          names.append(names.length() == 0 ? "" : ", ").append(name(option, lang));
        }
        return join(lang.pick("ontbreekt: ", "missing: "), names.toString(), lang.pick("; zie --help", "; see --help"));
      case DUPLICATE:
        return join(lang.pick("optie mag maar een keer voorkomen: ", "option may appear only once: "),
            name(mistake.options.get(0), lang));
      case INVALID:
        CliOption option = mistake.options.get(0);
        return join(lang.pick("ongeldige waarde '", "invalid value '"), mistake.words.get(0),
            lang.pick("' voor ", "' for "), name(option, lang), lang.pick("; verwacht ", "; expected "),
            expected(option, lang));
      default:
        return join(lang.pick("onbekend commando '", "unknown command '"), mistake.words.get(0),
            lang.pick("'; zie --help", "'; see --help"));
    }
  }

  private static String name(CliOption option, Lang lang) {
    return option.positional ? label(option, lang) : option.label == null ? option.name
        : join(option.name, "=", label(option, lang));
  }

  private static String expected(CliOption option, Lang lang) {
    switch (option.kind) {
      case INT:
      case LONG:
        return lang.pick("een geheel getal", "a whole number");
      case FLAG:
        return lang.pick("true of false", "true or false");
      case PATH:
        return lang.pick("een bestandsnaam", "a file name");
      case CHOICE:
        StringBuilder choices = new StringBuilder(lang.pick("een van: ", "one of: "));
        for (int i = 0; i < option.choices.length; i++) {
          choices.append(i == 0 ? "" : ", ").append(option.choices[i].name());
        }
        return choices.toString();
      default:
        return lang.pick("een andere waarde", "another value");
    }
  }
}
