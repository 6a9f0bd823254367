package nl.opgave.workshop.doelenboom;

import java.util.Optional;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Target;
import org.immutables.value.Value;

/**
 * One row of a doelenboom as a portal's database holds it: id, parent id (empty for the root), level, text and
 * optionally a measurable target.
 */
@Value.Immutable
abstract class FlatRowDef {
  /** The node's id. */
  public abstract String id();

  /** The parent's id; empty for a root. */
  public abstract Optional<String> parentId();

  /** The level. */
  public abstract Level level();

  /** The text. */
  public abstract String text();

  /** The measurable target, if the row has one. */
  public abstract Optional<Target> target();

  /**
   * Returns a row; parentId may be null for a root.
   *
   * @throws nl.opgave.model.InvalidValueException if id, level or text is null
   */
  public static FlatRow of(String id, String parentId, Level level, String text) {
    return FlatRow.builder().id(id).parentId(Optional.ofNullable(parentId)).level(level).text(text).build();
  }
}
