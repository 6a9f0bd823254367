package nl.opgave.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.opgave.model.community.PersonName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProblemCodeTest {
  static Stream<ProblemCode> translated() {
    return Stream.of(ProblemCode.values()).filter(c -> c != ProblemCode.TEXT && c != ProblemCode.MODEL_RULE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("translated")
  void everyCode_rendersInBothLanguagesFromTheOneTable(ProblemCode code) {
    List<String> args = Collections.nCopies(6, "7");

    String english = code.message(args, Locale.ENGLISH);
    String dutch = code.message(args, Locale.forLanguageTag("nl"));

    assertThat(english).isNotBlank().doesNotContain("%");
    assertThat(dutch).isNotBlank().doesNotContain("%");
    if (code != ProblemCode.WORD_NULL && code != ProblemCode.WORD_VRAAGSTUK) {
      assertThat(dutch).isNotEqualTo(english);
    }
    if (!code.name().endsWith("_DESCRIBED")) {
      assertThat(code.expected(args, Locale.ENGLISH).isEmpty())
          .isEqualTo(code.expected(args, Locale.forLanguageTag("nl")).isEmpty());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("translated")
  void everyCode_hasNoEnglishWordInDutch(ProblemCode code) {
    List<String> args = Collections.nCopies(6, "7");
    Locale dutch = Locale.forLanguageTag("nl");

    assertThat(EnglishWords.in(code.message(args, dutch) + " " + code.expected(args, dutch))).isEmpty();
  }

  @Test
  void argumentNamingACodeWithArguments_rendersThatCodeWithThem() {
    ProblemMessage message = ProblemMessage.of(ProblemCode.TEXT_BLANK,
        "#LABEL_EVENT\u001F'e1'\u001F#FIELD_TITLE", "' '");

    assertThat(message.message()).isEqualTo("event 'e1': title must not be blank, but was ' '");
    assertThat(message.message(Locale.forLanguageTag("nl")))
        .isEqualTo("bijeenkomst 'e1': de titel mag niet leeg zijn, maar was ' '");
  }

  @Test
  void argumentNamingACode_isRenderedAsThatCodesWords() {
    ProblemMessage message = ProblemMessage.of(ProblemCode.TEXT, "#ID_RULE", "");

    assertThat(message.message(Locale.forLanguageTag("nl"))).startsWith("1-100 letters, cijfers");
    assertThat(message.message()).startsWith("1-100 letters, digits");
  }

  @Test
  void modelRule_carriesCodeAndArguments_andKeepsTheEnglishMessage() {
    assertThatThrownBy(() -> PersonName.of("Jos", "van", " "))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.details()).extracting(ProblemMessage::code).containsExactly(ProblemCode.TEXT_BLANK);
          assertThat(e.details().get(0).message(Locale.forLanguageTag("nl")))
              .isEqualTo("achternaam mag niet leeg zijn, maar was ' '");
          assertThat(e.problems()).containsExactly("achternaam must not be blank, but was ' '");
        });
  }
}
