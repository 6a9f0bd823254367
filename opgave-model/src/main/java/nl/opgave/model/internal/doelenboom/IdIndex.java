package nl.opgave.model.internal.doelenboom;

import nl.opgave.model.doelenboom.Node;

/** An open-addressing map from node id to the first node index that uses it, one packed long per slot. */
public final class IdIndex {
  private final Node[] nodes;
  private final long[] slots;
  private final int mask;
  private final int shift;

  public IdIndex(Node[] nodes) {
    this.nodes = nodes;
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(4, nodes.length) * 2 - 1);
    slots = new long[1 << bits];
    mask = slots.length - 1;
    shift = 32 - bits;
  }

  /** Stores node index i unless its id is present; returns the index already stored, or -1. */
  public int putIfAbsent(int i) {
    String id = nodes[i].id();
    int hash = id.hashCode();
    int slot = slot(id, hash);
    long entry = slots[slot];
    if (entry != 0) {
      return (int) entry - 1;
    }
    slots[slot] = ((long) hash << 32) | ((i + 1) & 0xFFFFFFFFL);
    return -1;
  }

  /** Returns the index of the first node with this id, or -1. */
  public int get(String id) {
    long entry = slots[slot(id, id.hashCode())];
    return entry == 0 ? -1 : (int) entry - 1;
  }

  private int slot(String id, int hash) {
    int slot = (hash * 0x9E3779B9) >>> shift;
    long entry;
    while ((entry = slots[slot]) != 0) {
      if ((int) (entry >>> 32) == hash) {
        String key = nodes[(int) entry - 1].id();
        if (key == id || key.equals(id)) {
          return slot;
        }
      }
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
