package nl.opgave.workshop.doelenboom;

import org.immutables.value.Value;

/** One problem in an outline, at a line and column (both from 1; columns count characters). */
@Value.Immutable
abstract class OutlineProblemDef {
  /** The line, from 1. */
  @Value.Parameter
  public abstract int line();

  /** The column, from 1, counting characters (code points). */
  @Value.Parameter
  public abstract int column();

  /** What is wrong, in English. */
  @Value.Parameter
  public abstract String message();

  /** Returns "line 3, column 5: message". */
  @Override
  public String toString() {
    return "line " + line() + ", column " + column() + ": " + message();
  }
}
