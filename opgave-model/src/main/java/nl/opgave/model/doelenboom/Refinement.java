package nl.opgave.model.doelenboom;

/** How a parent's children refine it (iStar 2.0): all are needed, or any one will do. */
public enum Refinement {
  /** Every child is needed to reach the parent. */
  AND,
  /** The children are alternatives: any one reaches the parent. */
  OR
}
