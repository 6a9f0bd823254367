package nl.opgave.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import org.junit.jupiter.api.Test;

class NestedTermTest {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Test
  void problemWithALabelTerm_wrappedAsATermOfAnotherCode_rendersEveryLevelInBothLanguages() {
    String label = Checks.term(ProblemCode.LABEL_EVENT, "'e1'", "#FIELD_TITLE");
    String inner = Checks.term(ProblemCode.TEXT_BLANK, label, "' '");

    ProblemMessage row = ProblemMessage.of(ProblemCode.ROW_PROBLEM, 3, inner);

    assertThat(row.message()).isEqualTo("row 3: event 'e1': title must not be blank, but was ' '");
    assertThat(row.message(DUTCH)).isEqualTo("regel 3: bijeenkomst 'e1': de titel mag niet leeg zijn, maar was ' '");
  }

  @Test
  void valueWithTheSeparatorsOfATerm_isShownAndDoesNotSplitTheTerm() {
    String inner = Checks.term(ProblemCode.TEXT_CONTROL, "text", "001F", 1, "'a\u001Fb\u0002c\u0003'");

    ProblemMessage row = ProblemMessage.of(ProblemCode.ROW_PROBLEM, 2, inner);

    assertThat(row.message()).isEqualTo("row 2: text must not contain control character U+001F (at index 1), but was"
        + " 'a\u241Fb\u2402c\u2403'");
    assertThat(row.message(DUTCH)).startsWith("regel 2: text mag geen stuurteken U+001F bevatten");
  }
}
