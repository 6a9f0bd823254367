package nl.opgave.workshop.rotation;

import java.util.Arrays;

/** How often each pair has met: a dense byte matrix for up to {@link #DENSE_LIMIT} people, a hash table above. */
abstract class Meetings {
  static final int DENSE_LIMIT = 6_000;

  abstract int get(int p, int q);

  /** Adds one meeting and returns the count before. */
  abstract int increment(int p, int q);

  /** Removes one meeting and returns the count before. */
  abstract int decrement(int p, int q);

  abstract void clear();

  static Meetings of(int n, long expectedPairs) {
    return n <= DENSE_LIMIT ? new Dense(n) : new Hashed(n, expectedPairs);
  }

  static final class Dense extends Meetings {
    private final int n;
    private final byte[] counts;

    Dense(int n) {
      this.n = n;
      counts = new byte[n * n];
    }

    byte[] counts() {
      return counts;
    }

    @Override
    int get(int p, int q) {
      return counts[p * n + q];
    }

    @Override
    int increment(int p, int q) {
      int before = counts[p * n + q];
      counts[p * n + q] = (byte) (before + 1);
      counts[q * n + p] = (byte) (before + 1);
      return before;
    }

    @Override
    int decrement(int p, int q) {
      int before = counts[p * n + q];
      counts[p * n + q] = (byte) (before - 1);
      counts[q * n + p] = (byte) (before - 1);
      return before;
    }

    @Override
    void clear() {
      Arrays.fill(counts, (byte) 0);
    }
  }

  static final class Hashed extends Meetings {
    private final long n;
    private long[] keys;
    private byte[] values;
    private int size;
    private int mask;

    Hashed(int n, long expectedPairs) {
      this.n = n;
      int capacity = Integer.highestOneBit((int) Math.min(1 << 28, Math.max(16, expectedPairs * 2))) << 1;
      keys = new long[capacity];
      values = new byte[capacity];
      Arrays.fill(keys, -1L);
      mask = capacity - 1;
    }

    private long key(int p, int q) {
      return p < q ? p * n + q : q * n + p;
    }

    private int slot(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      int i = (int) (h >>> 40) & mask;
      while (keys[i] != -1L && keys[i] != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    @Override
    int get(int p, int q) {
      int i = slot(key(p, q));
      return keys[i] == -1L ? 0 : values[i];
    }

    @Override
    int increment(int p, int q) {
      long key = key(p, q);
      int i = slot(key);
      if (keys[i] == -1L) {
        keys[i] = key;
        values[i] = 1;
        if (++size * 2 > keys.length) {
          grow();
        }
        return 0;
      }
      int before = values[i];
      values[i] = (byte) (before + 1);
      return before;
    }

    @Override
    int decrement(int p, int q) {
      int i = slot(key(p, q));
      int before = values[i];
      values[i] = (byte) (before - 1);
      return before;
    }

    @Override
    void clear() {
      Arrays.fill(keys, -1L);
      Arrays.fill(values, (byte) 0);
      size = 0;
    }

    private void grow() {
      long[] oldKeys = keys;
      byte[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new byte[oldKeys.length * 2];
      Arrays.fill(keys, -1L);
      mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != -1L) {
          int j = slot(oldKeys[i]);
          keys[j] = oldKeys[i];
          values[j] = oldValues[i];
        }
      }
    }
  }
}
