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

  /** Open addressing over one array: a pair's key plus one in the low 56 bits of its entry, its count in the top 8. */
  static final class Hashed extends Meetings {
    private static final long KEY = (1L << 56) - 1;
    private static final long ONE = 1L << 56;
    private final long n;
    private long[] entries;
    private int size;
    private int mask;

    Hashed(int n, long expectedPairs) {
      this.n = n;
      int capacity = Integer.highestOneBit((int) Math.min(1 << 28, Math.max(16, expectedPairs * 2))) << 1;
      entries = new long[capacity];
      mask = capacity - 1;
    }

    private long key(int p, int q) {
      return (p < q ? p * n + q : q * n + p) + 1;
    }

    private int slot(long key) {
      long h = (key - 1) * 0x9E3779B97F4A7C15L;
      int i = (int) (h >>> 40) & mask;
      long e;
      while ((e = entries[i]) != 0 && (e & KEY) != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    @Override
    int get(int p, int q) {
      return (int) (entries[slot(key(p, q))] >> 56);
    }

    @Override
    int increment(int p, int q) {
      long key = key(p, q);
      int i = slot(key);
      long e = entries[i];
      if (e == 0) {
        entries[i] = key | ONE;
        if (++size * 2 > entries.length) {
          grow();
        }
        return 0;
      }
      entries[i] = e + ONE;
      return (int) (e >> 56);
    }

    @Override
    int decrement(int p, int q) {
      int i = slot(key(p, q));
      long e = entries[i];
      if (e == 0) {
        return 0;
      }
      entries[i] = e - ONE;
      return (int) (e >> 56);
    }

    @Override
    void clear() {
      Arrays.fill(entries, 0L);
      size = 0;
    }

    private void grow() {
      long[] old = entries;
      entries = new long[old.length * 2];
      mask = entries.length - 1;
      for (long e : old) {
        if (e != 0) {
          entries[slot(e & KEY)] = e;
        }
      }
    }
  }
}
