package nl.opgave.workshop.doelenboom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.opgave.model.DutchText;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.doelenboom.CrossLink;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.doelenboom.Refinement;
import nl.opgave.model.doelenboom.Target;
import org.junit.jupiter.api.Test;

class TreeValidatorTest {
  private static Node droom(String id) {
    return Node.of(id, Level.DROOM, "Droom " + id);
  }

  private static Node doel(String id) {
    return Node.of(id, Level.DOEL, "Doel " + id);
  }

  private static Node project(String id) {
    return Node.builder().id(id).level(Level.PROJECT).text("Project " + id).target(Target.of(1, "stuk")).build();
  }

  private static Doelenboom tree(List<Node> nodes, Link... links) {
    return Doelenboom.of(nodes, List.of(links));
  }

  @Test
  void validTree_hasNoViolations() {
    ValidationResult result = TreeValidator.validate(tree(List.of(droom("r"), doel("d"), project("p"), project("q")),
        Link.of("d", "r"), Link.of("p", "d"), Link.of("q", "d")));
    assertThat(result.violations()).isEmpty();
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void emptyTree_hasNoRoot() {
    ValidationResult result = TreeValidator.validate(Doelenboom.builder().build());
    assertThat(result.violations()).extracting(Violation::code).containsExactly(ViolationCode.ROOT_MISSING);
    assertThat(result.violations().get(0).path()).isEmpty();
    assertThat(result.violations().get(0).toString()).startsWith("(tree): ROOT_MISSING: ");
  }

  @Test
  void everyDefect_isReportedAtOnceWithCodeAndPath() {
    Doelenboom tree = Doelenboom.builder()
        .addNodes(droom("r"), doel("d"), project("p"), doel("lonely"), droom("r2"), doel("x"), doel("y"),
            project("orphan"), doel("under"), project("top"))
        .addLinks(Link.of("d", "r"), Link.of("p", "d"), Link.of("lonely", "r"), Link.of("x", "y"), Link.of("y", "x"),
            Link.of("orphan", "ghost"), Link.of("under", "p"), Link.of("p", "r2"), Link.of("top", "r"))
        .addCrossLink(CrossLink.of("p", "nowhere"))
        .build();
    ValidationResult result = TreeValidator.validate(tree);
    assertThat(result.violations()).extracting(Violation::code).contains(
        ViolationCode.LEAF_NOT_PROJECT, ViolationCode.ROOT_MULTIPLE, ViolationCode.CYCLE,
        ViolationCode.DANGLING_PARENT, ViolationCode.LEVEL_ORDER, ViolationCode.TWO_PARENTS,
        ViolationCode.DANGLING_CROSS_LINK);
    assertThat(result.violations(ViolationCode.LEVEL_ORDER).get(0).path())
        .containsExactly("Droom r", "Doel d", "Project p", "Doel under");
    assertThat(result.violations(ViolationCode.TWO_PARENTS).get(0).message())
        .isEqualTo("'p' has two parents: 'd' and 'r2'");
    assertThat(result.violations(ViolationCode.CYCLE).get(0).message())
        .isEqualTo("the parent links form a cycle: x -> y -> x");
    assertThat(result.violations(ViolationCode.DANGLING_PARENT).get(0).path()).containsExactly("Project orphan");
    assertThat(result.isValid()).isFalse();
  }

  @Test
  void rootThatIsNotADroom_isReported() {
    ValidationResult result = TreeValidator.validate(tree(List.of(doel("d"), project("p")), Link.of("p", "d")));
    assertThat(result.violations()).extracting(Violation::code).containsExactly(ViolationCode.ROOT_NOT_DROOM);
  }

  @Test
  void warnings_keepTheTreeValid() {
    Node and = Node.builder().from(doel("d")).refinement(Refinement.AND).build();
    Node bare = Node.of("bare", Level.PROJECT, "Schoolplein");
    ValidationResult result = TreeValidator.validate(Doelenboom.builder()
        .addNodes(droom("r"), and, bare, doel("e"), project("q"), project("s"))
        .addLinks(Link.of("d", "r"), Link.of("bare", "d"), Link.of("e", "r"), Link.of("q", "e"), Link.of("s", "e"),
            Link.of("s", "e"))
        .build());
    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings()).extracting(Violation::code).containsExactly(ViolationCode.AND_SINGLE_CHILD,
        ViolationCode.PROJECT_WITHOUT_TARGET, ViolationCode.DUPLICATE_LINK);
  }

  @Test
  void duplicateSiblings_matchIgnoringCaseSpacingAndAccents() {
    Node a = Node.builder().id("a").level(Level.PROJECT).text("Groene  Schoolpleinen").target(Target.of(1, "x"))
        .build();
    Node b = Node.builder().id("b").level(Level.PROJECT).text("groene schoolpléinen").target(Target.of(1, "x"))
        .build();
    Node c = Node.builder().id("c").level(Level.PROJECT).text("Speelbossen").target(Target.of(1, "x")).build();
    ValidationResult result = TreeValidator.validate(tree(List.of(droom("r"), doel("d"), a, b, c),
        Link.of("d", "r"), Link.of("a", "d"), Link.of("b", "d"), Link.of("c", "d")));
    assertThat(result.violations()).extracting(Violation::code).containsExactly(ViolationCode.DUPLICATE_SIBLING);
    assertThat(result.violations().get(0).message()).isEqualTo("'b' has the same text as its sibling 'a'");
  }

