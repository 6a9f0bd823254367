package nl.opgave.examples;

import static nl.opgave.test.OpgaveAssertions.assertThat;

import java.util.List;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Target;
import nl.opgave.workshop.doelenboom.FlatRow;
import nl.opgave.workshop.doelenboom.FlatRows;
import nl.opgave.workshop.doelenboom.ViolationCode;
import org.junit.jupiter.api.Test;

/**
 * How a host application tests its doelenboom with opgave-test: the portal keeps the tree as rows (id, parent id,
 * level, text, target); its own test builds the tree from those rows and asserts that it is valid.
 */
class HostDoelenboomTest {
  /** What the portal's query "select id, parent_id, level, text ... order by parent_id, position" returns. */
  private static List<FlatRow> portalRows() {
    return List.of(
        FlatRow.of("droom", null, Level.DROOM, "Kinderen worden gezonder (minder obesitas)"),
        FlatRow.of("bewegen", "droom", Level.DOEL, "Kinderen bewegen meer in het groen"),
        FlatRow.of("leren", "droom", Level.DOEL, "Kinderen leren observeren en leren van de natuur"),
        FlatRow.builder().id("speelbossen").parentId("bewegen").level(Level.PROJECT)
            .text("10 Speelbossen in en rondom Den Haag").target(Target.of(10, "speelbossen")).build(),
        FlatRow.builder().id("schoolpleinen").parentId("bewegen").level(Level.PROJECT)
            .text("25 Groene Schoolpleinen in de binnenstad van Den Haag")
            .target(Target.of(25, "groene schoolpleinen")).build(),
        FlatRow.builder().id("boer").parentId("leren").level(Level.PROJECT)
            .text("Jaarlijks alle schoolklassen op bezoek bij de boer").target(Target.of(100, "% van de klassen"))
            .build());
  }

  @Test
  void portalDoelenboom_isValidAndEveryLeafIsAProjectWithATarget() {
    Doelenboom tree = FlatRows.build(portalRows());

    assertThat(tree)
        .isValid()
        .hasNoWarnings()
        .hasRoot("Kinderen worden gezonder (minder obesitas)")
        .hasNoViolation(ViolationCode.DUPLICATE_SIBLING)
        .leaves().allSatisfy(leaf -> {
          org.assertj.core.api.Assertions.assertThat(leaf.level()).isEqualTo(Level.PROJECT);
          org.assertj.core.api.Assertions.assertThat(leaf.target()).isPresent();
        });
  }
}
