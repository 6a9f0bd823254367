package nl.opgave.io;

/** The ids of one small scope, so that references to them share the id's string instead of copying it. */
final class Ids {
  private String[] table = new String[16];
  private int size;

  void add(String id) {
    if (id == null || find(id) != null) {
      return;
    }
    if (2 * (size + 1) > table.length) {
      String[] old = table;
      table = new String[old.length * 2];
      for (String known : old) {
        if (known != null) {
          insert(known);
        }
      }
    }
    insert(id);
    size++;
  }

  private void insert(String id) {
    int mask = table.length - 1;
    int i = spread(id.hashCode()) & mask;
    while (table[i] != null) {
      i = (i + 1) & mask;
    }
    table[i] = id;
  }

  private String find(String id) {
    int mask = table.length - 1;
    for (int i = spread(id.hashCode()) & mask; table[i] != null; i = (i + 1) & mask) {
      if (table[i].equals(id)) {
        return table[i];
      }
    }
    return null;
  }

  /** The known id with these characters, or null. */
  String find(char[] text, int offset, int length) {
    int hash = 0;
    for (int k = offset; k < offset + length; k++) {
      hash = 31 * hash + text[k];
    }
    int mask = table.length - 1;
    for (int i = spread(hash) & mask; table[i] != null; i = (i + 1) & mask) {
      String id = table[i];
      if (id.length() == length && id.hashCode() == hash && same(id, text, offset)) {
        return id;
      }
    }
    return null;
  }

  private static boolean same(String id, char[] text, int offset) {
    for (int k = 0; k < id.length(); k++) {
      if (id.charAt(k) != text[offset + k]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
