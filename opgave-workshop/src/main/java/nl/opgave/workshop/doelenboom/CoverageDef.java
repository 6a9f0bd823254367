package nl.opgave.workshop.doelenboom;

import java.util.List;
import org.immutables.value.Value;

/**
 * How much of a doelenboom a set of projects covers. A node is covered when a project serves it, or when its
 * children cover it: any one child for an OR refinement, every child otherwise.
 */
@Value.Immutable
abstract class CoverageDef {
  /** The ids of the covered nodes, in node order. */
  public abstract List<String> coveredNodeIds();

  /** The number of leaves. */
  public abstract int leafCount();

  /** The number of covered leaves. */
  public abstract int coveredLeafCount();

  /** Whether the first root, the droom, is covered. */
  public abstract boolean rootCovered();

  /** Returns the share of leaves covered, from 0 to 1; 0 for a tree without leaves. */
  public double share() {
    return leafCount() == 0 ? 0 : (double) coveredLeafCount() / leafCount();
  }
}
