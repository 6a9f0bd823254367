package nl.opgave.model.doelenboom;

import java.util.Optional;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/**
 * One node of a doelenboom: a droom, doel or project with its text, and optionally a measurable target, an owner
 * and how its children refine it. Where the node sits in the tree is given by the tree's links, not by the node.
 */
@Value.Immutable
abstract class NodeDef {
  /** The stable id, unique within its tree. */
  @Value.Parameter
  public abstract String id();

  /** The level: droom, doel or project. */
  @Value.Parameter
  public abstract Level level();

  /** The text, "10 Speelbossen in en rondom Den Haag". */
  @Value.Parameter
  public abstract String text();

  /** The measurable target, if one is agreed. */
  public abstract Optional<Target> target();

  /** Who owns the node, if anyone does. */
  public abstract Optional<Owner> owner();

  /** How the node's children refine it; empty when not stated. */
  public abstract Optional<Refinement> refinement();

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.id("#FIELD_NODE_ID", id());
    if (!Checks.isText(text(), 2000)) {
      rules.text(Checks.term(ProblemCode.FIELD_NODE_TEXT, Checks.quote(id())), text(), 2000);
    }
    rules.done();
  }
}
