package nl.opgave.model.doelenboom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.seed.DromenVoorDoeners;
import org.junit.jupiter.api.Test;

class DoelenboomModelTest {
  @Test
  void seedTree_hasTheSlidesDroomDoelenAndProjects() {
    Doelenboom tree = DromenVoorDoeners.doelenboom();
    assertThat(tree.roots()).extracting(Node::text).containsExactly("Kinderen worden gezonder (minder obesitas)");
    assertThat(tree.childIds("gezonder")).containsExactly("bewegen", "observeren");
    assertThat(tree.nodes()).filteredOn(n -> n.level() == Level.PROJECT).hasSize(6);
    assertThat(tree.node("speelbossen").flatMap(Node::target).map(Target::label)).contains("10 speelbossen");
    assertThat(tree.parentIds("boer")).containsExactly("observeren");
  }

  @Test
  void seedCircle_hasLettersSixStepsAndServesItsOwnNodes() {
    GroeneCirkel circle = DromenVoorDoeners.denHaag();
    assertThat(circle.projects()).extracting(Project::id).containsExactly("a", "b", "h", "J", "D", "M");
    assertThat(circle.steps()).extracting(s -> s.stap().number()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(circle.state(Stap.LAAGHANGEND_FRUIT)).isEqualTo(StepState.IN_PROGRESS);
    assertThat(circle.horizons()).extracting(Horizon::name).containsExactly("T0", "T1", "T2");
    assertThat(DromenVoorDoeners.familie().circles()).extracting(GroeneCirkel::name)
        .contains("Groene Cirkel Kaas en bodemdaling");
    assertThat(DromenVoorDoeners.droombijeenkomst().chains()).extracting(c -> c.steps().get(1))
        .containsExactly("Dat is lekker ontspannend", "In de natuur spelen is gezond", "Daar trek ik meer klanten mee");
  }

  @Test
  void node_rejectsBlankTextNamingTheNode() {
    assertThatThrownBy(() -> Node.of("p1", Level.PROJECT, " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("node 'p1': text must not be blank, but was ' '");
    assertThatThrownBy(() -> Node.of("p 1", Level.PROJECT, "x"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("node.id").hasMessageContaining("'p 1'");
    assertThatThrownBy(() -> Link.of("p1", "?"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("link from 'p1': parentId must be");
  }

  @Test
  void values_rejectOutOfRangeNumbers() {
    assertThatThrownBy(() -> Target.of(0, "speelbossen")).hasMessageContaining("quantity must be greater than zero");
    assertThatThrownBy(() -> Horizon.of("T0", 101, 5)).hasMessageContaining("horizon 'T0': feasibilityThreshold");
    assertThatThrownBy(() -> Horizon.of("T0", 50, -1)).hasMessageContaining("budget must not be negative");
    assertThatThrownBy(() -> Project.builder().id("a").name("A").cost(1).feasibility(-1).expectedYield(1).build())
        .hasMessageContaining("project 'a': feasibility must lie between 0 and 100, but was -1");
    assertThatThrownBy(() -> LadderingChain.builder().participant("Anna").build())
        .hasMessageContaining("steps must hold at least the statement");
    assertThatThrownBy(() -> Level.parse("hoezo")).hasMessageContaining("'hoezo'");
    assertThat(Level.parse(" Wat? ")).isEqualTo(Level.DOEL);
  }

  @Test
  void circle_reportsEveryProblemAtOnce() {
    Project a = Project.builder().id("a").name("A").cost(1).feasibility(50).expectedYield(1)
        .addServedNodeId("nergens").build();
    assertThatThrownBy(() -> GroeneCirkel.builder().id("c").name("C").droom("D")
        .doelenboom(DromenVoorDoeners.doelenboom()).projects(List.of(a, a))
        .addStep(StepStatus.of(Stap.ANALYSE, StepState.DONE)).addStep(StepStatus.of(Stap.GEZAMENLIJKE_VISIE,
            StepState.DONE)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.problems()).hasSize(4))
        .hasMessageContaining("projects contains the id 'a' twice")
        .hasMessageContaining("step 1 follows step 3")
        .hasMessageContaining("serves node 'nergens'");
  }

  @Test
  void tree_keepsDefectsAsGiven() {
    Doelenboom tree = Doelenboom.of(List.of(Node.of("x", Level.DOEL, "X"), Node.of("x", Level.DOEL, "Y")),
        List.of(Link.of("x", "x"), Link.of("x", "z")));
    assertThat(tree.nodes()).hasSize(2);
    assertThat(tree.parentIds("x")).containsExactly("x", "z");
    assertThat(tree.node("x").map(Node::text)).contains("X");
    assertThat(tree.roots()).isEmpty();
  }
}
