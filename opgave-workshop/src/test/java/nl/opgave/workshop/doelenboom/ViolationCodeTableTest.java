package nl.opgave.workshop.doelenboom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ViolationCodeTableTest {
  @ParameterizedTest(name = "{0}")
  @EnumSource(ViolationCode.class)
  void everyViolationCode_hasItsMessagesInTheOneTable(ViolationCode code) {
    assertThat(code.problemCode().name()).isEqualTo(code.name());
    assertThat(code.message(Collections.nCopies(5, "x"), Locale.forLanguageTag("nl")))
        .isNotEqualTo(code.message(Collections.nCopies(5, "x"), Locale.ENGLISH));
  }
}
