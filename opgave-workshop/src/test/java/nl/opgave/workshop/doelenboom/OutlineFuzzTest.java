package nl.opgave.workshop.doelenboom;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.opgave.model.doelenboom.Doelenboom;

/** Fuzzes the outline reader: any exception other than {@link OutlineFormatException} is a bug. */
class OutlineFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void parseOutline(byte[] outline) {
    try {
      Doelenboom tree = Outline.parse(outline);
      assertThat(Outline.parse(Outline.render(tree))).isEqualTo(tree);
      TreeValidator.validate(tree);
    } catch (OutlineFormatException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
        assertThat(p.line()).isPositive();
        assertThat(p.column()).isPositive();
      });
    }
  }
}
