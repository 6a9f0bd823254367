package nl.opgave.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DutchTextFoldTest {
  private static final String ALPHABET = "aAzZijIJ09 -'.,;\t\n\u000B\f\r\u001C\u001F";
  private static final String BEYOND = "\u00E9\u00CB\u0132\u0133\u00DF\u00A0\u2003\u0301\u00F8\u00C7\uFB01";

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fold_isTheNormalisedLowerCaseTextWithSingleSpaces(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    boolean beyond = random.nextInt(3) == 0;
    for (int i = random.nextInt(0, 30); i > 0; i--) {
      String from = beyond && random.nextInt(4) == 0 ? BEYOND : ALPHABET;
      text.append(from.charAt(random.nextInt(from.length())));
    }
    assertThat(DutchText.fold(text.toString())).isEqualTo(reference(text.toString()));
  }

  private static String reference(String text) {
    String bare = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return bare.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
