package nl.opgave.test;

import static nl.opgave.test.OpgaveAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.seed.DromenVoorDoeners;
import nl.opgave.workshop.doelenboom.ViolationCode;
import org.junit.jupiter.api.Test;

class DoelenboomAssertTest {
  private static final Doelenboom BROKEN = Doelenboom.of(
      List.of(Node.of("r", Level.DROOM, "Gezonde kinderen"), Node.of("d", Level.DOEL, "Meer bewegen"),
          Node.of("p", Level.PROJECT, "Speelbossen"), Node.of("x", Level.DOEL, "Onder een project")),
      List.of(Link.of("d", "r"), Link.of("p", "d"), Link.of("x", "p")));

  @Test
  void seedTree_passesTheHostAssertions() {
    assertThat(DromenVoorDoeners.doelenboom())
        .isValid()
        .hasRoot("Kinderen worden gezonder (minder obesitas)")
        .hasNoViolation(ViolationCode.CYCLE)
        .hasNoViolation("LEVEL_ORDER")
        .hasViolationAt(ViolationCode.PROJECT_WITHOUT_TARGET, "Kinderen worden gezonder (minder obesitas)",
            "Kinderen leren observeren en leren van de natuur", "Jaarlijks alle schoolklassen op bezoek bij de boer")
        .leaves().allSatisfy(leaf -> org.assertj.core.api.Assertions.assertThat(leaf.level()).isEqualTo(Level.PROJECT));
  }

  @Test
  void isValid_failureNamesEveryErrorByPath() {
    assertThatThrownBy(() -> assertThat(BROKEN).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("2 error(s)")
        .hasMessageContaining("Gezonde kinderen > Meer bewegen > Speelbossen > Onder een project: LEVEL_ORDER: ")
        .hasMessageContaining("Gezonde kinderen > Meer bewegen > Speelbossen > Onder een project: LEAF_NOT_PROJECT: ");
  }

  @Test
  void hasNoViolation_failureNamesThePath() {
    assertThatThrownBy(() -> assertThat(BROKEN).hasNoViolation(ViolationCode.LEVEL_ORDER))
        .hasMessageContaining("to have no LEVEL_ORDER")
        .hasMessageContaining("Gezonde kinderen > Meer bewegen > Speelbossen > Onder een project");
  }

  @Test
  void hasRoot_failureListsTheRoots() {
    assertThatThrownBy(() -> assertThat(BROKEN).hasRoot("Andere droom"))
        .hasMessageContaining("\"Andere droom\"").hasMessageContaining("[Gezonde kinderen]");
  }

  @Test
  void leaves_failureShowsTheLeafAsItsPath() {
    assertThatThrownBy(() -> assertThat(BROKEN).leaves()
        .allSatisfy(leaf -> org.assertj.core.api.Assertions.assertThat(leaf.level()).isEqualTo(Level.PROJECT)))
        .hasMessageContaining("Gezonde kinderen > Meer bewegen > Speelbossen > Onder een project [x, doel]");
  }

  @Test
  void withMaxDepth_validatesAgainstTheGivenLimit() {
    assertThat(DromenVoorDoeners.doelenboom()).withMaxDepth(3).isValid();
    assertThatThrownBy(() -> assertThat(DromenVoorDoeners.doelenboom()).withMaxDepth(2).isValid())
        .hasMessageContaining("TOO_DEEP");
  }
}
