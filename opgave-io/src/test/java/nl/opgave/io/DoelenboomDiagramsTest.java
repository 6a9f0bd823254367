package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.opgave.model.doelenboom.CrossLink;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import org.junit.jupiter.api.Test;

class DoelenboomDiagramsTest {
  private static final Doelenboom TRICKY = Doelenboom.builder()
      .addNode(Node.of("r", Level.DROOM, "Zeg \"ja\" tegen #groen & <natuur>"))
      .addNode(Node.of("d", Level.DOEL, "Twee\nregels met \\ en `code`"))
      .addNode(Node.of("p", Level.PROJECT, "Project"))
      .addLinks(Link.of("d", "r"), Link.of("p", "d"), Link.of("p", "ghost"))
      .addCrossLink(CrossLink.of("p", "r"))
      .build();

  @Test
  void dot_escapesQuotesBackslashesAndLineBreaks() {
    String dot = DoelenboomDiagrams.dot(TRICKY);
    assertThat(dot).startsWith("digraph doelenboom {\n").endsWith("}\n");
    assertThat(dot).contains("\"r\" [label=\"Zeg \\\"ja\\\" tegen #groen & <natuur>\"");
    assertThat(dot).contains("[label=\"Twee\\nregels met \\\\ en `code`\"");
    assertThat(dot).contains("\"r\" -> \"d\";").contains("\"d\" -> \"p\";").doesNotContain("ghost");
    assertThat(dot).contains("\"p\" -> \"r\" [style=dashed, constraint=false, label=\"draagt ook bij aan\"];");
    assertThat(dot.lines().filter(l -> !l.isEmpty())).allSatisfy(l -> assertThat(l).doesNotContain("\r"));
  }

  @Test
  void mermaid_escapesWithEntityCodes() {
    String mermaid = DoelenboomDiagrams.mermaid(TRICKY);
    assertThat(mermaid).startsWith("flowchart TD\n");
    assertThat(mermaid).contains("n1[\"Zeg #quot;ja#quot; tegen #35;groen #amp; #lt;natuur#gt;\"]:::droom");
    assertThat(mermaid).contains("n2[\"Twee<br/>regels met \\ en #96;code#96;\"]:::doel");
    assertThat(mermaid).contains("n1 --> n2").contains("n2 --> n3").contains("n3 -.->|draagt ook bij aan| n1");
    assertThat(mermaid.lines()).hasSize(10);
  }

  @Test
  void diagrams_drawEmptyTrees() {
    Doelenboom empty = Doelenboom.of(List.of(), List.of());
    assertThat(DoelenboomDiagrams.mermaid(empty)).startsWith("flowchart TD\n");
    assertThat(DoelenboomDiagrams.dot(empty)).contains("digraph");
  }
}
