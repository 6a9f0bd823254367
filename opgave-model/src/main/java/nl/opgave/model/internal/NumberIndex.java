package nl.opgave.model.internal;

import java.util.Arrays;

/** The position of each number in a list (table numbers): an array over the numbers, or a sorted search if sparse. */
public final class NumberIndex {
  private final int[] byNumber;
  private final int[] sortedNumbers;
  private final int[] sortedPositions;

  /** Returns an index of the numbers, which must not be negative; a number given twice keeps its first position. */
  public NumberIndex(int[] numbers) {
    int max = 0;
    for (int number : numbers) {
      max = Math.max(max, number);
    }
    if (max <= 4L * numbers.length + 1024) {
      byNumber = new int[max + 1];
      for (int t = numbers.length - 1; t >= 0; t--) {
        byNumber[numbers[t]] = t + 1;
      }
      sortedNumbers = null;
      sortedPositions = null;
    } else {
      long[] keyed = new long[numbers.length];
      for (int t = 0; t < numbers.length; t++) {
        keyed[t] = (long) numbers[t] << 32 | t;
      }
      Arrays.sort(keyed);
      int[] sorted = new int[numbers.length];
      int[] positions = new int[numbers.length];
      int size = 0;
      for (int t = 0; t < numbers.length; t++) {
        int number = (int) (keyed[t] >>> 32);
        if (size == 0 || sorted[size - 1] != number) {
          sorted[size] = number;
          positions[size++] = (int) keyed[t];
        }
      }
      byNumber = null;
      sortedNumbers = Arrays.copyOf(sorted, size);
      sortedPositions = Arrays.copyOf(positions, size);
    }
  }

  /** Returns the position of the number, or -1 if it is not in the list. */
  public int positionOf(int number) {
    if (byNumber != null) {
      return number >= 0 && number < byNumber.length ? byNumber[number] - 1 : -1;
    }
    int at = Arrays.binarySearch(sortedNumbers, number);
    return at >= 0 ? sortedPositions[at] : -1;
  }
}
