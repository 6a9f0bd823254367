package nl.opgave.workshop.doelenboom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.opgave.model.doelenboom.CrossLink;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.LadderingChain;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Node;
import org.junit.jupiter.api.Test;

class LadderingTest {
  @Test
  void sameStatements_mergeIgnoringCaseSpacingAndAccents_keepingWhoSaidWhat() {
    LadderingResult result = Laddering.build(List.of(
        LadderingChain.of("Anna", "Mijn kinderen moeten lekker buiten kunnen spelen", "In de natuur spelen is gezond"),
        LadderingChain.of("Bram", "mijn kinderen moeten  lekker buiten kunnen spelen", "In de natuur spelen is gezond"),
        LadderingChain.of("Cas", "Spelen in het groen", "In de natuur spelen is gezónd")));
    Doelenboom tree = result.doelenboom();
    assertThat(tree.nodes()).extracting(Node::text).containsExactly("In de natuur spelen is gezond",
        "Mijn kinderen moeten lekker buiten kunnen spelen", "Spelen in het groen");
    assertThat(tree.roots()).extracting(Node::level).containsExactly(Level.DROOM);
    assertThat(result.attributionsOf("mijn-kinderen-moeten-lekker-buiten-kunnen-spelen"))
        .extracting(Attribution::participant, Attribution::text)
        .containsExactly(tuple("Anna", "Mijn kinderen moeten lekker buiten kunnen spelen"),
            tuple("Bram", "mijn kinderen moeten  lekker buiten kunnen spelen"));
    assertThat(result.attributionsOf("in-de-natuur-spelen-is-gezond")).extracting(Attribution::participant)
        .containsExactly("Anna", "Bram", "Cas");
    assertThat(TreeValidator.validate(tree).has(ViolationCode.ROOT_MULTIPLE)).isFalse();
  }

  @Test
  void secondReason_becomesACrossLinkNotASecondParent() {
    LadderingResult result = Laddering.build(List.of(
        LadderingChain.of("Anna", "Ik wandel graag in de natuur", "Dat is lekker ontspannend"),
        LadderingChain.of("Bram", "Ik wandel graag in de natuur", "Het is gezond")), "Een gezonde, groene stad");
    Doelenboom tree = result.doelenboom();
    assertThat(tree.parentIds("ik-wandel-graag-in-de-natuur")).containsExactly("dat-is-lekker-ontspannend");
    assertThat(tree.crossLinks()).containsExactly(CrossLink.of("ik-wandel-graag-in-de-natuur", "het-is-gezond"));
    assertThat(tree.roots()).extracting(Node::text).containsExactly("Een gezonde, groene stad");
    ValidationResult validation = TreeValidator.validate(tree);
    assertThat(validation.violations()).extracting(Violation::code).containsOnly(ViolationCode.LEAF_NOT_PROJECT);
  }

  @Test
  void reasonsThatCloseACycle_becomeCrossLinks() {
    LadderingResult result = Laddering.build(List.of(
        LadderingChain.of("Anna", "Natuur", "Gezondheid", "Geluk"),
        LadderingChain.of("Bram", "Geluk", "Natuur")));
    Doelenboom tree = result.doelenboom();
    assertThat(tree.crossLinks()).containsExactly(CrossLink.of("geluk", "natuur"));
    assertThat(TreeValidator.validate(tree).has(ViolationCode.CYCLE)).isFalse();
  }

  @Test
  void aReasonAboveTheCommonDroom_becomesACrossLink() {
    LadderingResult result = Laddering.build(List.of(LadderingChain.of("Anna", "Een gezonde stad", "Geluk")),
        "Een gezonde stad");
    Doelenboom tree = result.doelenboom();
    assertThat(tree.roots()).extracting(Node::id).containsExactly("een-gezonde-stad");
    assertThat(tree.crossLinks()).containsExactly(CrossLink.of("een-gezonde-stad", "geluk"));
    assertThat(TreeValidator.validate(tree).has(ViolationCode.CYCLE)).isFalse();
  }

  @Test
  void collidingSlugs_getNumbered() {
    LadderingResult result = Laddering.build(List.of(LadderingChain.of("Anna", "Kaas!", "Kaas?")));
    assertThat(result.doelenboom().nodes()).extracting(Node::id).containsExactly("kaas", "kaas-2");
  }
}
