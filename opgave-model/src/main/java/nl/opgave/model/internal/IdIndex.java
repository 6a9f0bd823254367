package nl.opgave.model.internal;

/** The position of each id in a list, in open-addressed arrays: no entry or boxed position per id. */
public final class IdIndex {
  private final String[] keys;
  private final int[] positions;
  private final int mask;

  /** Returns an index with room for the given number of ids. */
  public IdIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    keys = new String[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
  }

  /** Puts the id at the position; returns the position it had, or -1 if it was new. */
  public int put(String id, int position) {
    int slot = slot(id);
    while (keys[slot] != null) {
      if (keys[slot].equals(id)) {
        int had = positions[slot];
        positions[slot] = position;
        return had;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = id;
    positions[slot] = position;
    return -1;
  }

  /** Returns the position of the id, or -1 if it has none. */
  public int get(String id) {
    int slot = slot(id);
    while (keys[slot] != null) {
      if (keys[slot].equals(id)) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private int slot(String id) {
    int h = id.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
