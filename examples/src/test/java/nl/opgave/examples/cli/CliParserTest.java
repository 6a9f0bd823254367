package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The in-house command-line parser: what it reads, the one-line mistakes it reports and the help it prints. */
class CliParserTest {
  static IntStream seeds() {
    return IntStream.range(0, 500);
  }

  /** One generated rotate command line and the values it should give. */
  private static final class Generated {
    final List<List<String>> rootGroups = new ArrayList<>();
    final List<List<String>> groups = new ArrayList<>();
    Integer participants;
    Path participantsFile;
    int tables;
    int rounds;
    boolean hosts;
    Integer questions;
    Integer sides;
    long seed = 1;
    long timeLimitMs = 5000;
    String format = "text";
    Path outFile;
    String rootLang;
    String lang;

    String[] args(Random random) {
      Collections.shuffle(rootGroups, random);
      Collections.shuffle(groups, random);
      List<String> args = new ArrayList<>();
      rootGroups.forEach(args::addAll);
      args.add("rotate");
      groups.forEach(args::addAll);
      return args.toArray(String[]::new);
    }
  }

  private static List<String> option(Random random, String name, String value) {
    return random.nextBoolean() ? List.of(name, value) : List.of(name + "=" + value);
  }

  private static String whole(Random random, long value) {
    switch (random.nextInt(4)) {
      case 0:
        return (value >= 0 ? "+" : "") + value;
      case 1:
        return value >= 0 ? "00" + value : String.valueOf(value);
      default:
        return String.valueOf(value);
    }
  }

