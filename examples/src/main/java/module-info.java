/** The opgave command line (demo and organisers' tools) and the example programs. */
module nl.opgave.examples {
  requires nl.opgave.model;
  requires nl.opgave.workshop;
  requires nl.opgave.io;
  requires nl.opgave.pdf;
  requires static org.immutables.value.annotations;
  requires jdk.httpserver;
  requires java.net.http; // the portal example's tests call it over HTTP

  requires com.fasterxml.jackson.databind;
}
