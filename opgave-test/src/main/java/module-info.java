/** AssertJ assertions for opgave values, for host applications' tests. */
module nl.opgave.test {
  requires transitive nl.opgave.model;
  requires transitive nl.opgave.workshop;
  requires transitive org.assertj.core;

  exports nl.opgave.test;
}
