package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.opgave.model.DutchText;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.doelenboom.Target;
import nl.opgave.model.seed.DromenVoorDoeners;
import org.junit.jupiter.api.Test;

class DoelenboomOutlineTest {
  private static OutlineProblem onlyProblem(String outline) {
    OutlineFormatException e = catchThrowableOfType(OutlineFormatException.class,
        () -> DoelenboomOutline.parse(outline));
    assertThat(e).as("outline %s", outline).isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void parse_givesLevelsByDepthAndPositionalIds() {
    Doelenboom tree = DoelenboomOutline.parse("- A\n  - B\n    - C\n    - D\n  - E\n");
    assertThat(tree.nodes()).extracting(Node::id).containsExactly("1", "1.1", "1.1.1", "1.1.2", "1.2");
    assertThat(tree.nodes()).extracting(Node::level).containsExactly(Level.DROOM, Level.DOEL, Level.PROJECT,
        Level.PROJECT, Level.DOEL);
    assertThat(tree.links()).containsExactly(Link.of("1.1", "1"), Link.of("1.1.1", "1.1"), Link.of("1.1.2", "1.1"),
        Link.of("1.2", "1"));
  }

  @Test
  void parse_acceptsCrlfBlankLinesBomAndSurroundingSpace() {
    Doelenboom tree = DoelenboomOutline.parse("\uFEFF- A  \r\n\r\n  -   B\r\n");
    assertThat(tree.nodes()).extracting(Node::text).containsExactly("A", "B");
  }

  @Test
  void parse_reportsTabWithLineAndColumn() {
    OutlineProblem p = onlyProblem("- A\n\t- B\n");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.message()).contains("tab");
    assertThat(onlyProblem("- A\n  - B\tC\n").column()).isEqualTo(6);
  }

  @Test
  void parse_reportsSkippedLevel() {
    OutlineProblem p = onlyProblem("- A\n    - C\n");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(5);
    assertThat(p.message()).contains("skips a level");
    assertThat(onlyProblem("  - A\n").message()).contains("first item");
  }

  @Test
  void parse_reportsOddIndent() {
    OutlineProblem p = onlyProblem("- A\n   - B\n");
    assertThat(p.column()).isEqualTo(4);
    assertThat(p.message()).contains("multiple of two");
  }

