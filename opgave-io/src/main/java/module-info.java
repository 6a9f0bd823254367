/** Reading and writing the values of nl.opgave.model: JSON, CSV, iCalendar, JSON Schema, diagram text and outlines. */
module nl.opgave.io {
  requires transitive nl.opgave.model;
  requires static org.immutables.value.annotations;
  requires org.slf4j;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports nl.opgave.io;
  exports nl.opgave.io.internal to nl.opgave.jackson3;

  provides com.fasterxml.jackson.databind.Module with nl.opgave.io.OpgaveModule;
}
