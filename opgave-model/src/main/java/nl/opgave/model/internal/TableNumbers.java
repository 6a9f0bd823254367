package nl.opgave.model.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;

/**
 * An unmodifiable list of table numbers kept as ints: one round's seats without a boxed element each. Whoever
 * creates one hands over the array and never writes to it again.
 */
public final class TableNumbers extends AbstractList<Integer> implements RandomAccess {
  private static final TableNumbers EMPTY = new TableNumbers(new int[0]);
  private final int[] numbers;

  private TableNumbers(int[] numbers) {
    this.numbers = numbers;
  }

  /** Returns a list over the array, which the caller must not change afterwards. */
  public static TableNumbers adopt(int[] numbers) {
    return numbers.length == 0 ? EMPTY : new TableNumbers(numbers);
  }

  /**
   * Returns a list of the elements: the list itself if it is one already.
   *
   * @throws InvalidValueException if an element is null, with the generated values' problem
   */
  public static TableNumbers copyOf(Iterable<Integer> elements) {
    if (elements instanceof TableNumbers) {
      return (TableNumbers) elements;
    }
    int[] numbers = new int[elements instanceof Collection ? ((Collection<?>) elements).size() : 16];
    int size = 0;
    for (Integer element : elements) {
      if (element == null) {
        throw InvalidValueException.of(ProblemCode.NULL_VALUE, "element");
      }
      if (size == numbers.length) {
        numbers = Arrays.copyOf(numbers, Math.max(16, size * 2));
      }
      numbers[size++] = element;
    }
    return adopt(size == numbers.length ? numbers : Arrays.copyOf(numbers, size));
  }

  /** Returns the table number at the index. */
  public int at(int index) {
    return numbers[index];
  }

  /** Returns the first index of a negative number, or -1. */
  public int firstNegative(int from) {
    for (int i = from; i < numbers.length; i++) {
      if (numbers[i] < 0) {
        return i;
      }
    }
    return -1;
  }

  /** Copies the numbers into the array from position 0. */
  public void copyTo(int[] target) {
    System.arraycopy(numbers, 0, target, 0, numbers.length);
  }

  /** Returns the array itself, for loops that only read it. */
  public int[] shared() {
    return numbers;
  }

  @Override
  public Integer get(int index) {
    return numbers[index];
  }

  @Override
  public int size() {
    return numbers.length;
  }

  @Override
  public int indexOf(Object o) {
    if (o instanceof Integer) {
      int value = (Integer) o;
      for (int i = 0; i < numbers.length; i++) {
        if (numbers[i] == value) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public int lastIndexOf(Object o) {
    if (o instanceof Integer) {
      int value = (Integer) o;
      for (int i = numbers.length - 1; i >= 0; i--) {
        if (numbers[i] == value) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public boolean contains(Object o) {
    return indexOf(o) >= 0;
  }

  @Override
  public Object[] toArray() {
    Object[] array = new Object[numbers.length];
    for (int i = 0; i < numbers.length; i++) {
      array[i] = numbers[i];
    }
    return array;
  }

  @Override
  public boolean removeIf(Predicate<? super Integer> filter) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void replaceAll(UnaryOperator<Integer> operator) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void sort(Comparator<? super Integer> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (o instanceof TableNumbers) {
      return Arrays.equals(numbers, ((TableNumbers) o).numbers);
    }
    return o instanceof List && super.equals(o);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(numbers);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(numbers.length * 4 + 2).append('[');
    for (int i = 0; i < numbers.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(numbers[i]);
    }
    return text.append(']').toString();
  }
}
