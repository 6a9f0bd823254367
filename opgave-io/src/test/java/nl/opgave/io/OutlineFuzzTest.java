package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.internal.doelenboom.TreeIndex;

/** Fuzzes the outline reader: any exception other than {@link OutlineFormatException} is a bug. */
class OutlineFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void parseOutline(byte[] outline) {
    try {
      Doelenboom tree = DoelenboomOutline.parse(outline);
      assertThat(DoelenboomOutline.parse(DoelenboomOutline.render(tree))).isEqualTo(tree);
      TreeIndex index = new TreeIndex(tree);
      assertThat(index.isForest()).isTrue();
      for (int v = 0; v < index.n; v++) {
        assertThat(index.nodes[v].level()).isEqualTo(Level.atDepth(index.depth[v] - 1));
      }
      assertThat(DoelenboomDiagrams.mermaid(tree)).startsWith("flowchart TD\n");
      assertThat(DoelenboomDiagrams.dot(tree)).endsWith("}\n");
    } catch (OutlineFormatException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
        assertThat(p.line()).isPositive();
        assertThat(p.column()).isPositive();
      });
    }
  }
}