  @Test
  void parse_reportsMissingBulletAndMissingSpace() {
    OutlineProblem p = onlyProblem("- A\n  B\n");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.message()).contains("missing bullet");
    OutlineProblem q = onlyProblem("- A\n  -B\n");
    assertThat(q.column()).isEqualTo(4);
    assertThat(q.message()).contains("space after the bullet");
    assertThat(onlyProblem("- A\n  -\n").message()).contains("empty item");
  }

  @Test
  void parse_reportsFourthLevel() {
    OutlineProblem p = onlyProblem("- A\n  - B\n    - C\n      - D\n");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.column()).isEqualTo(7);
    assertThat(p.message()).contains("fourth level");
  }

  @Test
  void parse_reportsControlCharacterAtItsColumn() {
    OutlineProblem p = onlyProblem("- Kaas\u0007\n");
    assertThat(p.column()).isEqualTo(7);
    assertThat(p.message()).contains("U+0007");
  }

  @Test
  void parse_reportsEveryProblemAtOnce() {
    OutlineFormatException e = catchThrowableOfType(OutlineFormatException.class,
        () -> DoelenboomOutline.parse("- A\n\t- B\n  C\n      - D\n"));
    assertThat(e.problems()).extracting(OutlineProblem::line).containsExactly(2, 3, 4);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).startsWith("line 2, column 1: ").endsWith("(and 2 more)");
  }

  @Test
  void parseBytes_reportsInvalidUtf8WithLineAndColumn() {
    byte[] bytes = "- Kinderen\n  - Één \u00ff\n".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[bytes.length];
    System.arraycopy(bytes, 0, broken, 0, bytes.length);
    int at = lastIndexOf(bytes, (byte) 0xC3);
    broken[at] = (byte) 0xFF;
    OutlineFormatException e = catchThrowableOfType(OutlineFormatException.class,
        () -> DoelenboomOutline.parse(broken));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.getMessage()).contains("invalid UTF-8").contains("0xFF");
  }

  @Test
  void parseBytes_readsUtf8WithBom() {
    byte[] text = "- Één droom\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertThat(DoelenboomOutline.parse(withBom).nodes()).extracting(Node::text).containsExactly("Één droom");
  }

  @Test
  void render_refusesWhatAnOutlineCannotHold() {
    Doelenboom wrongLevel = Doelenboom.of(List.of(Node.of("r", Level.DROOM, "R"), Node.of("p", Level.PROJECT, "P")),
        List.of(Link.of("p", "r")));
    assertThatThrownBy(() -> DoelenboomOutline.render(wrongLevel)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'p' is a project at depth 2");
    Doelenboom lineBreak = Doelenboom.of(List.of(Node.of("r", Level.DROOM, "R\nS")), List.of());
    assertThatThrownBy(() -> DoelenboomOutline.render(lineBreak)).hasMessageContaining("line break");
    Doelenboom cycle = Doelenboom.of(List.of(Node.of("r", Level.DROOM, "R"), Node.of("d", Level.DOEL, "D")),
        List.of(Link.of("d", "r"), Link.of("r", "d")));
    assertThatThrownBy(() -> DoelenboomOutline.render(cycle))
        .hasMessageContaining("the parent links form a cycle: r -> d -> r");
  }

  @Test
  void render_namesTheNodesOfEveryStructuralReason() {
    Doelenboom twoParents = Doelenboom.of(List.of(Node.of("r", Level.DROOM, "R"), Node.of("a", Level.DOEL, "A"),
        Node.of("b", Level.DOEL, "B"), Node.of("p", Level.PROJECT, "P")),
        List.of(Link.of("a", "r"), Link.of("b", "r"), Link.of("p", "a"), Link.of("p", "b")));
    assertThat(refusals(twoParents)).containsExactly("node 'p' has two parents: 'a' and 'b'");
    Doelenboom missingParent = Doelenboom.of(List.of(Node.of("r", Level.DROOM, "R"), Node.of("d", Level.DOEL, "D")),
        List.of(Link.of("d", "ghost")));
    assertThat(refusals(missingParent)).containsExactly("node 'd' has parent 'ghost', which is not a node",
        "node 'd' is a doel at depth 1, where an outline has a droom");
    Doelenboom unknownChild = Doelenboom.of(List.of(Node.of("r", Level.DROOM, "R")), List.of(Link.of("spook", "r")));
    assertThat(refusals(unknownChild))
        .containsExactly("a link makes 'spook' a child of 'r', but 'spook' is not a node");
    Doelenboom duplicateId = Doelenboom.of(List.of(Node.of("r", Level.DROOM, "R"), Node.of("r", Level.DROOM, "S")),
        List.of());
    assertThat(refusals(duplicateId)).containsExactly("id 'r' is used by node 1 and again by node 2");
    Doelenboom tooDeep = Doelenboom.of(List.of(Node.of("r", Level.DROOM, "R"), Node.of("d", Level.DOEL, "D"),
        Node.of("p", Level.PROJECT, "P"), Node.of("q", Level.PROJECT, "Q\tR")),
        List.of(Link.of("d", "r"), Link.of("p", "d"), Link.of("q", "p")));
    assertThat(refusals(tooDeep)).containsExactly("node 'q' lies at depth 4; an outline has three levels",
        "node 'q' has a line break or tab in its text");
  }

  @Test
  void render_listsEveryReasonAtOnce() {
    Doelenboom broken = Doelenboom.of(List.of(Node.of("r", Level.DROOM, "R"), Node.of("d", Level.DOEL, "D"),
        Node.of("e", Level.DOEL, "E"), Node.of("r", Level.DOEL, "R2"), Node.of("x", Level.DOEL, "X\nY")),
        List.of(Link.of("d", "e"), Link.of("e", "d"), Link.of("x", "r"), Link.of("x", "d"), Link.of("y", "r")));
    assertThat(refusals(broken)).containsExactly(
        "id 'r' is used by node 1 and again by node 4",
        "the parent links form a cycle: d -> e -> d",
        "node 'x' has two parents: 'r' and 'd'",
        "a link makes 'y' a child of 'r', but 'y' is not a node",
        "node 'x' has a line break or tab in its text");
  }

  @Test
  void render_keepsATreeWhoseOnlyDefectIsARepeatedLink() {
    Doelenboom repeated = Doelenboom.of(List.of(Node.of("r", Level.DROOM, "R"), Node.of("d", Level.DOEL, "D")),
        List.of(Link.of("d", "r"), Link.of("d", "r")));
    assertThat(DoelenboomOutline.render(repeated)).isEqualTo("- R\n  - D\n");
  }

  @Test
  void renderAndDiagrams_refuseNull() {
    assertThatThrownBy(() -> DoelenboomOutline.render(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DoelenboomOutline.parse((String) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DoelenboomOutline.parse((byte[]) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DoelenboomDiagrams.mermaid(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DoelenboomDiagrams.dot(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void seedTree_rendersAsTheSlidesOutline() {
    String outline = String.join("\n",
        "- Kinderen worden gezonder (minder obesitas)",
        "  - Kinderen bewegen meer in het groen",
        "    - 10 Speelbossen in en rondom Den Haag [10 speelbossen]",
        "    - Duinsafari voor iedere jongere in Den Haag",
        "    - 25 Groene Schoolpleinen in de binnenstad van Den Haag [25 groene schoolpleinen]",
        "  - Kinderen leren observeren en leren van de natuur",
        "    - Buitenschoolse Activiteiten gericht op voelen, ruiken en proeven",
        "    - Extra Schoolprogramma's \"uurtje natuur\"",
        "    - Jaarlijks alle schoolklassen op bezoek bij de boer",
        "");
    assertThat(DoelenboomOutline.render(DromenVoorDoeners.doelenboom())).isEqualTo(outline);
    assertThat(DoelenboomOutline.render(DoelenboomOutline.parse(outline))).isEqualTo(outline);
  }

  @Test
  void parse_readsATrailingTargetWithOrWithoutDeadline() {
    Doelenboom tree = DoelenboomOutline.parse("- Droom\n  - Doel\n    - 10 Speelbossen in en rondom Den Haag"
        + " [10 speelbossen]\n    - Daken  [2.5 hectare groene daken uiterlijk 2030-12-31]\n");
    assertThat(tree.node("1.1.1").orElseThrow().text()).isEqualTo("10 Speelbossen in en rondom Den Haag");
    assertThat(tree.node("1.1.1").orElseThrow().target()).contains(Target.of(10, "speelbossen"));
    Node daken = tree.node("1.1.2").orElseThrow();
    assertThat(daken.text()).isEqualTo("Daken");
    assertThat(daken.target()).contains(Target.builder().quantity(new BigDecimal("2.5")).unit("hectare groene daken")
        .deadline(LocalDate.of(2030, 12, 31)).build());
  }

  @Test
  void parse_keepsBracketsThatAreNoTargetOrAreEscapedAsText() {
    Doelenboom tree = DoelenboomOutline.parse("- Fase [twee]\n- Plan[3 stappen]\n- Plan \\[3 stappen]\n"
        + "- [3 stappen]\n");
    assertThat(tree.nodes()).extracting(Node::text)
        .containsExactly("Fase [twee]", "Plan[3 stappen]", "Plan [3 stappen]", "[3 stappen]");
    assertThat(tree.nodes()).allSatisfy(n -> assertThat(n.target()).isEmpty());
    assertThat(DoelenboomOutline.render(tree)).isEqualTo("- Fase [twee]\n- Plan[3 stappen]\n- Plan \\[3 stappen]\n"
        + "- [3 stappen]\n");
  }

  @Test
  void parse_reportsATargetOfZeroOrWithAnImpossibleDateAtItsBracket() {
    OutlineFormatException e = catchThrowableOfType(OutlineFormatException.class,
        () -> DoelenboomOutline.parse("- Droom [0 bomen]\n- Droom [3 bomen uiterlijk 2030-02-30]\n"));
    assertThat(e.problems()).extracting(OutlineProblem::line, OutlineProblem::column, OutlineProblem::error)
        .containsExactly(tuple(1, 9, OutlineError.TARGET_NOT_POSITIVE), tuple(2, 9, OutlineError.TARGET_DATE));
    assertThat(e.problems().get(1).message(DutchText.DUTCH))
        .isEqualTo("streefwaarde [3 bomen uiterlijk 2030-02-30]: 2030-02-30 is geen datum (jjjj-mm-dd)");
  }

  @Test
  void render_refusesATargetTheOutlineCannotWrite() {
    Doelenboom tree = Doelenboom.of(List.of(Node.builder().id("a").level(Level.DROOM).text("A")
        .target(Target.of(3, "bomen]")).build()), List.of());
    assertThat(refusals(tree)).containsExactly("node 'a' has a target the outline cannot write: '3 bomen]'");
  }

  @Test
  void seedTree_projectsWithATargetRaiseNoMissingTargetWarningAfterTheOutline() {
    Doelenboom read = DoelenboomOutline.parse(DoelenboomOutline.render(DromenVoorDoeners.doelenboom()));
    assertThat(read.nodes()).filteredOn(n -> n.target().isPresent()).extracting(Node::text).containsExactly(
        "10 Speelbossen in en rondom Den Haag", "25 Groene Schoolpleinen in de binnenstad van Den Haag");
  }

  private static List<String> refusals(Doelenboom tree) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> DoelenboomOutline.render(tree));
    assertThat(e).as("render of %s", tree).isNotNull();
    return e.problems();
  }

  @Test
  void render_writesSeveralRootsAndReadsThemBack() {
    String outline = "- A\n  - B\n- C\n";
    assertThat(DoelenboomOutline.render(DoelenboomOutline.parse(outline))).isEqualTo(outline);
  }

  private static int lastIndexOf(byte[] bytes, byte b) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError();
  }
}
