package nl.opgave.workshop.doelenboom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.doelenboom.Refinement;
import nl.opgave.model.doelenboom.Target;

/** Seeded generator of valid doelenbomen for property tests. */
final class TreeGen {
  private static final String[] WORDS = {"kinderen", "groen", "speelbos", "duinsafari", "schoolplein", "boer",
      "natuur", "gezond", "bewegen", "kaas", "bodemdaling", "biodiversiteit", "water", "IJssel", "Één", "café",
      "\"uurtje natuur\"", "#1", "<b>", "a & b", "back\\slash", "'s-Gravenhage", "Zuid-Holland", "ökologie"};

  final List<Node> nodes = new ArrayList<>();
  final List<Link> links = new ArrayList<>();
  final Map<String, String> parent = new HashMap<>();
  final Map<String, Node> byId = new HashMap<>();

  private TreeGen() {}

  /** A valid tree: droom, doelen (possibly nested), projects (possibly nested), every project with a target. */
  static TreeGen valid(Random random, int maxChildren) {
    TreeGen gen = new TreeGen();
    gen.add(random, "r", null, Level.DROOM, 0, maxChildren);
    return gen;
  }

  private void add(Random random, String rootId, String rootParent, Level rootLevel, int rootDepth, int maxChildren) {
    List<Object[]> queue = new ArrayList<>();
    queue.add(new Object[] {rootId, rootParent, rootLevel, rootDepth});
    for (int head = 0; head < queue.size(); head++) {
      Object[] item = queue.get(head);
      String id = (String) item[0];
      String parentId = (String) item[1];
      Level level = (Level) item[2];
      int depth = (Integer) item[3];
      int children;
      Level childLevel;
      if (level == Level.PROJECT) {
        children = depth < 5 && random.nextInt(6) == 0 ? 2 + random.nextInt(2) : 0;
        childLevel = Level.PROJECT;
      } else {
        children = 1 + random.nextInt(maxChildren);
        childLevel = level == Level.DROOM || (depth < 4 && random.nextInt(4) == 0) ? Level.DOEL : Level.PROJECT;
        if (level == Level.DOEL && childLevel == Level.DOEL) {
          childLevel = random.nextBoolean() ? Level.DOEL : Level.PROJECT;
        }
      }
      Node.Builder node = Node.builder().id(id).level(level).text(text(random, queue.size() + head));
      if (level == Level.PROJECT) {
        node.target(Target.of(1 + random.nextInt(30), "stuks"));
      }
      if (children >= 2) {
        int r = random.nextInt(3);
        if (r > 0) {
          node.refinement(r == 1 ? Refinement.AND : Refinement.OR);
        }
      }
      Node built = node.build();
      nodes.add(built);
      byId.put(id, built);
      if (parentId != null) {
        links.add(Link.of(id, parentId));
        parent.put(id, parentId);
      }
      for (int c = 0; c < children; c++) {
        queue.add(new Object[] {id + "." + (c + 1), id, childLevel, depth + 1});
      }
    }
  }

  private static String text(Random random, int unique) {
    StringBuilder text = new StringBuilder();
    int words = 1 + random.nextInt(4);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(' ');
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.append(' ').append(unique).toString();
  }

  /** The texts from the root down to the node, following the generated parents. */
  List<String> path(String id) {
    List<String> path = new ArrayList<>();
    for (String v = id; v != null; v = parent.get(v)) {
      path.add(0, byId.get(v).text());
    }
    return path;
  }

  int depth(String id) {
    int depth = 0;
    for (String v = id; v != null; v = parent.get(v)) {
      depth++;
    }
    return depth;
  }
}
