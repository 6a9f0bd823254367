/**
 * Jackson 3 support: {@link nl.opgave.jackson3.OpgaveJackson3Module} reads and writes opgave's values and documents
 * with a host's {@code tools.jackson.databind.json.JsonMapper}, as opgave-io's {@code OpgaveModule} does for
 * Jackson 2.
 */
package nl.opgave.jackson3;
