package nl.opgave.io;

import java.util.StringJoiner;
import nl.opgave.io.internal.JsonName;

/** The known fields of one kind of object in their written order: matched as bytes when a document keeps it. */
final class FieldNames {
  private final String[] names;
  private final JsonName[] serialized;
  private final String known;

  private FieldNames(String... names) {
    if (names.length > 64) {
      throw new IllegalArgumentException("at most 64 fields");
    }
    this.names = names.clone();
    this.serialized = new JsonName[names.length];
    StringJoiner joiner = new StringJoiner(", ");
    for (int i = 0; i < names.length; i++) {
      serialized[i] = JsonName.of(names[i]);
      joiner.add("'" + names[i] + "'");
    }
    this.known = joiner.toString();
  }

  static FieldNames of(String... names) {
    return new FieldNames(names);
  }

  int size() {
    return names.length;
  }

  String name(int index) {
    return names[index];
  }

  JsonName serialized(int index) {
    return serialized[index];
  }

  int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** "'id', 'name', 'kind'", for problems. */
  String known() {
    return known;
  }
}
