package nl.opgave.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The help and the command-line mistakes of the CLI in its language: Help.properties, Help_en.properties. */
final class CliHelp {
  private static final Map<String, String> ENGLISH_LABELS = Map.of("BESTAND", "FILE", "MAP", "DIR",
      "MOMENT", "INSTANT", "FORMAAT", "FORMAT", "CATEGORIE", "CATEGORY");
  private static final Map<String, String> DUTCH_LABELS = Map.of("COMMAND", "COMMANDO");

  private CliHelp() {}

  static void localise(CommandLine cli, Lang lang) {
    cli.setResourceBundle(bundle(lang == Lang.EN ? "Help_en.properties" : "Help.properties"));
    relabel(cli, lang == Lang.EN ? ENGLISH_LABELS : DUTCH_LABELS);
  }

  private static ResourceBundle bundle(String name) {
    try (InputStream in = CliHelp.class.getResourceAsStream(name)) {
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void relabel(CommandLine cli, Map<String, String> labels) {
    CommandSpec spec = cli.getCommandSpec();
    List<OptionSpec> options = new ArrayList<>(spec.options());
    options.forEach(spec::remove);
    for (OptionSpec option : options) {
      spec.addOption(option.toBuilder().paramLabel(labels.getOrDefault(option.paramLabel(), option.paramLabel()))
          .build());
    }
    List<PositionalParamSpec> positionals = new ArrayList<>(spec.positionalParameters());
    positionals.forEach(spec::remove);
    for (PositionalParamSpec positional : positionals) {
      spec.addPositional(positional.toBuilder()
          .paramLabel(labels.getOrDefault(positional.paramLabel(), positional.paramLabel())).build());
    }
    cli.getSubcommands().values().stream().distinct().forEach(sub -> relabel(sub, labels));
  }

  static String problem(CommandLine.ParameterException e, Lang lang) {
    if (e instanceof CommandLine.UnmatchedArgumentException) {
      List<String> unmatched = ((CommandLine.UnmatchedArgumentException) e).getUnmatched();
      return lang.pick("onbekende optie of argument: ", "unknown option or argument: ")
          + unmatched.stream().map(u -> "'" + u + "'").collect(Collectors.joining(", "))
          + lang.pick("; zie --help", "; see --help");
    }
    if (e instanceof CommandLine.MissingParameterException) {
      List<ArgSpec> missing = ((CommandLine.MissingParameterException) e).getMissing();
      return lang.pick("ontbreekt: ", "missing: ") + missing.stream().map(CliHelp::name)
          .collect(Collectors.joining(", ")) + lang.pick("; zie --help", "; see --help");
    }
    if (e instanceof CommandLine.OverwrittenOptionException) {
      return lang.pick("optie mag maar een keer voorkomen: ", "option may appear only once: ")
          + name(((CommandLine.OverwrittenOptionException) e).getOverwritten());
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      return lang.pick("ongeldige waarde '", "invalid value '") + e.getValue() + lang.pick("' voor ", "' for ")
          + name(e.getArgSpec()) + lang.pick("; verwacht ", "; expected ") + expected(e.getArgSpec(), lang);
    }
    String message = String.valueOf(e.getMessage());
    if (message.startsWith("Unknown subcommand '")) {
      return lang.pick("onbekend commando '", "unknown command '") + message.substring(20, message.lastIndexOf('\''))
          + lang.pick("'; zie --help", "'; see --help");
    }
    return lang.pick("ongeldige aanroep; zie --help", "invalid call: " + message + "; see --help");
  }

  private static String name(ArgSpec spec) {
    return spec.isOption() ? ((OptionSpec) spec).longestName() + "=" + spec.paramLabel() : spec.paramLabel();
  }

  private static String expected(ArgSpec spec, Lang lang) {
    Class<?> type = spec.type();
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return lang.pick("een geheel getal", "a whole number");
    }
    if (type.isEnum()) {
      return lang.pick("een van: ", "one of: ") + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", "));
    }
    if (type == Path.class) {
      return lang.pick("een bestandsnaam", "a file name");
    }
    return lang.pick("een andere waarde", "another value");
  }
}
