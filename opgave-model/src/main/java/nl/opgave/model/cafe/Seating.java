package nl.opgave.model.cafe;

import java.util.Arrays;
import java.util.List;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Rules;
import nl.opgave.model.internal.TableNumbers;

/**
 * Where everyone sits in one round: a table number per participant, in the request's order; 0 for absent.
 *
 * <p>Written by hand in the shape of the generated values (factory, builder, {@code with*} copies): the numbers are
 * kept as ints, one round of a large café being a hundred thousand of them.
 */
public final class Seating {
  private final int round;
  private final TableNumbers tables;

  private Seating(int round, TableNumbers tables) {
    this.round = round;
    this.tables = tables;
  }

  /** The round, 1 and up. */
  public int round() {
    return round;
  }

  /** The table number of each participant in the request's order, or 0 when they do not attend the round. */
  public List<Integer> tables() {
    return tables;
  }

  /**
   * Returns the table numbers as a new array: {@code tables()} without boxing, for loops over large cafés.
   */
  public int[] tableNumbers() {
    int[] numbers = new int[tables.size()];
    tables.copyTo(numbers);
    return numbers;
  }

  /** The table number of the participant at the index, without boxing. */
  int table(int index) {
    return tables.at(index);
  }

  /** The table numbers themselves, for the checks of this package: never written to. */
  int[] shared() {
    return tables.shared();
  }

  /**
   * Returns a copy with another round.
   *
   * @throws InvalidValueException if the round is not positive
   */
  public Seating withRound(int value) {
    return round == value ? this : validate(new Seating(value, tables));
  }

  /**
   * Returns a copy with other table numbers.
   *
   * @throws InvalidValueException if a table number is negative
   */
  public Seating withTables(int... elements) {
    return validate(new Seating(round, TableNumbers.adopt(elements.clone())));
  }

  /**
   * Returns a copy with other table numbers.
   *
   * @throws InvalidValueException if an element is null or a table number is negative
   */
  public Seating withTables(Iterable<Integer> elements) {
    return tables == elements ? this : validate(new Seating(round, TableNumbers.copyOf(elements)));
  }

  @Override
  public boolean equals(Object another) {
    return this == another
        || another instanceof Seating && round == ((Seating) another).round && tables.equals(((Seating) another).tables);
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + round;
    h += (h << 5) + tables.hashCode();
    return h;
  }

  @Override
  public String toString() {
    return "Seating{round=" + round + ", tables=" + tables + "}";
  }

  /**
   * Returns the seating of a round.
   *
   * @throws InvalidValueException if the round is not positive, an element is null or a table number is negative
   */
  public static Seating of(int round, List<Integer> tables) {
    return of(round, (Iterable<Integer>) tables);
  }

  /**
   * Returns the seating of a round.
   *
   * @throws InvalidValueException if the round is not positive, an element is null or a table number is negative
   */
  public static Seating of(int round, Iterable<Integer> tables) {
    return validate(new Seating(round, TableNumbers.copyOf(tables)));
  }

  private static Seating validate(Seating instance) {
    instance.check();
    return instance;
  }

  private void check() {
    Rules rules = new Rules();
    rules.positive("#FIELD_SEATING_ROUND", round);
    for (int i = tables.firstNegative(0); i >= 0; i = tables.firstNegative(i + 1)) {
      rules.check(false, ProblemCode.SEATING_NEGATIVE, round, i + 1, tables.at(i));
    }
    rules.done();
  }

  /** Returns a builder of a seating. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a seating: the round and the table numbers in the request's order. */
  public static final class Builder {
    private boolean roundSet;
    private int round;
    private int[] tables = new int[16];
    private int size;

    private Builder() {}

    /** Sets the round and adds the table numbers of the seating. */
    public Builder from(Seating instance) {
      if (instance == null) {
        throw InvalidValueException.of(ProblemCode.NULL_VALUE, "instance");
      }
      round(instance.round());
      return addAllTables(instance.tables());
    }

    /** Sets the round. */
    public Builder round(int round) {
      this.round = round;
      roundSet = true;
      return this;
    }

    /** Adds a table number. */
    public Builder addTable(int element) {
      if (size == tables.length) {
        tables = Arrays.copyOf(tables, size * 2);
      }
      tables[size++] = element;
      return this;
    }

    /** Adds table numbers. */
    public Builder addTables(int... elements) {
      for (int element : elements) {
        addTable(element);
      }
      return this;
    }

    /**
     * Replaces the table numbers.
     *
     * @throws InvalidValueException if an element is null
     */
    public Builder tables(Iterable<Integer> elements) {
      size = 0;
      return addAllTables(elements);
    }

    /**
     * Adds table numbers.
     *
     * @throws InvalidValueException if an element is null
     */
    public Builder addAllTables(Iterable<Integer> elements) {
      for (Integer element : elements) {
        if (element == null) {
          throw InvalidValueException.of(ProblemCode.NULL_ELEMENT, "tables");
        }
        addTable(element);
      }
      return this;
    }

    /**
     * Returns the seating.
     *
     * @throws InvalidValueException if the round is not set or not positive, or a table number is negative
     */
    public Seating build() {
      if (!roundSet) {
        throw InvalidValueException.of(ProblemCode.REQUIRED_NOT_SET, "round");
      }
      return validate(new Seating(round, TableNumbers.adopt(Arrays.copyOf(tables, size))));
    }
  }
}
