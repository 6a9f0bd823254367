package nl.opgave.test;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.workshop.doelenboom.Severity;
import nl.opgave.workshop.doelenboom.TreeValidator;
import nl.opgave.workshop.doelenboom.ValidationResult;
import nl.opgave.workshop.doelenboom.Violation;
import nl.opgave.workshop.doelenboom.ViolationCode;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;
import org.assertj.core.presentation.StandardRepresentation;

/** AssertJ assertions on a doelenboom; every failure names the violations or nodes by their path from the root. */
public final class DoelenboomAssert extends AbstractAssert<DoelenboomAssert, Doelenboom> {
  private int maxDepth = TreeValidator.DEFAULT_MAX_DEPTH;
  private ValidationResult result;

  DoelenboomAssert(Doelenboom actual) {
    super(actual, DoelenboomAssert.class);
  }

  /**
   * Validates against this depth limit instead of {@link TreeValidator#DEFAULT_MAX_DEPTH}.
   *
   * @throws IllegalArgumentException if maxDepth is less than 1
   */
  public DoelenboomAssert withMaxDepth(int maxDepth) {
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth must be at least 1, but was " + maxDepth);
    }
    this.maxDepth = maxDepth;
    this.result = null;
    return myself;
  }

  /** Verifies that the tree has no errors (warnings are allowed), listing every error as "path: CODE: message". */
  public DoelenboomAssert isValid() {
    List<Violation> errors = validation().errors();
    if (!errors.isEmpty()) {
      failWithMessage("%nExpecting doelenboom to be valid, but it has %d error(s):%n%s", errors.size(), lines(errors));
    }
    return myself;
  }

  /** Verifies that the tree has errors. */
  public DoelenboomAssert isNotValid() {
    if (validation().isValid()) {
      failWithMessage("%nExpecting doelenboom to be invalid, but it has no errors");
    }
    return myself;
  }

  /** Verifies that the tree has neither errors nor warnings. */
  public DoelenboomAssert hasNoViolations() {
    List<Violation> all = validation().violations();
    if (!all.isEmpty()) {
      failWithMessage("%nExpecting doelenboom to have no violations, but it has %d:%n%s", all.size(), lines(all));
    }
    return myself;
  }

  /** Verifies that no violation has this code. */
  public DoelenboomAssert hasNoViolation(ViolationCode code) {
    List<Violation> found = validation().violations(code);
    if (!found.isEmpty()) {
      failWithMessage("%nExpecting doelenboom to have no %s, but found:%n%s", code, lines(found));
    }
    return myself;
  }

  /**
   * Verifies that no violation has this code, given by name ("CYCLE").
   *
   * @throws IllegalArgumentException if no code has this name
   */
  public DoelenboomAssert hasNoViolation(String code) {
    return hasNoViolation(ViolationCode.valueOf(code));
  }

  /** Verifies that at least one violation has this code. */
  public DoelenboomAssert hasViolation(ViolationCode code) {
    if (!validation().has(code)) {
      failWithMessage("%nExpecting doelenboom to have %s, but its violations were:%n%s", code,
          lines(validation().violations()));
    }
    return myself;
  }

  /** Verifies that a violation with this code concerns the node at this path of texts from the root. */
  public DoelenboomAssert hasViolationAt(ViolationCode code, String... path) {
    List<String> expected = List.of(path);
    for (Violation v : validation().violations(code)) {
      if (v.path().equals(expected)) {
        return myself;
      }
    }
    failWithMessage("%nExpecting doelenboom to have %s at%n  %s%nbut its violations were:%n%s", code,
        String.join(" > ", expected), lines(validation().violations()));
    return myself;
  }

  /** Verifies that the tree has no warnings. */
  public DoelenboomAssert hasNoWarnings() {
    List<Violation> warnings = validation().warnings();
    if (!warnings.isEmpty()) {
      failWithMessage("%nExpecting doelenboom to have no warnings, but it has %d:%n%s", warnings.size(),
          lines(warnings));
    }
    return myself;
  }

  /** Verifies that the tree has exactly one root and that its text is the given one. */
  public DoelenboomAssert hasRoot(String text) {
    isNotNull();
    List<String> roots = actual.roots().stream().map(Node::text).collect(Collectors.toList());
    if (roots.size() != 1 || !roots.get(0).equals(text)) {
      failWithMessage("%nExpecting doelenboom to have the one root%n  \"%s\"%nbut its roots were%n  %s", text, roots);
    }
    return myself;
  }

  /**
   * Returns assertions on the leaves (nodes without children), in node order; a failing element is shown as its
   * path from the root and its id.
   */
  public ListAssert<Node> leaves() {
    List<Node> leaves = validation().leaves();
    Map<Node, String> paths = new IdentityHashMap<>();
    for (Node leaf : leaves) {
      paths.put(leaf, String.join(" > ", validation().pathOf(leaf.id())) + " [" + leaf.id() + ", "
          + leaf.level().label() + "]");
    }
    return Assertions.assertThat(leaves).as("leaves of the doelenboom")
        .withRepresentation(new PathRepresentation(paths));
  }

  /** Returns the validation the assertions use. */
  public ValidationResult validation() {
    isNotNull();
    if (result == null) {
      result = TreeValidator.validate(actual, maxDepth);
    }
    return result;
  }

  private static String lines(List<Violation> violations) {
    List<String> lines = new ArrayList<>();
    for (Violation v : violations) {
      lines.add("  " + (v.severity() == Severity.WARNING ? "(warning) " : "") + v);
    }
    return String.join(System.lineSeparator(), lines);
  }

  private static final class PathRepresentation extends StandardRepresentation {
    private final Map<Node, String> paths;

    PathRepresentation(Map<Node, String> paths) {
      this.paths = paths;
    }

    @Override
    public String toStringOf(Object object) {
      String path = object instanceof Node ? paths.get(object) : null;
      return path != null ? path : super.toStringOf(object);
    }
  }
}