  private static int someInt(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return random.nextInt();
      case 1:
        return -random.nextInt(10);
      default:
        return random.nextInt(200);
    }
  }

  private static String someText(Random random) {
    String[] texts = {"csv", "json", "text", "pdf", "CSV", "xml", "", "a b", "x=y", "-1", "-q", "--nope", "é"};
    return texts[random.nextInt(texts.length)];
  }

  static Generated generate(Random random) {
    Generated g = new Generated();
    g.tables = someInt(random);
    g.groups.add(option(random, "--tables", whole(random, g.tables)));
    g.rounds = someInt(random);
    g.groups.add(option(random, "--rounds", whole(random, g.rounds)));
    if (random.nextBoolean()) {
      g.participants = someInt(random);
      g.groups.add(option(random, "--participants", whole(random, g.participants)));
    }
    if (random.nextInt(3) == 0) {
      g.participantsFile = Path.of("lijst " + random.nextInt(100) + ".csv");
      g.groups.add(option(random, "--participants-file", g.participantsFile.toString()));
    }
    switch (random.nextInt(4)) {
      case 0:
        g.hosts = true;
        g.groups.add(List.of("--hosts"));
        break;
      case 1:
        g.hosts = random.nextBoolean();
        g.groups.add(List.of("--hosts=" + (random.nextBoolean() ? g.hosts : String.valueOf(g.hosts)
            .toUpperCase(Locale.ROOT))));
        break;
      default:
        break;
    }
    if (random.nextBoolean()) {
      g.questions = someInt(random);
      g.groups.add(option(random, "--questions", whole(random, g.questions)));
    }
    if (random.nextBoolean()) {
      g.sides = someInt(random);
      g.groups.add(option(random, "--sides", whole(random, g.sides)));
    }
    if (random.nextBoolean()) {
      g.seed = random.nextLong();
      g.groups.add(option(random, "--seed", whole(random, g.seed)));
    }
    if (random.nextBoolean()) {
      g.timeLimitMs = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(10_000);
      g.groups.add(option(random, "--time-limit-ms", whole(random, g.timeLimitMs)));
    }
    if (random.nextBoolean()) {
      g.format = someText(random);
      g.groups.add(random.nextBoolean() && !g.format.startsWith("-") ? List.of("--format", g.format)
          : List.of("--format=" + g.format));
    }
    if (random.nextInt(3) == 0) {
      g.outFile = Path.of("uit" + random.nextInt(10) + ".pdf");
      g.groups.add(option(random, "--out", g.outFile.toString()));
    }
    String[] langs = {"nl", "en", "EN", "Nl"};
    if (random.nextBoolean()) {
      g.rootLang = langs[random.nextInt(langs.length)];
      g.rootGroups.add(option(random, "--lang", g.rootLang));
    }
    if (random.nextBoolean()) {
      g.lang = langs[random.nextInt(langs.length)];
      g.groups.add(option(random, "--lang", g.lang));
    }
    return g;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rotateArguments_inAnyOrderAndForm_parseToTheGeneratedValues(int seed) {
    Random random = new Random(seed);
    Generated g = generate(random);
    String[] args = g.args(random);

    CliValues values = CliParser.parse(Commands.OPGAVE, args);

    assertThat(values.command).as(String.join(" ", args)).isSameAs(Commands.ROTATE);
    assertThat(values.parent.text(Commands.LANG)).isEqualTo(g.rootLang);
    assertThat(values.text(Commands.LANG)).isEqualTo(g.lang);
    RotateCommand rotate = new RotateCommand(values, Lang.of(args), null, null);
    assertThat(List.of(String.valueOf(rotate.participants), String.valueOf(rotate.participantsFile), rotate.tables,
        rotate.rounds, rotate.hosts, String.valueOf(rotate.questions), String.valueOf(rotate.sides), rotate.seed,
        rotate.timeLimitMs, rotate.format, String.valueOf(rotate.outFile)))
        .as(String.join(" ", args))
        .containsExactly(String.valueOf(g.participants), String.valueOf(g.participantsFile), g.tables, g.rounds,
            g.hosts, String.valueOf(g.questions), String.valueOf(g.sides), g.seed, g.timeLimitMs, g.format,
            String.valueOf(g.outFile));
    String expectedLang = g.lang != null ? g.lang : g.rootLang != null ? g.rootLang : "nl";
    assertThat(rotate.lang.get()).isEqualTo(Lang.parse(expectedLang));
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("rotate --participants 4 --tables 2 --rounds 2 --bogus",
            "fout: onbekende optie of argument: '--bogus'; zie --help",
            "error: unknown option or argument: '--bogus'; see --help"),
        Arguments.of("rotate --participants 4 --tables 2 --rounds 2 extra --bogus 3",
            "fout: onbekende optie of argument: 'extra', '--bogus', '3'; zie --help",
            "error: unknown option or argument: 'extra', '--bogus', '3'; see --help"),
        Arguments.of("onzin", "fout: onbekende optie of argument: 'onzin'; zie --help",
            "error: unknown option or argument: 'onzin'; see --help"),
        Arguments.of("rotate --participants 4", "fout: ontbreekt: --tables=T, --rounds=R; zie --help",
            "error: missing: --tables=T, --rounds=R; see --help"),
        Arguments.of("rotate --participants 4 --tables 2 --rounds", "fout: ontbreekt: --rounds=R; zie --help",
            "error: missing: --rounds=R; see --help"),
        Arguments.of("rotate --rounds 2 --tables 2 --participants-file", "fout: ontbreekt: --participants-file=BESTAND;"
            + " zie --help", "error: missing: --participants-file=FILE; see --help"),
        Arguments.of("rotate --participants --tables 2 --rounds 2", "fout: ontbreekt: --participants=N; zie --help",
            "error: missing: --participants=N; see --help"),
        Arguments.of("tree validate", "fout: ontbreekt: BESTAND; zie --help", "error: missing: FILE; see --help"),
        Arguments.of("rotate --participants x --tables 2 --rounds 2",
            "fout: ongeldige waarde 'x' voor --participants=N; verwacht een geheel getal",
            "error: invalid value 'x' for --participants=N; expected a whole number"),
        Arguments.of("rotate --participants 4 --tables=99999999999 --rounds 2",
            "fout: ongeldige waarde '99999999999' voor --tables=T; verwacht een geheel getal",
            "error: invalid value '99999999999' for --tables=T; expected a whole number"),
        Arguments.of("rotate --participants 4 --tables 2 --rounds 2 --seed 1.5",
            "fout: ongeldige waarde '1.5' voor --seed=X; verwacht een geheel getal",
            "error: invalid value '1.5' for --seed=X; expected a whole number"),
        Arguments.of("glossary --category x", "fout: ongeldige waarde 'x' voor --category=CATEGORIE; verwacht een van:"
            + " BIJEENKOMST, CASUSTIEK, LEZEN, OVERIG, PODCAST, TOOLKIT, WERKVORM", "error: invalid value 'x' for"
            + " --category=CATEGORY; expected one of: BIJEENKOMST, CASUSTIEK, LEZEN, OVERIG, PODCAST, TOOLKIT, WERKVORM"),
        Arguments.of("rotate --participants 4 --tables 2 --rounds 2 --hosts=misschien",
            "fout: ongeldige waarde 'misschien' voor --hosts; verwacht true of false",
            "error: invalid value 'misschien' for --hosts; expected true or false"),
        Arguments.of("rotate --participants 4 --tables 2 --tables 3 --rounds 2",
            "fout: optie mag maar een keer voorkomen: --tables=T", "error: option may appear only once: --tables=T"),
        Arguments.of("rotate --participants 4 --tables 2 --rounds 2 --hosts --hosts",
            "fout: optie mag maar een keer voorkomen: --hosts", "error: option may appear only once: --hosts"),
        Arguments.of("rotate --participants 4 --tables 2 --rounds 2 --lang=xx --lang=xx",
            "fout: optie mag maar een keer voorkomen: --lang=nl|en", "error: option may appear only once: --lang=nl|en"),
        Arguments.of("help onzin", "fout: onbekend commando 'onzin'; zie --help",
            "error: unknown command 'onzin'; see --help"),
        Arguments.of("tree onzin", "fout: onbekende optie of argument: 'onzin'; zie --help",
            "error: unknown option or argument: 'onzin'; see --help"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void eachMistake_isOneLineInTheLanguageWithExitCode2(String command, String dutch, String english) {
    CliRun nl = CliRun.of(command.split(" "));
    assertThat(nl.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
    assertThat(nl.out).isEmpty();
    assertThat(nl.err).isEqualTo(dutch + System.lineSeparator());

    List<String> args = new ArrayList<>(List.of("--lang", "en"));
    args.addAll(List.of(command.split(" ")));
    CliRun en = CliRun.of(args.toArray(String[]::new));
    assertThat(en.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
    assertThat(en.out).isEmpty();
    assertThat(en.err).isEqualTo(english + System.lineSeparator());
  }

  @Test
  void helpOrVersionAnywhere_winsOverWhatIsMissingOrUnknown() {
    assertThat(CliRun.of("rotate", "--bogus", "--help").out).startsWith("Gebruik: opgave rotate [-hV] [--hosts]");
    assertThat(CliRun.of("--help", "rotate").out).startsWith("Gebruik: opgave [-hV] [--lang=nl|en] [COMMANDO]");
    assertThat(CliRun.of("rotate", "-hx").exitCode).isZero();
    CliRun version = CliRun.of("rotate", "--participants", "4", "--version");
    assertThat(version.exitCode).isZero();
    assertThat(version.out).startsWith("opgave ").doesNotContain("\n\n");
    assertThat(CliRun.of("-V").out).isEqualTo(version.out);
    assertThat(CliRun.of("help", "--lang", "en", "rotate").out).startsWith("Usage: opgave rotate [-hV]");
    CliRun invalid = CliRun.of("rotate", "--tables", "x", "--help");
    assertThat(invalid.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
  }

  @Test
  void help_listsEveryDeclaredOptionWithItsLabelAndDefault_withinEightyColumns() {
    List<CliValues> commands = new ArrayList<>();
    collect(new CliValues(Commands.OPGAVE, null), commands);
    assertThat(commands).hasSize(11);
    for (CliValues command : commands) {
      for (Lang lang : Lang.values()) {
        java.io.StringWriter text = new java.io.StringWriter();
        CliHelp.usage(command, lang, new java.io.PrintWriter(text));
        String help = text.toString();
        assertThat(help).as(command.path()).contains(lang.pick("Gebruik: ", "Usage: ") + command.path() + " [-h")
            .doesNotContain("${").doesNotContain("null");
        assertThat(help.lines()).as(help).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        for (CliOption option : command.command.options) {
          assertThat(help).as(command.path()).contains(" " + option.name + (option.label == null ? " " : "="));
          if (option.defaultValue != null) {
            assertThat(help.replaceAll("\\s+", " ")).as(command.path())
                .contains(lang.pick("standaard ", "default ") + option.defaultValue);
          }
        }
        for (CliCommand sub : command.command.subcommands) {
          assertThat(help).as(command.path()).contains("\n  " + sub.name);
        }
      }
    }
  }

  @Test
  void helpTexts_haveTheSameKeysInDutchAndEnglish() throws java.io.IOException {
    assertThat(keys("Help_en.properties")).isEqualTo(keys("Help.properties")).hasSize(43);
  }

  private static java.util.Set<String> keys(String name) throws java.io.IOException {
    try (java.io.InputStream in = CliHelp.class.getResourceAsStream(name)) {
      return new java.util.PropertyResourceBundle(new java.io.InputStreamReader(in,
          java.nio.charset.StandardCharsets.UTF_8)).keySet();
    }
  }

  private static void collect(CliValues command, List<CliValues> all) {
    all.add(command);
    for (CliCommand sub : command.command.subcommands) {
      collect(new CliValues(sub, command), all);
    }
  }

  @Test
  void rotateHelp_keepsTheLayout() {
    assertThat(CliRun.of("rotate", "--help").out).startsWith("""
        Gebruik: opgave rotate [-hV] [--hosts] [--format=csv|json|text|pdf]
                               [--lang=nl|en] [--out=BESTAND] [--participants=N]
                               [--participants-file=BESTAND] [--questions=Q] --rounds=R
                               [--seed=X] [--sides=S] --tables=T [--time-limit-ms=M]
        Maakt een tafelrotatie voor een World Café: iedereen ontmoet zo veel mogelijk
        nieuwe mensen en vraagstukken; tafelhosts blijven zitten.
        Voorbeeld: rotate --participants 36 --tables 6 --rounds 3 --hosts --questions 3
        --sides 2
              --participants=N    Aantal deelnemers, hosts inbegrepen (ids p1..pN).
              --participants-file=BESTAND
                                  CSV met naam, organisatie, tafelhost (tafelnummer,
        """).contains("""
              --time-limit-ms=M   Maximale rekentijd in milliseconden (standaard 5000);
                                    stopt eerder zodra de ondergrens gehaald is.
        """).endsWith("""
          -h, --help              Toont deze hulptekst en stopt.
          -V, --version           Toont de versie en stopt.
        """);
    assertThat(CliRun.of("--lang", "en", "help", "tree").out).isEqualTo("""
        Usage: opgave tree [-hV] [COMMAND]
        Validates and draws a doelenboom (outline form: '- ' per item, two spaces per
        level).
          -h, --help      Show this help message and exit.
          -V, --version   Print version information and exit.
        Commands:
          validate, valideer  Checks a doelenboom in outline form or as a JSON document.
          render, teken       Draws a doelenboom as a Mermaid flowchart, Graphviz DOT
                                or again as an outline.
          demo                Shows the Groene Cirkel of 'Dromen voor Doeners': dream
                                meeting, doelenboom (validated and drawn), steps,
                                feasibility and cost, roadmap T0-T2, yield gap and the
                                Groene Cirkel family.
        """);
  }
}
