package nl.opgave.model.doelenboom;

import nl.opgave.model.DutchText;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;

/** The three levels of a doelenboom, from the dream down to the projects; children never sit above parents. */
public enum Level {
  /** The dream: why we do it ("Waarom?"), the root of the tree. */
  DROOM("droom", "Waarom?"),
  /** A goal: what must change ("Wat?"). */
  DOEL("doel", "Wat?"),
  /** A project: how we get there ("Hoe?"), the leaves of the tree. */
  PROJECT("project", "Hoe?");

  private static final Level[] VALUES = values();

  private final String label;
  private final String question;

  Level(String label, String question) {
    this.label = label;
    this.question = question;
  }

  /** Returns the Dutch label, "doel". */
  public String label() {
    return label;
  }

  /** Returns the question the level answers on the seed's slide, "Wat?". */
  public String question() {
    return question;
  }

  /** Returns the depth this level has in a three-level tree: 0 for droom, 1 for doel, 2 for project. */
  public int depth() {
    return ordinal();
  }

  /**
   * Returns the level at a depth of a three-level tree.
   *
   * @throws InvalidValueException if depth is not 0, 1 or 2
   */
  public static Level atDepth(int depth) {
    if (depth < 0 || depth >= VALUES.length) {
      throw InvalidValueException.of(ProblemCode.LEVEL_DEPTH, depth);
    }
    return VALUES[depth];
  }

  /**
   * Reads a level from its label or its question word, ignoring case and accents: "droom" or "waarom", "doel" or
   * "wat", "project" or "hoe" (a trailing question mark is allowed).
   *
   * @throws InvalidValueException if text names no level
   */
  public static Level parse(String text) {
    String key = text == null ? "" : DutchText.fold(text);
    if (key.endsWith("?")) {
      key = key.substring(0, key.length() - 1).strip();
    }
    switch (key) {
      case "droom":
      case "waarom":
        return DROOM;
      case "doel":
      case "wat":
        return DOEL;
      case "project":
      case "hoe":
        return PROJECT;
      default:
        throw InvalidValueException.of(ProblemCode.LEVEL_UNKNOWN, Checks.quote(text));
    }
  }
}
