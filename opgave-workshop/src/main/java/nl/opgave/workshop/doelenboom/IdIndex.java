package nl.opgave.workshop.doelenboom;

import java.util.Arrays;

/** An open-addressing map from node id to the first index that uses it; sized once, no boxing. */
final class IdIndex {
  private final String[] keys;
  private final int[] values;
  private final int mask;

  IdIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    keys = new String[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    Arrays.fill(values, -1);
  }

  /** Stores the index unless the id is present; returns the index already stored, or -1. */
  int putIfAbsent(String id, int index) {
    int slot = spread(id.hashCode()) & mask;
    while (keys[slot] != null) {
      if (keys[slot].equals(id)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = id;
    values[slot] = index;
    return -1;
  }

  int get(String id) {
    int slot = spread(id.hashCode()) & mask;
    while (keys[slot] != null) {
      if (keys[slot].equals(id)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
