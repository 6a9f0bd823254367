package nl.opgave.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import nl.opgave.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class ChecksTest {
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]{0,99}");

  @Test
  void id_fastPathAgreesWithThePatternForEveryCharacter() {
    for (int c = 0; c <= 0x10FFFF; c++) {
      for (String id : new String[] {new String(Character.toChars(c)), "a" + new String(Character.toChars(c)) + "b"}) {
        assertThat(Checks.isId(id)).as("U+%04X in %s", c, id).isEqualTo(ID.matcher(id).matches());
      }
    }
  }

  @Test
  void text_fastPathAgreesWithTheFullChecksForEveryCharacter() {
    for (int c = 0; c <= 0xFFFF; c++) {
      for (String text : new String[] {String.valueOf((char) c), "a" + (char) c + "b", "a" + (char) c,
          (char) c + "b"}) {
        boolean accepted;
        try {
          Checks.text("f", text, 3);
          accepted = true;
        } catch (InvalidValueException e) {
          accepted = false;
        }
        boolean full = !text.isBlank() && text.strip().equals(text)
            && text.chars().allMatch(ch -> !Character.isISOControl(ch) || ch == '\n' || ch == '\t');
        assertThat(Checks.isText(text, 3)).as("U+%04X", c).isEqualTo(full).isEqualTo(accepted);
      }
    }
  }

  @Test
  void id_messageIsUnchanged() {
    assertThatThrownBy(() -> Checks.id("member.id", "has space")).hasMessage("member.id must be 1-100 letters,"
        + " digits, '.', '_', ':' or '-' starting with a letter or digit, but was 'has space'");
    assertThat(Checks.id("member.id", "m-1-Ä")).isEqualTo("m-1-Ä");
    assertThat(Checks.isId("x".repeat(101))).isFalse();
    assertThat(Checks.isId("x".repeat(100))).isTrue();
  }
}
