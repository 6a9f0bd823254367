package nl.opgave.examples.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.opgave.io.DoelenboomOutline;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.io.OpgaveJson;
import nl.opgave.io.OutlineFormatException;
import nl.opgave.io.OutlineProblem;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.GroeneCirkel;
import nl.opgave.workshop.doelenboom.Severity;
import nl.opgave.workshop.doelenboom.TreeValidator;
import nl.opgave.workshop.doelenboom.ValidationResult;
import nl.opgave.workshop.doelenboom.Violation;
import nl.opgave.workshop.rotation.RotationPlanner;

/**
 * The rules behind each kind of file, for every command that reads one: the reader's problems, then the
 * functions behind the document type (workshop's doelenboom validation and rotation plan check), each placed at its
 * line, column and JSON Pointer; printed the same way everywhere.
 */
final class Judge {
  private Judge() {}

  /**
   * A file read: the value (null when the reader refused it) and every problem, errors and warnings, each list in
   * the order of the file (line, then column), problems at one place in the order they were found.
   */
  record Verdict(Object value, List<Problem> problems, List<Problem> warnings) {
    boolean valid() {
      return problems.isEmpty();
    }
  }

  /** Reads a JSON document of any type and applies the rules behind its type. */
  static Verdict json(byte[] bytes, String source, int maxDepth) {
    Object value;
    try {
      value = OpgaveJson.standard().read(bytes, source);
    } catch (OpgaveFormatException e) {
      return new Verdict(null, e.problems(), List.of());
    }
    Doelenboom tree = null;
    String at = "";
    if (value instanceof Doelenboom) {
      tree = (Doelenboom) value;
    } else if (value instanceof GroeneCirkel) {
      tree = ((GroeneCirkel) value).doelenboom();
      at = "/doelenboom";
    }
    if (value instanceof RotationPlan) {
      List<Problem> broken = new ArrayList<>();
      for (ProblemMessage rule : RotationPlanner.checkProblems((RotationPlan) value)) {
        broken.add(new Problem(source, 0, 0, "/seatings", rule));
      }
      return new Verdict(value, inFileOrder(OpgaveJson.standard().locate(bytes, broken)), List.of());
    }
    if (tree == null) {
      return new Verdict(value, List.of(), List.of());
    }
    List<List<Problem>> found = violations(tree, source, at, maxDepth);
    return new Verdict(value, inFileOrder(OpgaveJson.standard().locate(bytes, found.get(0))),
        inFileOrder(OpgaveJson.standard().locate(bytes, found.get(1))));
  }

  /** Reads a doelenboom outline and applies workshop's doelenboom validation. */
  static Verdict outline(byte[] bytes, String source, int maxDepth) {
    Doelenboom tree;
    try {
      tree = DoelenboomOutline.parse(bytes);
    } catch (OutlineFormatException e) {
      return new Verdict(null, problems(e, source), List.of());
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<List<Problem>> found = violations(tree, source, "", maxDepth);
    return new Verdict(tree, inFileOrder(DoelenboomOutline.locate(text, found.get(0))),
        inFileOrder(DoelenboomOutline.locate(text, found.get(1))));
  }

  /** Returns problems found after reading in the order of the file; unplaced ones last, ties as found. */
  private static List<Problem> inFileOrder(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt((Problem p) -> p.line() <= 0 ? Integer.MAX_VALUE : p.line())
        .thenComparingInt(Problem::column));
    return List.copyOf(sorted);
  }

  /** Returns the outline reader's problems as problems with codes. */
  static List<Problem> problems(OutlineFormatException e, String source) {
    List<Problem> problems = new ArrayList<>();
    for (OutlineProblem problem : e.problems()) {
      problems.add(new Problem(source, problem.line(), problem.column(), "", problem.error().problemCode(),
          problem.args()));
    }
    return problems;
  }

  private static List<List<Problem>> violations(Doelenboom tree, String source, String at, int maxDepth) {
    ValidationResult result = TreeValidator.validate(tree, maxDepth);
    List<Problem> errors = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    for (Violation violation : result.violations()) {
      Problem problem = new Problem(source, 0, 0, at + violation.pointer(), violation.problemMessage());
      (violation.severity() == Severity.ERROR ? errors : warnings).add(problem);
    }
    return List.of(errors, warnings);
  }

  /**
   * Returns the line the CLI prints for a problem: {@code FILE:line:col: /pointer: message; expected X}
   * ({@link Problem#render}), in Dutch for a Dutch locale; without the pointer where the file has none (outlines).
   */
  static String line(Problem problem, Locale locale, boolean pointer) {
    if (pointer) {
      return problem.render(locale);
    }
    String place = problem.source() + ":" + problem.line() + ":" + problem.column() + ": ";
    String whole = new Problem(problem.source(), problem.line(), problem.column(), "", problem.code(),
        problem.arguments()).render(locale);
    return place + whole.substring(place.length() + "/: ".length());
  }
}
