/** A Jackson 3 module for the values and documents of opgave, with the JSON of opgave-io. */
module nl.opgave.jackson3 {
  requires transitive nl.opgave.io;
  requires transitive tools.jackson.databind;

  exports nl.opgave.jackson3;

  provides tools.jackson.databind.JacksonModule with nl.opgave.jackson3.OpgaveJackson3Module;
}
