package nl.opgave.workshop.doelenboom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.internal.Checks;

/** Builds a doelenboom from flat rows (id, parent id, level, text), the shape a portal's database holds. */
public final class FlatRows {
  private FlatRows() {}

  /**
   * Builds the tree: one node per row in row order, one link per row with a parent id. The structure is taken as
   * given; validate the result to find cycles, missing parents and the like.
   *
   * @throws InvalidValueException listing every row (numbered from 1) with an invalid id, parent id or text
   */
  public static Doelenboom build(List<FlatRow> rows) {
    if (rows == null) {
      throw InvalidValueException.of(ProblemCode.NULL_VALUE, "#" + ProblemCode.FIELD_ROWS.name());
    }
    List<Node> nodes = new ArrayList<>(rows.size());
    List<Link> links = new ArrayList<>(rows.size());
    List<ProblemMessage> problems = new ArrayList<>();
    int number = 0;
    for (FlatRow row : rows) {
      number++;
      if (row == null) {
        problems.add(ProblemMessage.of(ProblemCode.ROW_NULL, number));
        continue;
      }
      try {
        nodes.add(Node.builder().id(row.id()).level(row.level()).text(row.text()).target(row.target()).build());
        Optional<String> parentId = row.parentId();
        if (parentId.isPresent()) {
          links.add(Link.of(row.id(), parentId.get()));
        }
      } catch (InvalidValueException e) {
        for (ProblemMessage detail : e.details()) {
          if (problems.size() < 1000) {
            problems.add(ProblemMessage.of(ProblemCode.ROW_PROBLEM, number, Checks.term(detail.code(),
                detail.arguments().toArray())));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw InvalidValueException.of(problems);
    }
    return Doelenboom.of(nodes, links);
  }
}