  @Test
  void duplicateSiblings_areFoundInLargeFamilies() {
    List<Node> nodes = new ArrayList<>(List.of(droom("r"), doel("d")));
    List<Link> links = new ArrayList<>(List.of(Link.of("d", "r")));
    for (int i = 0; i < 50; i++) {
      nodes.add(Node.builder().id("p" + i).level(Level.PROJECT).text(i == 42 ? "PROJECT 7" : "Project " + i)
          .target(Target.of(1, "x")).build());
      links.add(Link.of("p" + i, "d"));
    }
    ValidationResult result = TreeValidator.validate(Doelenboom.of(nodes, links));
    assertThat(result.violations()).hasSize(1);
    assertThat(result.violations().get(0).message()).isEqualTo("'p42' has the same text as its sibling 'p7'");
  }

  @Test
  void duplicateIdsAndUnknownChildren_areReported() {
    ValidationResult result = TreeValidator.validate(tree(List.of(droom("r"), doel("d"), project("p"), project("p")),
        Link.of("d", "r"), Link.of("p", "d"), Link.of("ghost", "d")));
    assertThat(result.violations()).extracting(Violation::code).containsExactly(ViolationCode.DUPLICATE_ID,
        ViolationCode.UNKNOWN_CHILD);
    assertThat(result.violations().get(0).message()).isEqualTo("id 'p' is used by node 3 and again by node 4");
    assertThat(result.violations().get(1).path()).containsExactly("Droom r", "Doel d");
  }

  @Test
  void selfLinkAndSelfCrossLink_areCycles() {
    ValidationResult result = TreeValidator.validate(Doelenboom.builder().addNodes(droom("r"), project("p"))
        .addLink(Link.of("p", "p")).addCrossLink(CrossLink.of("r", "r")).build());
    assertThat(result.violations()).extracting(Violation::code).containsExactly(ViolationCode.LEAF_NOT_PROJECT,
        ViolationCode.CYCLE, ViolationCode.CROSS_LINK_TO_SELF);
  }

  @Test
  void messages_areDutchForADutchLocale() {
    ValidationResult result = TreeValidator.validate(tree(List.of(droom("r"), doel("d")), Link.of("d", "r")));
    assertThat(result.violations().get(0).line(DutchText.DUTCH))
        .isEqualTo("Droom r > Doel d: LEAF_NOT_PROJECT: doel 'd' heeft geen kinderen; elk blad moet een project zijn");
  }

  @Test
  void deepChain_ofAHundredThousandValidatesWithoutStackOverflow() {
    int depth = 100_000;
    List<Node> nodes = new ArrayList<>(depth);
    List<Link> links = new ArrayList<>(depth);
    nodes.add(droom("n0"));
    nodes.add(doel("n1"));
    links.add(Link.of("n1", "n0"));
    for (int i = 2; i < depth; i++) {
      nodes.add(project("n" + i));
      links.add(Link.of("n" + i, "n" + (i - 1)));
    }
    ValidationResult result = TreeValidator.validate(Doelenboom.of(nodes, links));
    assertThat(result.violations()).extracting(Violation::code).containsExactly(ViolationCode.TOO_DEEP);
    assertThat(result.violations().get(0).path()).hasSize(TreeValidator.DEFAULT_MAX_DEPTH + 1);
    assertThat(TreeValidator.validate(Doelenboom.of(nodes, links), depth).violations()).isEmpty();
    assertThat(result.pathOf("n" + (depth - 1))).hasSize(depth);
    Doelenboom ring = Doelenboom.builder().from(Doelenboom.of(nodes, links)).addLink(Link.of("n0", "n" + (depth - 1)))
        .build();
    ValidationResult cycle = TreeValidator.validate(ring);
    assertThat(cycle.violations()).extracting(Violation::code).containsExactly(ViolationCode.ROOT_MISSING,
        ViolationCode.CYCLE, ViolationCode.LEVEL_ORDER);
    assertThat(cycle.violations().get(1).path()).hasSize(depth);
  }

  @Test
  void millionNodes_validateWithoutStackOverflow() {
    List<FlatRow> rows = BigTrees.rows(1_000_000, 100, 1);
    ValidationResult result = TreeValidator.validate(FlatRows.build(rows));
    assertThat(result.violations()).isEmpty();
    assertThat(result.leaves()).hasSize(1_000_000 - 1 - 100);
  }

  @Test
  void validate_rejectsNullAndBadDepth() {
    assertThatThrownBy(() -> TreeValidator.validate(null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> TreeValidator.validate(Doelenboom.builder().build(), 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxDepth");
  }
}
