package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutlineErrorTableTest {
  @ParameterizedTest(name = "{0}")
  @EnumSource(OutlineError.class)
  void everyOutlineError_hasItsMessagesInTheOneTable(OutlineError error) {
    assertThat(error.problemCode()).isNotNull();
    assertThat(error.message(Collections.nCopies(5, "x"), Locale.forLanguageTag("nl")))
        .isNotEqualTo(error.message(Collections.nCopies(5, "x"), Locale.ENGLISH));
  }
}
