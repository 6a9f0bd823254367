package nl.opgave.io;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One participant as a spreadsheet lists it: a name, and optionally the organisation, the table the participant
 * hosts, and the side (perspective) the participant brings.
 *
 * @param line the 1-based line of the row in its file, for messages
 * @param name the name as written, never blank
 * @param organisation the organisation as written
 * @param hostTable the number (from 1) of the table the participant hosts
 * @param side the side or perspective, such as "overheid" or "inwoner"
 */
public record ParticipantRow(int line, String name, Optional<String> organisation, OptionalInt hostTable,
    Optional<String> side) {

  /**
   * Checks the row.
   *
   * @throws IllegalArgumentException if name is blank, line is negative or hostTable is not positive
   * @throws NullPointerException if an argument is null
   */
  public ParticipantRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(hostTable, "hostTable");
    Objects.requireNonNull(side, "side");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative, but was " + line);
    }
    if (hostTable.isPresent() && hostTable.getAsInt() < 1) {
      throw new IllegalArgumentException("hostTable must be positive, but was " + hostTable.getAsInt());
    }
  }
}
