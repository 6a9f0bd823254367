package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import nl.opgave.model.DutchText;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.doelenboom.Target;
import nl.opgave.model.internal.doelenboom.TreeIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DoelenboomOutlinePropertyTest {
  private static final String[] WORDS = {"kinderen", "groen", "speelbos", "duinsafari", "schoolplein", "boer",
      "natuur", "bewegen", "kaas", "bodemdaling", "IJssel", "Één", "café", "\"uurtje natuur\"", "#1", "<b>",
      "a & b", "back\\slash", "'s-Gravenhage", "- streepje", "🌱"};

  private static final String[] BRACKETS = {"[10 speelbossen]", "[2.5 ha uiterlijk 2030-01-01]", "[0 x]",
      "[fase 2]", "[3 stappen]", "\\[4 dingen]", "[]"};
  private static final String[] UNITS = {"speelbossen", "groene schoolpleinen", "m² groen", "2 x 3 m",
      "uiterlijk", "kinderen (6-12 jaar)", "'s-Gravenhage", "🌱", "a\\b"};

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void parseOfRender_isTheIdentity(long seed) {
    Random random = new Random(seed);
    Doelenboom tree = outlineShaped(random, 1 + random.nextInt(6));
    String outline = DoelenboomOutline.render(tree);
    assertThat(DoelenboomOutline.parse(outline)).isEqualTo(tree);
    assertThat(DoelenboomOutline.parse(outline.getBytes(StandardCharsets.UTF_8))).isEqualTo(tree);
    assertThat(outline.lines()).hasSize(tree.nodes().size());
    TreeIndex index = new TreeIndex(tree);
    assertThat(index.isForest()).isTrue();
    for (int v = 0; v < index.n; v++) {
      assertThat(index.nodes[v].level()).isEqualTo(Level.atDepth(index.depth[v] - 1));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutatedOutlineBytes_parseOrFailWithProblemsInsideTheInput(long seed) {
    Random random = new Random(seed);
    byte[] bytes = DoelenboomOutline.render(outlineShaped(random, 3)).getBytes(StandardCharsets.UTF_8);
    byte[] noise = {'\t', ' ', '-', '\n', '\r', (byte) 0xC3, (byte) 0xFF, (byte) 0x80, 7, 'x'};
    for (int m = 1 + random.nextInt(4); m > 0; m--) {
      bytes[random.nextInt(bytes.length)] = noise[random.nextInt(noise.length)];
    }
    long lines = 1;
    for (byte b : bytes) {
      lines += b == '\n' ? 1 : 0;
    }
    try {
      Doelenboom tree = DoelenboomOutline.parse(bytes);
      assertThat(new TreeIndex(tree).isForest()).isTrue();
      assertThat(DoelenboomOutline.parse(DoelenboomOutline.render(tree))).isEqualTo(tree);
    } catch (OutlineFormatException e) {
      assertThat(e.problems()).isNotEmpty();
      for (OutlineProblem problem : e.problems()) {
        assertThat(problem.line()).isBetween(1, (int) lines);
        assertThat(problem.column()).isBetween(1, bytes.length + 1);
        assertThat(problem.message(DutchText.DUTCH)).isNotBlank();
      }
    }
  }

  /** Roots, doelen and projects by depth with the outline's positional ids, nodes and links in outline order. */
  private static Doelenboom outlineShaped(Random random, int maxChildren) {
    List<Node> nodes = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    int roots = 1 + random.nextInt(3);
    for (int r = 1; r <= roots; r++) {
      addSubtree(random, maxChildren, Integer.toString(r), null, 0, nodes, links);
    }
    return Doelenboom.of(nodes, links);
  }

  private static void addSubtree(Random random, int maxChildren, String id, String parentId, int depth,
      List<Node> nodes, List<Link> links) {
    StringBuilder text = new StringBuilder();
    for (int w = 1 + random.nextInt(4); w > 0; w--) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    text.append(nodes.size());
    int tail = random.nextInt(8);
    if (tail == 0) {
      text.append(' ').append(BRACKETS[random.nextInt(BRACKETS.length)]);
    } else if (tail == 1) {
      text.append(" \\").append(BRACKETS[random.nextInt(BRACKETS.length)]);
    }
    Node.Builder node = Node.builder().id(id).level(Level.atDepth(depth)).text(text.toString());
    if (random.nextInt(3) == 0) {
      Target.Builder target = Target.builder().unit(UNITS[random.nextInt(UNITS.length)])
          .quantity(BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(4)));
      if (random.nextBoolean()) {
        target.deadline(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(5000)));
      }
      node.target(target.build());
    }
    nodes.add(node.build());
    if (parentId != null) {
      links.add(Link.of(id, parentId));
    }
    int children = depth == 2 ? 0 : random.nextInt(maxChildren + 1);
    for (int c = 1; c <= children; c++) {
      addSubtree(random, maxChildren, id + "." + c, id, depth + 1, nodes, links);
    }
  }
}
