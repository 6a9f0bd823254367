package nl.opgave.workshop.rotation;

/**
 * Fills arrays by copying a filled prefix onto the rest, doubling it each time: a few bulk copies even where the
 * code runs cold (interpreted), where a loop over every element of a big array would be slow.
 */
final class Fill {
  private Fill() {}

  static void fill(int[] array, int value) {
    if (array.length > 0) {
      array[0] = value;
      spread(array, array.length);
    }
  }

  static void fill(boolean[] array, boolean value) {
    if (array.length > 0) {
      array[0] = value;
      spread(array, array.length);
    }
  }

  static void fill(Object[] array, Object value) {
    if (array.length > 0) {
      array[0] = value;
      spread(array, array.length);
    }
  }

  private static void spread(Object array, int length) {
    for (int done = 1; done < length; done += done) {
      System.arraycopy(array, 0, array, done, Math.min(done, length - done));
    }
  }
}
