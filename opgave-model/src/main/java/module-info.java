/** Immutable values of opgavegericht werken; depends on nothing but the JDK at run time. */
module nl.opgave.model {
  requires static org.immutables.value.annotations;

  exports nl.opgave.model;
  exports nl.opgave.model.community;
  exports nl.opgave.model.cafe;
  exports nl.opgave.model.doelenboom;
  exports nl.opgave.model.seed;
  exports nl.opgave.model.internal to nl.opgave.workshop, nl.opgave.io, nl.opgave.test;
  exports nl.opgave.model.internal.doelenboom to nl.opgave.workshop, nl.opgave.io;
}
