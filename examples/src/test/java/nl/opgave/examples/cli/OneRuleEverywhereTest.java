package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.opgave.io.DoelenboomOutline;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.io.OpgaveJson;
import nl.opgave.io.OutlineFormatException;
import nl.opgave.io.ParticipantCsv;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.GroeneCirkel;
import nl.opgave.model.seed.DromenVoorDoeners;
import nl.opgave.model.seed.Opgavebeweging;
import nl.opgave.model.seed.WorldCafe4Maart;
import nl.opgave.workshop.doelenboom.Severity;
import nl.opgave.workshop.doelenboom.TreeValidator;
import nl.opgave.workshop.doelenboom.Violation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of bad files through every entry point: the library's reader (and workshop's doelenboom validation for
 * trees), {@code validate}, {@code tree validate} and {@code rotate --participants-file}. Every entry point reports
 * the same problems, code and place, in Dutch and in English.
 */
class OneRuleEverywhereTest {
  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final ObjectMapper TREES = new ObjectMapper();

  @TempDir
  Path dir;

  /** One bad file and the codes the library finds in it, in the order reported. */
  record Case(String name, String content, List<ProblemCode> codes) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> corpus() throws Exception {
    return Stream.of(
        new Case("community.json", json(Opgavebeweging.community(), tree -> {
          tree.put("colour", 1);
          ((ObjectNode) tree.at("/directory/members/0/name")).put("achternaam", " ");
          ((ObjectNode) tree.at("/directory/members/1")).put("organisationId", "nope");
          return tree;
        }), List.of(ProblemCode.TEXT_BLANK, ProblemCode.JSON_NAMES_NOTHING, ProblemCode.JSON_UNKNOWN_FIELD)),
        new Case("community-verwijzing.json", json(Opgavebeweging.community(), tree -> {
          ((ObjectNode) tree.at("/poll")).putArray("votes").addObject().put("memberId", "onbekend")
              .put("optionId", "opgavecoach");
          ((ObjectNode) tree.at("/directory/organisations/0")).put("name", " ");
          ((ObjectNode) tree.at("/poll/options/0")).put("label", " ");
          return tree;
        }), List.of(ProblemCode.TEXT_BLANK, ProblemCode.TEXT_BLANK, ProblemCode.JSON_NAMES_NOTHING)),
        new Case("groene-cirkel-stappen.json", json(DromenVoorDoeners.denHaag(), tree -> {
          ArrayNode steps = (ArrayNode) tree.at("/steps");
          steps.insert(0, steps.remove(1));
          return tree;
        }), List.of(ProblemCode.CIRKEL_STEP_ORDER)),
        new Case("sessieplan.json", json(WorldCafe4Maart.sessionPlan(), tree -> {
          ((ObjectNode) tree.at("/tables/0")).put("number", "een");
          return tree;
        }), List.of(ProblemCode.JSON_WRONG_TYPE)),
        new Case("doelenboom.json", "{\"format\": \"opgave.doelenboom\", \"version\": 1,\n \"nodes\": [\n"
            + "  {\"id\": \"d\", \"level\": \"doel\", \"text\": \"Doel A\"},\n"
            + "  {\"id\": \"ab\", \"level\": \"doel\", \"text\": \"Doel B\"},\n"
            + "  {\"id\": \"bc\", \"level\": \"doel\", \"text\": \"Doel B\"},\n"
            + "  {\"id\": \"p\", \"level\": \"project\", \"text\": \"Wees\"},\n"
            + "  {\"id\": \"q\", \"level\": \"project\", \"text\": \"Q\"}\n ],\n \"links\": [\n"
            + "  {\"childId\": \"ab\", \"parentId\": \"bc\"},\n  {\"childId\": \"bc\", \"parentId\": \"ab\"},\n"
            + "  {\"childId\": \"q\", \"parentId\": \"d\"},\n  {\"childId\": \"q\", \"parentId\": \"ab\"}\n ]}\n",
            List.of(ProblemCode.ROOT_NOT_DROOM, ProblemCode.CYCLE, ProblemCode.ROOT_MULTIPLE,
                ProblemCode.ROOT_NOT_DROOM, ProblemCode.TWO_PARENTS)),
        new Case("doelenboom-kapot.json", "{\"format\": \"opgave.doelenboom\", \"version\": 1,\n"
            + " \"links\": [{\"childId\": \"ghost\", \"parentId\": \"a\"}],\n"
            + " \"nodes\": [{\"id\": \"a\", \"level\": \"droom\", \"text\": 7}]}\n",
            List.of(ProblemCode.JSON_NAMES_NOTHING, ProblemCode.JSON_WRONG_TYPE)),
        new Case("groene-cirkel.json", json(DromenVoorDoeners.denHaag(), tree -> {
          ((ObjectNode) tree.at("/doelenboom/nodes/0")).put("level", "project");
          return tree;
        }), List.of(ProblemCode.ROOT_NOT_DROOM, ProblemCode.LEVEL_ORDER, ProblemCode.LEVEL_ORDER)),
        new Case("boom.txt", "- Droom\n  - Doel A\n- Tweede droom\n",
            List.of(ProblemCode.LEAF_NOT_PROJECT, ProblemCode.ROOT_MULTIPLE, ProblemCode.LEAF_NOT_PROJECT)),
        new Case("boom-tab.txt", "- Droom\n\t- Doel\n  -Doel\n", List.of(ProblemCode.TAB, ProblemCode.MISSING_SPACE)),
        new Case("deelnemers.csv", "naam;tafelhost;kant\nJos;1;wit\nAnouk;1;x\njos ;;blauw\nBram;z;2\n",
            List.of(ProblemCode.CSV_TWO_HOSTS, ProblemCode.CSV_UNKNOWN_SIDE, ProblemCode.CSV_DUPLICATE_NAME,
                ProblemCode.CSV_NOT_A_TABLE)),
        new Case("rooster.csv", "ronde;tafel;deelnemer;naam;organisatie;tafelhost\n1;1;a;A;;1\n1;2;a;A;;\n"
            + "1;2;b;B;;1\n", List.of(ProblemCode.CSV_SEATED_TWICE, ProblemCode.CSV_HOST_NOT_TABLE)));
  }

