package nl.opgave.workshop.doelenboom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import nl.opgave.model.doelenboom.CrossLink;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.doelenboom.Refinement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DoelenboomPropertyTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validTrees_haveNoViolationsInAnyNodeOrder(long seed) {
    Random random = new Random(seed);
    TreeGen gen = TreeGen.valid(random, 1 + random.nextInt(5));
    List<Node> nodes = new ArrayList<>(gen.nodes);
    List<Link> links = new ArrayList<>(gen.links);
    Collections.shuffle(nodes, random);
    Collections.shuffle(links, random);
    ValidationResult result = TreeValidator.validate(Doelenboom.of(nodes, links));
    assertThat(result.violations()).isEmpty();
    assertThat(result.isValid()).isTrue();
    for (Node node : gen.nodes) {
      assertThat(result.pathOf(node.id())).isEqualTo(gen.path(node.id()));
    }
  }

  enum Defect {
    CYCLE, ORPHAN, LEVEL_INVERSION, TWO_PARENTS, SECOND_ROOT, NO_ROOT, DUPLICATE_ID, DOEL_LEAF, TOO_DEEP,
    AND_SINGLE_CHILD, DUPLICATE_SIBLING, NO_TARGET, DANGLING_CROSS_LINK, UNKNOWN_CHILD
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyInjectedDefect_isReportedWithItsCodeAndPath(long seed) {
    Random random = new Random(seed);
    TreeGen gen = TreeGen.valid(random, 2 + random.nextInt(4));
    Defect defect = Defect.values()[(int) (seed % Defect.values().length)];
    List<Node> nodes = new ArrayList<>(gen.nodes);
    List<Link> links = new ArrayList<>(gen.links);
    List<CrossLink> crossLinks = new ArrayList<>();
    Node root = nodes.get(0);
    List<Node> nonRoot = nodes.subList(1, nodes.size());
    Node v = nonRoot.get(random.nextInt(nonRoot.size()));
    ViolationCode code;
    String nodeId = v.id();
    List<String> path = gen.path(v.id());
    int maxDepth = TreeValidator.DEFAULT_MAX_DEPTH;
    switch (defect) {
      case CYCLE: {
        Node withChild = pick(random, nonRoot, n -> !children(gen, n.id()).isEmpty());
        String child = children(gen, withChild.id()).get(0);
        replaceParent(links, withChild.id(), child);
        code = ViolationCode.CYCLE;
        nodeId = withChild.id();
        path = List.of(gen.byId.get(child).text(), withChild.text());
        break;
      }
      case ORPHAN:
        replaceParent(links, v.id(), "ghost");
        code = ViolationCode.DANGLING_PARENT;
        path = List.of(v.text());
        break;
      case LEVEL_INVERSION: {
        Node low = pick(random, nonRoot, n -> gen.byId.get(gen.parent.get(n.id())).level() != Level.DROOM);
        nodes.set(nodes.indexOf(low), Node.builder().from(low).build().withLevel(Level.DROOM));
        code = ViolationCode.LEVEL_ORDER;
        nodeId = low.id();
        path = gen.path(low.id());
        break;
      }
      case TWO_PARENTS: {
        Node other = pick(random, nodes, n -> !n.id().equals(v.id()) && !n.id().equals(gen.parent.get(v.id())));
        links.add(Link.of(v.id(), other.id()));
        code = ViolationCode.TWO_PARENTS;
        break;
      }
      case SECOND_ROOT:
        nodes.add(Node.of("tweede", Level.DROOM, "Tweede droom"));
        code = ViolationCode.ROOT_MULTIPLE;
        nodeId = "tweede";
        path = List.of("Tweede droom");
        break;
      case NO_ROOT:
        links.add(Link.of(root.id(), v.id()));
        code = ViolationCode.ROOT_MISSING;
        nodeId = null;
        path = List.of();
        break;
      case DUPLICATE_ID:
        nodes.add(Node.builder().from(v).build().withText("Kopie"));
        code = ViolationCode.DUPLICATE_ID;
        path = List.of("Kopie");
        break;
      case DOEL_LEAF:
        nodes.add(Node.of("blad", Level.DOEL, "Blad zonder projecten"));
        links.add(Link.of("blad", root.id()));
        code = ViolationCode.LEAF_NOT_PROJECT;
        nodeId = "blad";
        path = List.of(root.text(), "Blad zonder projecten");
        break;
      case TOO_DEEP: {
        maxDepth = gen.nodes.stream().mapToInt(n -> gen.depth(n.id())).max().orElseThrow() - 1;
        int limit = maxDepth;
        Node deep = gen.nodes.stream().filter(n -> gen.depth(n.id()) == limit + 1).findFirst().orElseThrow();
        code = ViolationCode.TOO_DEEP;
        nodeId = deep.id();
        path = gen.path(deep.id());
        break;
      }
      case AND_SINGLE_CHILD:
        nodes.add(Node.builder().id("en").level(Level.DOEL).text("Eén kind").refinement(Refinement.AND).build());
        nodes.add(Node.builder().from(gen.nodes.get(gen.nodes.size() - 1)).id("enig").text("Enig kind").build());
        links.add(Link.of("en", root.id()));
        links.add(Link.of("enig", "en"));
        code = ViolationCode.AND_SINGLE_CHILD;
        nodeId = "en";
        path = List.of(root.text(), "Eén kind");
        break;
      case DUPLICATE_SIBLING:
        nodes.add(Node.builder().from(v).build().withId("kopie").withText(v.text().toUpperCase(java.util.Locale.ROOT)));
        links.add(Link.of("kopie", gen.parent.get(v.id())));
        code = ViolationCode.DUPLICATE_SIBLING;
        nodeId = "kopie";
        path = new ArrayList<>(gen.path(gen.parent.get(v.id())));
        path.add(v.text().toUpperCase(java.util.Locale.ROOT));
        break;
      case NO_TARGET: {
        Node project = pick(random, nonRoot, n -> n.level() == Level.PROJECT);
        nodes.set(nodes.indexOf(project), Node.builder().from(project).target(java.util.Optional.empty()).build());
        code = ViolationCode.PROJECT_WITHOUT_TARGET;
        nodeId = project.id();
        path = gen.path(project.id());
        break;
      }
      case DANGLING_CROSS_LINK:
        crossLinks.add(CrossLink.of(v.id(), "nergens"));
        code = ViolationCode.DANGLING_CROSS_LINK;
        nodeId = "nergens";
        break;
      case UNKNOWN_CHILD:
        links.add(Link.of("spook", v.id()));
        code = ViolationCode.UNKNOWN_CHILD;
        nodeId = "spook";
        break;
      default:
        throw new AssertionError(defect);
    }
    Doelenboom tree = Doelenboom.builder().nodes(nodes).links(links).crossLinks(crossLinks).build();
    ValidationResult result = TreeValidator.validate(tree, maxDepth);
    String expectedId = nodeId;
    List<Violation> found = result.violations(code).stream()
        .filter(x -> x.nodeId().orElse(null) == null ? expectedId == null : x.nodeId().get().equals(expectedId))
        .collect(Collectors.toList());
    assertThat(found).as("%s for %s in %s", code, expectedId, result.violations()).hasSize(1);
    assertThat(found.get(0).path()).isEqualTo(path);
    assertThat(result.isValid()).isEqualTo(code.severity() == Severity.WARNING && result.errors().isEmpty());
  }

  private static List<String> children(TreeGen gen, String id) {
    return gen.parent.entrySet().stream().filter(e -> e.getValue().equals(id)).map(java.util.Map.Entry::getKey)
        .sorted(java.util.Comparator.comparingInt(c -> gen.nodes.indexOf(gen.byId.get(c))))
        .collect(Collectors.toList());
  }

  private static void replaceParent(List<Link> links, String child, String parent) {
    for (int i = 0; i < links.size(); i++) {
      if (links.get(i).childId().equals(child)) {
        links.set(i, Link.of(child, parent));
      }
    }
  }

  private static Node pick(Random random, List<Node> nodes, java.util.function.Predicate<Node> filter) {
    List<Node> candidates = nodes.stream().filter(filter).collect(Collectors.toList());
    return candidates.get(random.nextInt(candidates.size()));
  }
}
