package nl.opgave.model.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MemberPropertiesTest {
  static LongStream seeds() {
    return Generators.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void compareTo_isATotalOrderConsistentWithEquals(long seed) {
    Generators gen = new Generators(seed);
    List<Member> members = gen.members(12);
    for (Member a : members) {
      assertThat(a.compareTo(a)).isZero();
      for (Member b : members) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
        for (Member c : members) {
          if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertThat(a.compareTo(c)).as("transitive %s %s %s", a, b, c).isLessThanOrEqualTo(0);
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sorted_filesEveryMemberUnderTheLetterOfItsAchternaamWithoutTussenvoegsel(long seed) {
    MemberDirectory directory = new Generators(seed).directory(20);
    char previous = 0;
    for (Member member : directory.sorted()) {
      char letter = member.name().indexLetter();
      assertThat(letter).isGreaterThanOrEqualTo(previous);
      previous = letter;
      String filed = member.name().achternaam().or(member.name()::voornaam).or(member.name()::voorletters)
          .orElseThrow();
      String first = java.text.Normalizer.normalize(filed, java.text.Normalizer.Form.NFD).substring(0, 1);
      assertThat(Character.toUpperCase(first.charAt(0))).isEqualTo(letter);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void search_findsMemberByEveryNamePartWithOrWithoutAccents(long seed) {
    Generators gen = new Generators(seed);
    MemberDirectory directory = gen.directory(15);
    for (Member member : directory.members()) {
      PersonName name = member.name();
      List<String> parts = new ArrayList<>();
      for (Optional<String> part : List.of(name.voornaam(), name.voorletters(), name.tussenvoegsel(),
          name.achternaam())) {
        part.ifPresent(parts::add);
      }
      parts.add(name.displayName());
      for (String part : parts) {
        String query = gen.sloppy(part);
        assertThat(directory.search(query)).as("search %s for %s", query, member).contains(member);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void search_returnsResultsInDutchOrder(long seed) {
    Generators gen = new Generators(seed);
    MemberDirectory directory = gen.directory(25);
    List<Member> found = directory.search(gen.pick(new String[] {"van", "a", "ij", "", "e"}));
    assertThat(found).isSorted();
  }
}
