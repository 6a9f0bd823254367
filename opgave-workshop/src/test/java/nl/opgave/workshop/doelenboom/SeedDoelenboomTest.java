package nl.opgave.workshop.doelenboom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.opgave.model.doelenboom.GroeneCirkel;
import nl.opgave.model.doelenboom.Project;
import nl.opgave.model.seed.DromenVoorDoeners;
import org.junit.jupiter.api.Test;

class SeedDoelenboomTest {
  @Test
  void seedTree_isValidWithWarningsForProjectsWithoutNumbers() {
    ValidationResult result = TreeValidator.validate(DromenVoorDoeners.doelenboom());
    assertThat(result.isValid()).isTrue();
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).extracting(v -> v.nodeId().orElseThrow())
        .containsExactly("duinsafari", "buitenschools", "uurtje-natuur", "boer");
    assertThat(result.warnings()).allSatisfy(v -> assertThat(v.code()).isEqualTo(
        ViolationCode.PROJECT_WITHOUT_TARGET));
    assertThat(result.warnings().get(0).pathText()).isEqualTo("Kinderen worden gezonder (minder obesitas)"
        + " > Kinderen bewegen meer in het groen > Duinsafari voor iedere jongere in Den Haag");
  }

  @Test
  void seedCircle_roadmapStartsLowHangingFruitAtT0AndJdmAtT2() {
    GroeneCirkel circle = DromenVoorDoeners.denHaag();
    Roadmap roadmap = Portfolio.roadmap(circle.projects(), circle.horizons());
    assertThat(roadmap.method()).isEqualTo(RoadmapMethod.EXACT);
    assertThat(roadmap.gap()).isZero();
    for (String id : List.of("a", "b", "h")) {
      assertThat(roadmap.startOf(id)).contains("T0");
    }
    for (String id : List.of("J", "D", "M")) {
      assertThat(roadmap.startOf(id)).contains("T2");
    }
    assertThat(roadmap.horizons()).allSatisfy(h -> assertThat(h.spent()).isLessThanOrEqualTo(h.available()));
  }

  @Test
  void seedCircle_lowHangingFruitIsABH() {
    GroeneCirkel circle = DromenVoorDoeners.denHaag();
    List<Placement> plane = Portfolio.plane(circle.projects(), circle.horizons().get(0).feasibilityThreshold(),
        100_000);
    assertThat(plane).filteredOn(p -> p.quadrant() == Quadrant.LAAGHANGEND_FRUIT).extracting(Placement::projectId)
        .containsExactly("a", "b", "h");
  }

  @Test
  void seedCircle_yieldGapIsDreamMinusAutonomous() {
    GroeneCirkel circle = DromenVoorDoeners.denHaag();
    YieldGap gap = Portfolio.yieldGap(circle.projects(), circle.horizons());
    assertThat(gap.autonomous().scheduled()).extracting(ScheduledProject::projectId).containsExactly("a", "b", "h");
    assertThat(gap.gap()).isEqualTo(gap.dream().totalYield() - gap.autonomous().totalYield()).isPositive();
  }

  @Test
  void seedCircle_lowHangingFruitCoversOneDoelButNotTheDroom() {
    GroeneCirkel circle = DromenVoorDoeners.denHaag();
    List<Project> abh = circle.projects().subList(0, 3);
    Coverage coverage = Portfolio.coverage(circle.doelenboom(), abh);
    assertThat(coverage.coveredNodeIds()).containsExactly("observeren", "buitenschools", "uurtje-natuur", "boer");
    assertThat(coverage.rootCovered()).isFalse();
    assertThat(coverage.share()).isEqualTo(0.5);
    Coverage all = Portfolio.coverage(circle.doelenboom(), circle.projects(),
        Portfolio.roadmap(circle.projects(), circle.horizons()));
    assertThat(all.rootCovered()).isTrue();
  }

  @Test
  void seedMeeting_laddersIntoThreeChainsUnderACommonDroom() {
    LadderingResult result = Laddering.build(DromenVoorDoeners.droombijeenkomst().chains(), "Natuur dichtbij");
    assertThat(result.doelenboom().roots()).hasSize(1);
    assertThat(result.doelenboom().parentIds("mijn-kinderen-moeten-lekker-buiten-kunnen-spelen"))
        .containsExactly("in-de-natuur-spelen-is-gezond");
    assertThat(result.attributionsOf("in-de-natuur-spelen-is-gezond")).extracting(Attribution::participant)
        .containsExactly("deelnemer 2");
  }

  @Test
  void familie_kaasEnBodemdalingIsAValidTree() {
    GroeneCirkel kaas = DromenVoorDoeners.familie().circle(DromenVoorDoeners.KAAS_ID).orElseThrow();
    ValidationResult result = TreeValidator.validate(kaas.doelenboom());
    assertThat(result.isValid()).isTrue();
    assertThat(result.violations()).extracting(Violation::code).containsOnly(ViolationCode.PROJECT_WITHOUT_TARGET);
  }
}
