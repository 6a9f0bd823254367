package nl.opgave.model.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;

/** The rules of one value checked together: every broken rule is collected, {@link #done} throws them all. */
public final class Rules {
  private List<ProblemMessage> problems;

  public void id(String field, String value) {
    if (!Checks.isId(value)) {
      add(Checks.idProblem(field, value));
    }
  }

  public void text(String field, String value, int maxLength) {
    if (!Checks.isText(value, maxLength)) {
      add(Checks.textProblem(field, value, maxLength));
    }
  }

  public void positive(String field, int value) {
    if (value <= 0) {
      add(Checks.positiveProblem(field, value));
    }
  }

  public void nonNegative(String field, int value) {
    if (value < 0) {
      add(Checks.nonNegativeProblem(field, value));
    }
  }

  public <T> void uniqueIds(String field, Collection<T> values, Function<T, String> id) {
    add(Checks.uniqueIdsProblem(field, values, id));
  }

  public void check(boolean condition, ProblemCode code, Object... arguments) {
    if (!condition) {
      add(ProblemMessage.of(code, arguments));
    }
  }

  public void report(List<ProblemMessage> found) {
    found.forEach(this::add);
  }

  /** Adds the problem unless it is null. */
  public void report(ProblemMessage problem) {
    add(problem);
  }

  /** Throws every problem found, if any. */
  public void done() {
    if (problems != null) {
      throw InvalidValueException.of(problems);
    }
  }

  private void add(ProblemMessage problem) {
    if (problem != null) {
      if (problems == null) {
        problems = new ArrayList<>();
      }
      problems.add(problem);
    }
  }
}
