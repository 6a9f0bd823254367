package nl.opgave.model.cafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.internal.TableNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seating keeps its table numbers as ints; everything it shows must equal what the generated value with a copied
 * {@code List<Integer>} showed: the list, equals, hashCode, toString, refusals and their problems.
 */
class SeatingIntsTest {
  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void seating_behavesAsTheListBasedValueDid(long seed) {
    Random random = new Random(seed);
    int round = random.nextInt(8) == 0 ? -random.nextInt(3) : 1 + random.nextInt(100);
    int size = random.nextInt(5) == 0 ? random.nextInt(2) : random.nextInt(40);
    List<Integer> input = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int kind = random.nextInt(20);
      input.add(kind == 0 ? -1 - random.nextInt(5) : kind == 1 ? random.nextInt(Integer.MAX_VALUE) : kind < 5 ? 0
          : 1 + random.nextInt(kind < 10 ? 127 : 5000));
    }
    List<ProblemMessage> expectedProblems = expectedProblems(round, input);
    if (!expectedProblems.isEmpty()) {
      assertRefused(() -> Seating.of(round, input), expectedProblems);
      assertRefused(() -> Seating.builder().round(round).addAllTables(input).build(), expectedProblems);
      assertRefused(() -> Seating.of(round, TableNumbers.adopt(ints(input))), expectedProblems);
      return;
    }
    List<Integer> reference = referenceList(input);
    Seating seating = Seating.of(round, input);
    assertBehavesAs(seating, round, reference);
    assertBehavesAs(Seating.of(round, (Iterable<Integer>) new LinkedHashSet<>(input)), round,
        referenceList(new ArrayList<>(new LinkedHashSet<>(input))));
    assertBehavesAs(Seating.builder().round(round).addTables(ints(input)).build(), round, reference);
    Seating.Builder oneByOne = Seating.builder().round(round);
    input.forEach(oneByOne::addTable);
    assertBehavesAs(oneByOne.build(), round, reference);
    assertBehavesAs(Seating.builder().addTable(3).tables(input).round(round).build(), round, reference);
    assertBehavesAs(Seating.builder().from(seating).build(), round, reference);
    assertBehavesAs(Seating.of(round, TableNumbers.adopt(ints(input))), round, reference);
    assertBehavesAs(Seating.of(1, List.of(9)).withTables(ints(input)).withRound(round), round, reference);
    assertBehavesAs(Seating.of(round, List.of(9, 9)).withTables(input), round, reference);
    assertThat(seating.withTables(seating.tables())).isSameAs(seating);
    assertThat(seating.withRound(round)).isSameAs(seating);

