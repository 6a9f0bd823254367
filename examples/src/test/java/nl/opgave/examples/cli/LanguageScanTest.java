package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.opgave.io.OpgaveJson;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every command, its --help and some mistakes in Dutch and in English and looks for words of the other
 * language. Domain words stay Dutch in English output and are not listed: Opgave(beweging), Doelenboom, Begrippenlijst,
 * vraagstuk(ken), tafelhost(s), droom, Groene Cirkel, spelregels in titles; so does the seed's own Dutch data (titles,
 * places, the glossary, the Groene Cirkel's steps), which the lists avoid; command and option names, the rotation
 * CSV's header and the JSON Pointers of problem lines are identifiers, not text.
 */
class LanguageScanTest {
  /** English words that must not appear in Dutch output (whole words, any case). */
  private static final List<String> ENGLISH = List.of("the", "and", "usage", "commands", "show", "print", "exit",
      "message", "information", "error", "errors", "warning", "warnings", "invalid", "unknown", "missing", "option",
      "expected", "table", "tables", "round", "rounds", "host", "participants", "iteration", "iterations", "next",
      "upcoming", "past", "none", "nothing", "found", "repeats", "lower bound", "welcome", "members", "poll", "votes", "file", "command", "must", "cannot", "should", "valid", "in progress", "change tables");
  /** Dutch words that must not appear in English output (whole words, any case). */
  private static final List<String> DUTCH = List.of("ronde", "rondes", "groepswerk", "iteratie",
      "iteraties", "deelnemers", "herhalingen", "ondergrens", "eerstvolgende", "komende", "eerdere", "geen", "fout",
      "toont", "gebruik", "commando", "niets", "gevonden", "wisselen", "waarschuwingen", "waarschuwing", "ongeldig",
      "geldig", "bezig", "leden", "kalender", "peiling", "stemmen", "bestand", "moet", "regel", "kolom",
      "ontbreekt", "onbekende", "ongeldige", "verwacht", "rekentijd", "uitleg", "inspringing", "streefwaarde",
      "goedkoop", "afsluitcode", "standaard");
  /** The rotation CSV's header is part of its contract, not text: it is not scanned. */
  private static final String CSV_HEADER = "round,table,participant";

  /** The status word that scripts read ("valid", or "FILE: valid") is fixed in every language: it is not scanned. */
  private static final Pattern STATUS_LINE = Pattern.compile("(?m)^(.*: )?valid$");

  /** A JSON Pointer in a problem line ("/poll/votes/0/memberId") names fields of the format: it is not scanned. */
  private static final Pattern POINTER = Pattern.compile("(?<![\\p{L}\\p{N}])/[\\p{L}\\p{N}_~.-][\\p{L}\\p{N}_~./-]*");

  @TempDir
  static Path dir;

  static Path validTree;
  static Path invalidTree;
  static Path validJson;
  static Path invalidJson;
  static Path participants;
  static Path danglingJson;
  static Path oneOnASide;

  @BeforeAll
  static void files() throws IOException {
    validTree = write("boom.txt", "- Kinderen worden gezonder\n  - Meer bewegen\n    - 10 Speelbossen [10 speelbossen]\n");
    invalidTree = write("boom2.txt", "- Droom\n\t- Doel\n   - Project\n");
    validJson = dir.resolve("community.json");
    Files.write(validJson, OpgaveJson.standard().write(Opgavebeweging.community()));
    invalidJson = write("bad.json", "{\"format\": \"opgave.community\", \"version\": 1, \"colour\": 1}");
    participants = write("deelnemers.csv", "naam;tafelhost\nJos;1\nAnouk;\nKees;2\nNoor;\n");
    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(OpgaveJson.standard()
        .write(Opgavebeweging.community()));
    ((ObjectNode) tree.at("/poll")).putArray("votes").addObject().put("memberId", "onbekend")
        .put("optionId", "opgavecoach");
    ((ObjectNode) tree.at("/directory/organisations/0")).put("name", " ");
    ((ObjectNode) tree.at("/poll/options/0")).put("label", " ");
    danglingJson = dir.resolve("verwijzing.json");
    Files.write(danglingJson, new ObjectMapper().writeValueAsBytes(tree));
    oneOnASide = write("kanten.csv", "naam;kant\nAnna;1\nBram;1\nCor;1\nDirk;1\nEva;2\n");
  }

