package nl.opgave.model.doelenboom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A doelenboom as given: its nodes, the parent links between them and the "draagt ook bij aan" cross-links kept
 * outside the tree.
 *
 * <p>The value keeps whatever structure it is given, including cycles, nodes with two parents, links to nodes that
 * do not exist and duplicate ids, so that a validator can report every defect at once. Only the fields of each
 * node and link are checked when the value is built.
 */
@Value.Immutable
abstract class DoelenboomDef {
  /** The nodes, in the order given. */
  @Value.Parameter
  public abstract List<Node> nodes();

  /** The parent links, child to parent, in the order given; the order of a parent's children follows it. */
  @Value.Parameter
  public abstract List<Link> links();

  /** The "draagt ook bij aan" links, in the order given. */
  @Value.Parameter
  public abstract List<CrossLink> crossLinks();

  /**
   * Returns a tree of the given nodes and links, without cross-links.
   *
   * @throws nl.opgave.model.InvalidValueException if a list or an element is null
   */
  public static Doelenboom of(List<Node> nodes, List<Link> links) {
    return Doelenboom.of(nodes, links, List.of());
  }

  /** Returns the first node with this id, if any. */
  public Optional<Node> node(String id) {
    return Optional.ofNullable(index().get(id));
  }

  /** Returns the nodes that no link names as a child, in node order; a valid tree has exactly one. */
  public List<Node> roots() {
    Set<String> children = new HashSet<>();
    for (Link link : links()) {
      children.add(link.childId());
    }
    List<Node> roots = new ArrayList<>();
    for (Node node : nodes()) {
      if (!children.contains(node.id())) {
        roots.add(node);
      }
    }
    return Collections.unmodifiableList(roots);
  }

  /** Returns the ids the links name as children of this id, in link order. */
  public List<String> childIds(String id) {
    return childIndex().getOrDefault(id, List.of());
  }

  /** Returns the ids the links name as parents of this id, in link order; a valid tree has at most one. */
  public List<String> parentIds(String id) {
    List<String> parents = new ArrayList<>(1);
    for (Link link : links()) {
      if (link.childId().equals(id)) {
        parents.add(link.parentId());
      }
    }
    return Collections.unmodifiableList(parents);
  }

  // Caches of values derived from the attributes, kept off the public API that @Value.Lazy would create.
  @SuppressWarnings("immutables:incompat")
  private transient volatile Map<String, Node> index;
  @SuppressWarnings("immutables:incompat")
  private transient volatile Map<String, List<String>> childIndex;

  Map<String, Node> index() {
    Map<String, Node> cached = index;
    if (cached == null) {
      Map<String, Node> built = new HashMap<>();
      for (Node node : nodes()) {
        built.putIfAbsent(node.id(), node);
      }
      cached = Collections.unmodifiableMap(built);
      index = cached;
    }
    return cached;
  }

  Map<String, List<String>> childIndex() {
    Map<String, List<String>> cached = childIndex;
    if (cached == null) {
      Map<String, List<String>> children = new HashMap<>();
      for (Link link : links()) {
        children.computeIfAbsent(link.parentId(), k -> new ArrayList<>()).add(link.childId());
      }
      children.replaceAll((k, v) -> List.copyOf(v));
      cached = Collections.unmodifiableMap(children);
      childIndex = cached;
    }
    return cached;
  }
}
