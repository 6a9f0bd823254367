package nl.opgave.workshop.doelenboom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.doelenboom.TreeIndex;

/** Every violation found in a doelenboom, errors and warnings, in the order of the nodes they concern. */
public final class ValidationResult {
  private final TreeIndex index;
  private final List<Violation> violations;
  private final int maxDepth;

  ValidationResult(TreeIndex index, List<Violation> violations, int maxDepth) {
    this.index = index;
    this.violations = Collections.unmodifiableList(violations);
    this.maxDepth = maxDepth;
  }

  /** Returns the tree that was validated. */
  public Doelenboom tree() {
    return index.tree;
  }

  /** Returns the depth limit the tree was validated against. */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Returns every violation: tree-wide ones first, then by node, then links from unknown children, then
   * cross-links.
   */
  public List<Violation> violations() {
    return violations;
  }

  /** Returns whether the tree has no errors; it may have warnings. */
  public boolean isValid() {
    for (Violation v : violations) {
      if (v.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** Returns the errors. */
  public List<Violation> errors() {
    return of(Severity.ERROR);
  }

  /** Returns the warnings. */
  public List<Violation> warnings() {
    return of(Severity.WARNING);
  }

  /** Returns the violations with this code. */
  public List<Violation> violations(ViolationCode code) {
    List<Violation> found = new ArrayList<>();
    for (Violation v : violations) {
      if (v.code() == code) {
        found.add(v);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /** Returns whether a violation with this code was found. */
  public boolean has(ViolationCode code) {
    for (Violation v : violations) {
      if (v.code() == code) {
        return true;
      }
    }
    return false;
  }

  /** Returns the nodes without children, in node order. */
  public List<Node> leaves() {
    List<Node> leaves = new ArrayList<>();
    for (int i = 0; i < index.n; i++) {
      if (index.childCount(i) == 0 && index.duplicateOf[i] < 0) {
        leaves.add(index.nodes[i]);
      }
    }
    return Collections.unmodifiableList(leaves);
  }

  /**
   * Returns the texts from the top of the node's ancestry down to the node with this id.
   *
   * @throws InvalidValueException if no node has this id
   */
  public List<String> pathOf(String nodeId) {
    int i = nodeId == null ? -1 : index.ids.get(nodeId);
    if (i < 0) {
      throw InvalidValueException.of(ProblemCode.NODE_UNKNOWN, Checks.quote(nodeId));
    }
    return index.pathTexts(i);
  }

  private List<Violation> of(Severity severity) {
    List<Violation> found = new ArrayList<>();
    for (Violation v : violations) {
      if (v.severity() == severity) {
        found.add(v);
      }
    }
    return Collections.unmodifiableList(found);
  }
}
