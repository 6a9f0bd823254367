package nl.opgave.workshop.doelenboom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Horizon;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Project;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PreconditionsInDutchTest {
  private static final List<String> ENGLISH = List.of("the", "and", "but", "must", "not", "be", "contain",
      "contains", "empty", "tree", "projects", "selected", "horizons", "roadmap", "chains", "rows", "row", "names",
      "node", "of", "at", "least", "lie", "between", "negative", "times", "periods", "overflows", "long", "sum",
      "budgets", "total", "yield", "twice", "blank");

  static Stream<Arguments> preconditions() {
    Project a = Project.builder().id("a").name("A").cost(1).feasibility(1).expectedYield(1).build();
    Project huge = Project.builder().id("h").name("H").cost(1).feasibility(1).expectedYield(Long.MAX_VALUE / 2)
        .build();
    List<Horizon> one = List.of(Horizon.of("T0", 0, 1));
    Doelenboom tree = Doelenboom.builder().build();
    return Stream.of(
        precondition("no tree to validate", () -> TreeValidator.validate(null), ProblemCode.NULL_VALUE,
            "tree must not be null", "de doelenboom mag niet leeg (null) zijn"),
        precondition("a depth below one", () -> TreeValidator.validate(tree, 0), ProblemCode.AT_LEAST_ONE,
            "maxDepth must be at least 1, but was 0", "de grootste diepte moet minstens 1 zijn, maar was 0"),
        precondition("a threshold above 100", () -> Portfolio.plane(List.of(a), 101, 0), ProblemCode.PLANE_THRESHOLD,
            "feasibilityThreshold must lie between 0 and 100, but was 101",
            "de haalbaarheidsdrempel moet tussen 0 en 100 liggen, maar was 101"),
        precondition("a negative cost threshold", () -> Portfolio.plane(List.of(a), 50, -1), ProblemCode.NEGATIVE,
            "costThreshold must not be negative, but was -1", "de kostendrempel mag niet negatief zijn, maar was -1"),
        precondition("no projects", () -> Portfolio.roadmap(null, one), ProblemCode.NULL_VALUE,
            "projects must not be null", "de lijst van projecten mag niet leeg (null) zijn"),
        precondition("a null project", () -> Portfolio.roadmap(Arrays.asList(a, null), one),
            ProblemCode.CONTAINS_NULL, "projects must not contain null",
            "de lijst van projecten mag geen lege waarde (null) bevatten"),
        precondition("a project twice", () -> Portfolio.roadmap(List.of(a, a), one), ProblemCode.ID_TWICE,
            "projects contains the id 'a' twice", "de lijst van projecten bevat het id 'a' twee keer"),
        precondition("no horizons", () -> Portfolio.roadmap(List.of(a), List.of()), ProblemCode.LIST_EMPTY,
            "horizons must not be empty", "de lijst van horizonnen mag niet leeg zijn"),
        precondition("no horizons for a baseline", () -> Portfolio.autonomous(List.of()), ProblemCode.LIST_EMPTY,
            "horizons must not be empty", "de lijst van horizonnen mag niet leeg zijn"),
        precondition("a yield that overflows", () -> Portfolio.roadmap(List.of(huge), List.of(Horizon.of("T0", 0, 1),
            Horizon.of("T1", 0, 1), Horizon.of("T2", 0, 1))), ProblemCode.YIELD_OVERFLOW,
            "project 'h': expectedYield 4611686018427387903 times 3 periods overflows",
            "project 'h': de verwachte opbrengst 4611686018427387903 maal 3 perioden is te groot om mee te rekenen"),
        precondition("budgets that overflow", () -> Portfolio.roadmap(List.of(a), List.of(
            Horizon.of("T0", 0, Long.MAX_VALUE), Horizon.of("T1", 0, 1))), ProblemCode.SUM_OVERFLOW,
            "the sum of the budgets overflows a long", "de som van de budgetten is te groot om mee te rekenen"),
        precondition("no tree to cover", () -> Portfolio.coverage(null, List.of(a)), ProblemCode.NULL_VALUE,
            "tree must not be null", "de doelenboom mag niet leeg (null) zijn"),
        precondition("no selection", () -> Portfolio.coverage(tree, (List<Project>) null), ProblemCode.NULL_VALUE,
            "selected projects must not be null", "de lijst van gekozen projecten mag niet leeg (null) zijn"),
        precondition("no roadmap", () -> Portfolio.coverage(tree, List.of(a), null), ProblemCode.NULL_VALUE,
            "roadmap must not be null", "de routekaart mag niet leeg (null) zijn"),
        precondition("no droombijeenkomst", () -> Laddering.build((nl.opgave.model.doelenboom.Droombijeenkomst) null),
            ProblemCode.NULL_VALUE, "droombijeenkomst must not be null",
            "de droombijeenkomst mag niet leeg (null) zijn"),
        precondition("no chains", () -> Laddering.build((List<nl.opgave.model.doelenboom.LadderingChain>) null),
            ProblemCode.NULL_VALUE, "chains must not be null", "de lijst van ladderketens mag niet leeg (null) zijn"),
        precondition("a blank droom", () -> Laddering.build(List.of(), " "), ProblemCode.TEXT_BLANK,
            "droom must not be blank, but was ' '", "de droom mag niet leeg zijn, maar was ' '"),
        precondition("an unknown node", () -> TreeValidator.validate(tree).pathOf("x"), ProblemCode.NODE_UNKNOWN,
            "nodeId 'x' names no node of the tree", "het id 'x' noemt geen knoop van de boom"),
        precondition("no rows", () -> FlatRows.build(null), ProblemCode.NULL_VALUE, "rows must not be null",
            "de lijst van regels mag niet leeg (null) zijn"),
        precondition("a null row", () -> FlatRows.build(Arrays.asList(FlatRow.of("d", null, Level.DROOM, "Droom"),
            null)), ProblemCode.ROW_NULL, "row 2: must not be null", "regel 2: mag niet leeg (null) zijn"));
  }

  private static Arguments precondition(String name, ThrowingCallable call, ProblemCode code, String english,
      String dutch) {
    return Arguments.of(name, call, code, english, dutch);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("preconditions")
  void precondition_hasACode_keepsItsEnglish_andReadsInDutch(String name, ThrowingCallable call, ProblemCode code,
      String english, String dutch) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, call);

    assertThat(e).as(name).isNotNull();
    assertThat(e.details()).extracting(ProblemMessage::code).containsExactly(code);
    assertThat(e.getMessage()).isEqualTo(english);
    String nl = e.details().get(0).message(Locale.forLanguageTag("nl"));
    assertThat(nl).isEqualTo(dutch);
    assertThat(englishWords(nl)).as(nl).isEmpty();
  }

  @ParameterizedTest(name = "row text {0}")
  @MethodSource("badTexts")
  void flatRows_reportEachRowsProblemsWithTheRowInBothLanguages(String text) {
    List<FlatRow> rows = List.of(FlatRow.of("d", null, Level.DROOM, "Droom"), FlatRow.of("e", "d", Level.DOEL, text));

    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> FlatRows.build(rows));

    assertThat(e.details()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.code()).isEqualTo(ProblemCode.ROW_PROBLEM);
      assertThat(d.message()).startsWith("row 2: node 'e': text must not");
      assertThat(d.message(Locale.forLanguageTag("nl"))).startsWith("regel 2: ").doesNotContain("must")
          .doesNotContainPattern("#[A-Z_]{3,}").doesNotContain("\u001F");
    });
  }

  static Stream<String> badTexts() {
    return Stream.of(" ", " Doel", "Doel\u0007", "Do\u001Fel", "Do\u0002el\u0003", "#Doel\u001F");
  }

  private static List<String> englishWords(String text) {
    return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(ENGLISH::contains).toList();
  }
}
