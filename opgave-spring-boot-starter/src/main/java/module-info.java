/** Spring Boot 4 auto-configuration for opgave: OpgaveJson, the Jackson 3 module, problem details, read limits. */
module nl.opgave.spring.boot {
  requires transitive nl.opgave.io;
  requires transitive nl.opgave.jackson3;
  requires spring.boot;
  requires spring.boot.autoconfigure;
  requires spring.beans;
  requires spring.context;
  requires spring.core;
  requires static spring.web;
  requires static spring.webmvc;
  requires static jakarta.servlet;

  exports nl.opgave.spring.boot;

  opens nl.opgave.spring.boot to spring.core, spring.beans, spring.context;
}