  private static String json(Object value, UnaryOperator<ObjectNode> change) throws Exception {
    ObjectNode tree = (ObjectNode) TREES.readTree(OpgaveJson.standard().write(value));
    return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(change.apply(tree));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyEntryPoint_reportsTheLibrarysProblems_sameCodeSamePlace_inDutchAndEnglish(Case c) throws Exception {
    Path file = dir.resolve(c.name());
    Files.writeString(file, c.content(), StandardCharsets.UTF_8);
    byte[] bytes = c.content().getBytes(StandardCharsets.UTF_8);
    String source = file.toString();
    boolean csv = c.name().endsWith(".csv");
    boolean outline = c.name().endsWith(".txt");
    List<Problem> errors = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    library(bytes, source, csv, outline, errors, warnings);

    assertThat(errors).extracting(Problem::code).containsExactlyElementsOf(c.codes());
    assertThat(errors).allSatisfy(p -> assertThat(p.line()).isPositive());

    for (Locale locale : List.of(NL, Locale.ENGLISH)) {
      String lang = locale.getLanguage();
      List<String> expected = lines(errors, locale, !outline);

      CliRun validate = CliRun.of("validate", "--lang", lang, source);
      assertThat(validate.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
      assertThat(validate.out.lines()).as("validate --lang " + lang).containsExactlyElementsOf(expected);

      assertThat(words(validate.out)).as("words of another language in validate --lang " + lang)
          .doesNotContainAnyElementsOf(locale == NL ? ENGLISH_WORDS : DUTCH_WORDS);

      if (!csv && (outline || isTree(bytes, source))) {
        CliRun tree = CliRun.of("tree", "validate", "--lang", lang, source);
        List<String> all = new ArrayList<>(expected);
        all.addAll(lines(warnings, locale, !outline));
        assertThat(tree.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
        assertThat((tree.out + tree.err).lines()).as("tree validate --lang " + lang)
            .containsExactlyElementsOf(all);
      }
      if (csv) {
        CliRun rotate = CliRun.of("rotate", "--participants-file", source, "--tables", "2", "--rounds", "1",
            "--sides", "2", "--lang", lang);
        assertThat(rotate.exitCode).isEqualTo(OpgaveCli.USER_ERROR);
        assertThat(rotate.err.lines().map(l -> l.substring(l.indexOf(source))))
            .as("rotate --lang " + lang).containsExactlyElementsOf(expected);
      }
    }
  }

  private static final List<String> ENGLISH_WORDS = List.of("the", "not", "expected", "found", "must", "names",
      "unknown", "field", "missing", "appears", "twice", "has", "node", "parent", "parents", "root", "cycle", "tree",
      "side", "table", "already", "one", "each", "an", "a", "no", "from", "sits", "below", "leaf");
  private static final List<String> DUTCH_WORDS = List.of("de", "het", "een", "verwacht", "niet", "geen", "moet",
      "heeft", "staat", "onbekend", "onbekende", "veld", "ontbreekt", "twee", "keer", "knoop", "ouder", "ouders",
      "wortel", "kring", "boom", "kant", "tafel", "al", "van", "elke", "uit", "onder", "blad", "nogmaals", "regel");

  /** The words of problem lines, without file names, pointers and quoted values. */
  private static List<String> words(String out) {
    List<String> words = new ArrayList<>();
    for (String line : out.split("\\R")) {
      String text = line.replaceFirst("^.*?:\\d+:\\d+: (/\\S*: )?", "").replaceAll("'[^']*'", " ");
      for (String word : text.split("[^\\p{L}]+")) {
        if (!word.isEmpty()) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }

  private static boolean isTree(byte[] bytes, String source) {
    try {
      Object value = OpgaveJson.standard().read(bytes, source);
      return value instanceof Doelenboom || value instanceof GroeneCirkel;
    } catch (OpgaveFormatException e) {
      return new String(bytes, StandardCharsets.UTF_8).contains("opgave.doelenboom");
    }
  }

  /** The library's own answer: the reader, then workshop's validation of a tree placed by the reader's locate. */
  private static void library(byte[] bytes, String source, boolean csv, boolean outline, List<Problem> errors,
      List<Problem> warnings) {
    if (csv) {
      try {
        ParticipantCsv.standard().read(bytes, source);
      } catch (OpgaveFormatException e) {
        errors.addAll(e.problems());
      }
      return;
    }
    Doelenboom tree;
    String at = "";
    if (outline) {
      try {
        tree = DoelenboomOutline.parse(bytes);
      } catch (OutlineFormatException e) {
        e.problems().forEach(p -> errors.add(new Problem(source, p.line(), p.column(), "", p.error().problemCode(),
            p.args())));
        return;
      }
    } else {
      Object value;
      try {
        value = OpgaveJson.standard().read(bytes, source);
      } catch (OpgaveFormatException e) {
        errors.addAll(e.problems());
        return;
      }
      if (value instanceof GroeneCirkel) {
        tree = ((GroeneCirkel) value).doelenboom();
        at = "/doelenboom";
      } else if (value instanceof Doelenboom) {
        tree = (Doelenboom) value;
      } else {
        return;
      }
    }
    for (Violation v : TreeValidator.validate(tree).violations()) {
      Problem problem = new Problem(source, 0, 0, at + v.pointer(), v.problemMessage());
      (v.severity() == Severity.ERROR ? errors : warnings).add(problem);
    }
    List<Problem> placedErrors = outline
        ? DoelenboomOutline.locate(new String(bytes, StandardCharsets.UTF_8), errors)
        : OpgaveJson.standard().locate(bytes, errors);
    List<Problem> placedWarnings = outline
        ? DoelenboomOutline.locate(new String(bytes, StandardCharsets.UTF_8), warnings)
        : OpgaveJson.standard().locate(bytes, warnings);
    errors.clear();
    errors.addAll(placedErrors);
    warnings.clear();
    warnings.addAll(placedWarnings);
  }

  private static List<String> lines(List<Problem> problems, Locale locale, boolean pointer) {
    List<String> lines = new ArrayList<>();
    for (Problem p : problems) {
      String line = p.render(locale);
      if (!pointer) {
        String place = p.source() + ":" + p.line() + ":" + p.column() + ": ";
        line = place + line.substring(place.length() + (p.pointer().isEmpty() ? "/" : p.pointer()).length() + 2);
      }
      lines.add(line);
    }
    return lines;
  }
}