    int[] numbers = seating.tableNumbers();
    assertThat(numbers).containsExactly(ints(input));
    if (numbers.length > 0) {
      numbers[0]++;
      assertThat(seating.tables()).isEqualTo(reference);
    }
    int[] given = ints(input);
    Seating fromArray = Seating.builder().round(round).addTables(given).build();
    if (given.length > 0) {
      given[0]++;
      assertThat(fromArray.tables()).isEqualTo(reference);
    }
  }

  @Test
  void refusals_nameTheSameProblemsAsBefore() {
    InvalidValueException nulls = catchThrowableOfType(InvalidValueException.class,
        () -> Seating.of(1, Arrays.asList(1, null)));
    assertThat(nulls.problems()).isEqualTo(new InvalidValueException("element").problems());
    assertThat(nulls.details()).isEqualTo(new InvalidValueException("element").details());
    InvalidValueException builderNulls = catchThrowableOfType(InvalidValueException.class,
        () -> Seating.builder().addAllTables(Arrays.asList(1, null)));
    assertThat(builderNulls.problems()).isEqualTo(new InvalidValueException("tables element").problems());
    InvalidValueException noRound = catchThrowableOfType(InvalidValueException.class,
        () -> Seating.builder().addTable(1).build());
    assertThat(noRound.details()).containsExactly(ProblemMessage.of(ProblemCode.REQUIRED_NOT_SET, "round"));
    InvalidValueException withRound = catchThrowableOfType(InvalidValueException.class,
        () -> Seating.of(2, List.of(1, 4)).withRound(0));
    assertThat(withRound.details()).isEqualTo(expectedProblems(0, List.of(1, 4)));
    InvalidValueException noInstance = catchThrowableOfType(InvalidValueException.class,
        () -> Seating.builder().from(null));
    assertThat(noInstance.problems()).isEqualTo(new InvalidValueException("instance").problems());
  }

  private static void assertBehavesAs(Seating seating, int round, List<Integer> reference) {
    List<Integer> tables = seating.tables();
    assertThat(seating.round()).isEqualTo(round);
    assertThat(tables).isEqualTo(reference).hasSameHashCodeAs(reference);
    assertThat(reference).isEqualTo(tables);
    assertThat(tables.toString()).isEqualTo(reference.toString());
    assertThat(tables.size()).isEqualTo(reference.size());
    assertThat(tables.isEmpty()).isEqualTo(reference.isEmpty());
    assertThat(tables.toArray()).isEqualTo(reference.toArray());
    assertThat(tables.toArray(new Integer[0])).isEqualTo(reference.toArray(new Integer[0]));
    List<Integer> iterated = new ArrayList<>();
    tables.forEach(iterated::add);
    assertThat(iterated).isEqualTo(reference);
    for (int probe = -2; probe < 8; probe++) {
      assertThat(tables.indexOf(probe)).isEqualTo(reference.indexOf(probe));
      assertThat(tables.lastIndexOf(probe)).isEqualTo(reference.lastIndexOf(probe));
      assertThat(tables.contains(probe)).isEqualTo(reference.contains(probe));
    }
    assertThat(tables.indexOf("1")).isEqualTo(-1);
    assertThat(tables.contains(null)).isFalse();
    for (int i = 0; i < reference.size(); i++) {
      assertThat(tables.get(i)).isEqualTo(reference.get(i));
      assertThat(tables.indexOf(reference.get(i))).isEqualTo(reference.indexOf(reference.get(i)));
    }
    assertThatThrownBy(() -> tables.get(reference.size())).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> tables.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    if (reference.size() >= 2) {
      int half = reference.size() / 2;
      assertThat(tables.subList(1, half + 1)).isEqualTo(reference.subList(1, half + 1));
      assertThat(tables.containsAll(reference.subList(0, half))).isTrue();
      assertThat(tables.equals(new ArrayList<>(reference.subList(0, half)))).isFalse();
      List<Consumer<List<Integer>>> changes = List.of(l -> l.add(1), l -> l.set(0, 1), l -> l.remove(0),
          l -> l.clear(), l -> l.removeIf(x -> true), l -> l.sort(null), l -> l.replaceAll(x -> x),
          l -> l.addAll(List.of(1)), l -> l.subList(0, 1).clear(), l -> {
            Iterator<Integer> it = l.iterator();
            it.next();
            it.remove();
          });
      for (Consumer<List<Integer>> change : changes) {
        assertThatThrownBy(() -> change.accept(reference)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> change.accept(tables)).isInstanceOf(UnsupportedOperationException.class);
      }
      assertThat(tables).isEqualTo(reference);
    }
    Seating twin = Seating.of(round, new ArrayList<>(reference));
    assertThat(seating).isEqualTo(twin).hasSameHashCodeAs(twin);
    assertThat(seating.hashCode()).isEqualTo(referenceHash(round, reference));
    assertThat(seating.toString()).isEqualTo("Seating{round=" + round + ", tables=" + reference + "}");
    assertThat(seating).isNotEqualTo(Seating.of(round + 1, reference));
    assertThat(seating).isNotEqualTo(reference);
    List<Integer> longer = new ArrayList<>(reference);
    longer.add(0);
    assertThat(seating).isNotEqualTo(Seating.of(round, longer));
    for (int i = 0; i < reference.size(); i++) {
      assertThat(seating.table(i)).isEqualTo(reference.get(i));
    }
  }

  /** The generated value's list: empty, singleton or an unmodifiable copy. */
  private static List<Integer> referenceList(List<Integer> input) {
    switch (input.size()) {
      case 0:
        return Collections.emptyList();
      case 1:
        return Collections.singletonList(input.get(0));
      default:
        return Collections.unmodifiableList(new ArrayList<>(input));
    }
  }

  /** The generated value's hash: 5381 mixed with the round, then with the list's hash. */
  private static int referenceHash(int round, List<Integer> tables) {
    int h = 5381;
    h += (h << 5) + round;
    h += (h << 5) + tables.hashCode();
    return h;
  }

  /** The round must be positive, every table number 0 or more: one problem per broken rule, in this order. */
  private static List<ProblemMessage> expectedProblems(int round, List<Integer> tables) {
    List<ProblemMessage> problems = new ArrayList<>();
    if (round <= 0) {
      problems.add(ProblemMessage.of(ProblemCode.NOT_POSITIVE, "#FIELD_SEATING_ROUND", round));
    }
    for (int i = 0; i < tables.size(); i++) {
      if (tables.get(i) < 0) {
        problems.add(ProblemMessage.of(ProblemCode.SEATING_NEGATIVE, round, i + 1, tables.get(i)));
      }
    }
    return problems;
  }

  private static void assertRefused(Runnable build, List<ProblemMessage> problems) {
    InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, build::run);
    assertThat(refused).isNotNull();
    assertThat(refused.details()).isEqualTo(problems);
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
