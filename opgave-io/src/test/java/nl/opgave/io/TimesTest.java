package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The formatter-free reading of canonical times agrees with the ISO formatter wherever it answers. */
class TimesTest {
  @ParameterizedTest
  @ValueSource(strings = {"2025-03-04T10:00:00+01:00", "2025-03-04T10:00:00Z", "2025-03-04T10:00:00.5Z",
      "2025-03-04T10:00:00.123456789-05:30", "0000-01-01T00:00:00+18:00", "9999-12-31T23:59:59-18:00",
      "2024-02-29T12:00:00+00:00", "2025-03-04T10:00:00-00:00"})
  void canonicalTimes_areReadAsTheFormatterReadsThem(String text) {
    assertThat(Times.offsetDateTime(text, text.length())).isEqualTo(OffsetDateTime.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-02-29T10:00:00Z", "2025-04-31T10:00:00Z", "2025-13-01T10:00:00Z",
      "2025-03-04T24:00:00Z", "2025-03-04T10:60:00Z", "2025-03-04T10:00:60Z", "2025-03-04T10:00:00+18:01",
      "2025-03-04T10:00:00+19:00", "2025-03-04T10:00:00.Z", "2025-03-04T10:00:00.1234567890Z",
      "2025-03-04t10:00:00Z", "2025-03-04T10:00Z", "2025-03-04T10:00:00+01:00:00", "2025-03-04T10:00:00z",
      "+2025-03-04T10:00:00Z", "2025-3-04T10:00:00Z", "2025-03-04T10:00:00+0100", "2025-03-04T10:00:00",
      "2025-03-04T10:00:00Z ", "２０２５-03-04T10:00:00Z"})
  void otherShapes_areLeftToTheFormatter(String text) {
    assertThat(Times.offsetDateTime(text, text.length())).isNull();
  }

  @Test
  void randomTexts_neverDisagreeWithTheFormatter() {
    SplittableRandom random = new SplittableRandom(7);
    String alphabet = "0123456789-:T.Z+z ";
    for (int i = 0; i < 200_000; i++) {
      char[] text = "2025-03-04T10:00:00.25+01:00".toCharArray();
      for (int k = random.nextInt(3); k >= 0; k--) {
        text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String candidate = new String(text, 0, 19 + random.nextInt(text.length - 18));
      OffsetDateTime fast = Times.offsetDateTime(candidate, candidate.length());
      if (fast != null) {
        assertThat(fast).as(candidate).isEqualTo(parse(candidate));
      }
    }
  }

  private static OffsetDateTime parse(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
