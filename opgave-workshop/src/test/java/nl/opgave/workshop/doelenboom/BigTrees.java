package nl.opgave.workshop.doelenboom;

import java.util.ArrayList;
import java.util.List;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Target;

/** Large generated trees for tests and benchmarks. */
final class BigTrees {
  private BigTrees() {}

  /**
   * Returns flat rows of a valid three-level tree: one droom, the given number of doelen, and projects spread over
   * the doelen, in breadth-first order (children of one parent together, as a portal query ordered by parent
   * returns them). Every project has a distinct text and a target.
   */
  static List<FlatRow> rows(int size, int doelen, long seed) {
    List<FlatRow> rows = new ArrayList<>(size);
    rows.add(FlatRow.of("droom", null, Level.DROOM, "Gezonde kinderen in een groene stad " + seed));
    for (int d = 0; d < doelen; d++) {
      rows.add(FlatRow.of("d" + d, "droom", Level.DOEL, "Doel " + d));
    }
    int projects = size - 1 - doelen;
    Target target = Target.of(10, "speelbossen");
    for (int d = 0; d < doelen; d++) {
      int from = (int) ((long) projects * d / doelen);
      int to = (int) ((long) projects * (d + 1) / doelen);
      String parent = "d" + d;
      for (int p = from; p < to; p++) {
        rows.add(FlatRow.builder().id("p" + p).parentId(parent).level(Level.PROJECT)
            .text("Project " + p + " voor doel " + d).target(target).build());
      }
    }
    return rows;
  }
}
