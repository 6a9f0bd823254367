package nl.opgave.io;

import java.util.List;

/** Thrown when an outline cannot be read; carries every problem found, each with its line and column. */
public final class OutlineFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<OutlineProblem> problems;

  OutlineFormatException(List<OutlineProblem> problems) {
    super(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem, in line order. */
  public List<OutlineProblem> problems() {
    return problems;
  }

  /** Returns the line of the first problem, from 1. */
  public int line() {
    return problems.get(0).line();
  }

  /** Returns the column of the first problem, from 1. */
  public int column() {
    return problems.get(0).column();
  }
}
