package nl.opgave.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DutchTextOrderTest {
  private static final String[] ARTICLES = {"", "", "", "'s-", "'s ", "'t ", "\u2018s-", "\u2019s-", "\u2019t ",
      "\u02BCs-", "`t ", "\u00B4s-", "\u2032t "};
  private static final String[] TUSSENVOEGSELS = {"", "", "van ", "van der ", "de ", "van den ", "van 't ", "ter ",
      "in 't ", "le ", "d'", "Van "};
  private static final String[] WORDS = {"Gravenhage", "Hertogenbosch", "IJssel", "Ijzerman", "ijs", "IJmuiden",
      "Aa", "Ábel", "Ëlla", "Émile", "Zoë", "Özlem", "Çelik", "Müller", "Bökhorst", "Bokhorst", "Veer", "Ploeg",
      "anna", "Dijk", "Graveland", "Hertog", "zee", "Zwolle", "Æbeltoft", "Øre", "Łódź", "3D-printen", "(Haag)",
      "-streep", "Þing", "ßtraße"};
  private static final String[] TAILS = {"", "", " 2", "-Smit", " en Co", " (oud)", "straat"};

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @Test
  void order_filesArticlesWrittenWithAnyApostropheUnderTheLetterThatFollows() {
    List<String> names = new ArrayList<>(List.of("\u2018s-Hertogenbosch", "'s-Gravenhage", "Amsterdam",
        "Zwolle", "\u2019t Harde", "Haarlem", "Groningen"));
    names.sort(DutchText.order());
    assertThat(names).containsExactly("Amsterdam", "'s-Gravenhage", "Groningen", "Haarlem", "\u2019t Harde",
        "\u2018s-Hertogenbosch", "Zwolle");
    assertThat(DutchText.indexLetter("\u2018s-Hertogenbosch")).isEqualTo('H');
    assertThat(DutchText.indexLetter("\u02BCt Veer")).isEqualTo('V');
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void order_groupsByIndexLetterInTheIndexsOrder(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> names = new ArrayList<>();
    int count = random.nextInt(2, 40);
    for (int i = 0; i < count; i++) {
      names.add(pick(random, ARTICLES) + pick(random, TUSSENVOEGSELS) + pick(random, WORDS) + pick(random, TAILS));
    }
    names.sort(DutchText.order());
    for (int i = 1; i < names.size(); i++) {
      char before = DutchText.indexLetter(names.get(i - 1));
      char after = DutchText.indexLetter(names.get(i));
      assertThat(before).as("%s (%s) sorts before %s (%s)", names.get(i - 1), before, names.get(i), after)
          .isLessThanOrEqualTo(after);
      assertThat(DutchText.order().compare(names.get(i), names.get(i - 1))).isGreaterThanOrEqualTo(0);
    }
    for (String a : names) {
      for (String b : names) {
        assertThat(Integer.signum(DutchText.order().compare(a, b)))
            .isEqualTo(-Integer.signum(DutchText.order().compare(b, a)));
      }
    }
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
