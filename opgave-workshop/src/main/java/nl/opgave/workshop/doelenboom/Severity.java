package nl.opgave.workshop.doelenboom;

/** How bad a violation is: an error makes a tree invalid, a warning does not. */
public enum Severity {
  /** The tree is invalid. */
  ERROR,
  /** The tree is valid but probably not what was meant. */
  WARNING
}
