/** Pure functions of opgavegericht werken over the values of nl.opgave.model. */
module nl.opgave.workshop {
  requires transitive nl.opgave.model;
  requires static org.immutables.value.annotations;
  requires org.slf4j;

  exports nl.opgave.workshop.rotation;
  exports nl.opgave.workshop.doelenboom;
}
