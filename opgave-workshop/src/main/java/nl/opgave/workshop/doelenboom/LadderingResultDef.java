package nl.opgave.workshop.doelenboom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.opgave.model.doelenboom.Doelenboom;
import org.immutables.value.Value;

/** A doelenboom built from laddering chains, with who said what. */
@Value.Immutable
abstract class LadderingResultDef {
  /** The tree: a draft, whose leaves are doelen until the circle adds projects. */
  public abstract Doelenboom doelenboom();

  /** Every statement and reason as said, in the order of the chains. */
  public abstract List<Attribution> attributions();

  /** Returns the attributions of one node, in the order of the chains. */
  public List<Attribution> attributionsOf(String nodeId) {
    List<Attribution> found = new ArrayList<>();
    for (Attribution a : attributions()) {
      if (a.nodeId().equals(nodeId)) {
        found.add(a);
      }
    }
    return Collections.unmodifiableList(found);
  }
}
