package nl.opgave.test;

import nl.opgave.model.doelenboom.Doelenboom;

/**
 * Entry point of opgave's AssertJ assertions for host tests: {@code assertThat(tree).isValid()}. Import it
 * statically next to (or instead of) AssertJ's own {@code Assertions.assertThat}.
 */
public final class OpgaveAssertions {
  private OpgaveAssertions() {}

  /** Returns assertions on a doelenboom; failure messages name the node path from the root. */
  public static DoelenboomAssert assertThat(Doelenboom actual) {
    return new DoelenboomAssert(actual);
  }
}