  private static Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  static Stream<Arguments> commands() {
    List<List<String>> runs = new ArrayList<>();
    for (String help : List.of("", "demo", "rotate", "tree", "tree validate", "tree render", "tree demo", "validate",
        "calendar", "glossary")) {
      List<String> args = new ArrayList<>(help.isEmpty() ? List.of() : List.of(help.split(" ")));
      args.add("--help");
      runs.add(args);
    }
    runs.add(List.of("help"));
    runs.add(List.of("help", "rotate"));
    runs.add(List.of());
    runs.add(List.of("demo"));
    runs.add(List.of("rotate", "--participants", "12", "--tables", "3", "--rounds", "2", "--hosts", "--time-limit-ms",
        "300"));
    runs.add(List.of("rotate", "--participants-file", "PARTICIPANTS", "--tables", "2", "--rounds", "2",
        "--time-limit-ms", "300"));
    runs.add(List.of("tree"));
    runs.add(List.of("tree", "validate", "VALID_TREE"));
    runs.add(List.of("tree", "validate", "INVALID_TREE"));
    runs.add(List.of("tree", "render", "VALID_TREE", "--format", "outline"));
    runs.add(List.of("tree", "demo"));
    runs.add(List.of("calendar", "--now", "2025-06-03T11:00"));
    runs.add(List.of("calendar", "--now", "2025-03-01"));
    runs.add(List.of("glossary"));
    runs.add(List.of("glossary", "--search", "zzz"));
    runs.add(List.of("glossary", "--category", "werkvorm"));
    runs.add(List.of("calendar", "--now", "gisteren"));
    runs.add(List.of("glossary", "--category", "geen"));
    runs.add(List.of("rotate", "--tables", "x", "--rounds", "2"));
    runs.add(List.of("rotate", "--participants", "12"));
    runs.add(List.of("demo", "--bogus"));
    runs.add(List.of("onzin"));
    runs.add(List.of("help", "onzin"));
    runs.add(List.of("tree", "validate", "MISSING"));
    runs.add(List.of("tree", "render", "VALID_TREE", "--format", "png"));
    runs.add(List.of("tree", "validate", "VALID_TREE", "--max-depth", "0"));
    // the planner's refusals (workshop's ProblemCode entries), as the CLI prints them
    runs.add(List.of("rotate", "--participants", "4", "--tables", "5", "--rounds", "2"));
    runs.add(List.of("rotate", "--participants", "2000000", "--tables", "2", "--rounds", "2"));
    runs.add(List.of("rotate", "--participants-file", "ONE_ON_A_SIDE", "--tables", "4", "--rounds", "2", "--sides",
        "2"));
    List<Arguments> cases = new ArrayList<>();
    for (List<String> run : runs) {
      cases.add(Arguments.of(String.join(" ", run), "nl"));
      cases.add(Arguments.of(String.join(" ", run), "en"));
    }
    for (String file : List.of("VALID_JSON", "INVALID_JSON", "DANGLING_JSON", "PARTICIPANTS")) {
      cases.add(Arguments.of("validate " + file, "nl"));
      cases.add(Arguments.of("validate " + file, "en"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "[{1}] opgave {0}")
  @MethodSource("commands")
  void output_hasNoWordOfTheOtherLanguage(String command, String lang) {
    List<String> args = new ArrayList<>();
    for (String arg : command.isEmpty() ? new String[0] : command.split(" ")) {
      args.add(file(arg));
    }
    if (lang.equals("en")) {
      args.add(0, "--lang");
      args.add(1, "en");
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));
    String text = run.out + "\n" + run.err;
    assertThat(text).as("output of %s", command).isNotBlank().doesNotContain("Exception");
    String scanned = STATUS_LINE.matcher(text.replace(dir.toString(), "").replace(CSV_HEADER, "")).replaceAll("");
    scanned = POINTER.matcher(scanned).replaceAll("");
    List<String> foreign = foreign(scanned, lang.equals("en") ? DUTCH : ENGLISH);
    assertThat(foreign).as("words of the other language in [%s] opgave %s:%n%s", lang, command, text).isEmpty();
  }

  private static String file(String arg) {
    switch (arg) {
      case "VALID_TREE":
        return validTree.toString();
      case "INVALID_TREE":
        return invalidTree.toString();
      case "VALID_JSON":
        return validJson.toString();
      case "INVALID_JSON":
        return invalidJson.toString();
      case "PARTICIPANTS":
        return participants.toString();
      case "DANGLING_JSON":
        return danglingJson.toString();
      case "ONE_ON_A_SIDE":
        return oneOnASide.toString();
      case "MISSING":
        return dir.resolve("bestaat-niet.txt").toString();
      default:
        return arg;
    }
  }

  private static List<String> foreign(String text, List<String> words) {
    List<String> found = new ArrayList<>();
    for (String line : text.split("\n")) {
      for (String word : words) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\-'])" + Pattern.quote(word) + "(?![\\p{L}\\-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(line);
        if (m.find()) {
          found.add(word.toLowerCase(Locale.ROOT) + " in: " + line.strip());
        }
      }
    }
    return found;
  }
}
