package nl.opgave.examples.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Draws a tree as inline SVG: leaves side by side, each parent centred above its children. */
public final class SvgTree {
  private static final int BOX_WIDTH = 210;
  private static final int BOX_HEIGHT = 76;
  private static final int GAP_X = 20;
  private static final int GAP_Y = 56;
  private static final String[] FILLS = {"#0b5394", "#3d85c6", "#6aa84f", "#93c47d"};

  /**
   * A node to draw.
   *
   * @param id unique id
   * @param parentId the parent's id, or null for a root
   * @param text the label
   * @param depth 0 for roots
   */
  public record Node(String id, String parentId, String text, int depth) {}

  private SvgTree() {}

  /** Returns the SVG markup of the forest, nodes in the order given within each parent. */
  public static String draw(List<Node> nodes, String label) {
    Map<String, List<Node>> children = new LinkedHashMap<>();
    List<Node> roots = new ArrayList<>();
    for (Node node : nodes) {
      if (node.parentId() == null) {
        roots.add(node);
      } else {
        children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
      }
    }
    Map<String, Double> x = new HashMap<>();
    double[] nextLeaf = {0};
    List<Node> postOrder = new ArrayList<>();
    List<Object[]> stack = new ArrayList<>();
    for (int r = roots.size() - 1; r >= 0; r--) {
      stack.add(new Object[] {roots.get(r), Boolean.FALSE});
    }
    while (!stack.isEmpty()) {
      Object[] top = stack.remove(stack.size() - 1);
      Node node = (Node) top[0];
      List<Node> kids = children.getOrDefault(node.id(), List.of());
      if (Boolean.TRUE.equals(top[1]) || kids.isEmpty()) {
        postOrder.add(node);
        if (kids.isEmpty()) {
          x.put(node.id(), nextLeaf[0]);
          nextLeaf[0] += BOX_WIDTH + GAP_X;
        } else {
          x.put(node.id(), (x.get(kids.get(0).id()) + x.get(kids.get(kids.size() - 1).id())) / 2);
        }
      } else {
        stack.add(new Object[] {node, Boolean.TRUE});
        for (int k = kids.size() - 1; k >= 0; k--) {
          stack.add(new Object[] {kids.get(k), Boolean.FALSE});
        }
      }
    }
    int maxDepth = nodes.stream().mapToInt(Node::depth).max().orElse(0);
    double width = Math.max(nextLeaf[0] - GAP_X, BOX_WIDTH) + 2;
    double height = (maxDepth + 1) * (BOX_HEIGHT + GAP_Y) - GAP_Y + 2;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(java.util.Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %.0f %.0f\""
            + " width=\"%.0f\" height=\"%.0f\" font-family=\"sans-serif\" font-size=\"14\">%n",
        Html.escape(label), width, height, width, height));
    for (Node node : postOrder) {
      if (node.parentId() != null && x.containsKey(node.parentId())) {
        double px = x.get(node.parentId()) + BOX_WIDTH / 2.0 + 1;
        double py = (node.depth() - 1) * (BOX_HEIGHT + GAP_Y) + BOX_HEIGHT + 1;
        double cx = x.get(node.id()) + BOX_WIDTH / 2.0 + 1;
        double cy = node.depth() * (BOX_HEIGHT + GAP_Y) + 1;
        svg.append(String.format(java.util.Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>%n", px, py, cx, cy));
      }
    }
    for (Node node : postOrder) {
      double bx = x.get(node.id()) + 1;
      double by = node.depth() * (BOX_HEIGHT + GAP_Y) + 1;
      svg.append(String.format(java.util.Locale.ROOT,
          "<g class=\"node\" data-id=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"8\""
              + " fill=\"%s\"/>",
          Html.escape(node.id()), bx, by, BOX_WIDTH, BOX_HEIGHT, FILLS[Math.min(node.depth(), FILLS.length - 1)]));
      List<String> lines = wrap(node.text(), 26, 4);
      double firstY = by + BOX_HEIGHT / 2.0 - (lines.size() - 1) * 8.0 + 5;
      for (int i = 0; i < lines.size(); i++) {
        svg.append(String.format(java.util.Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#fff\">%s</text>",
            bx + BOX_WIDTH / 2.0, firstY + i * 16, Html.escape(lines.get(i))));
      }
      svg.append("<title>").append(Html.escape(node.text())).append("</title></g>\n");
    }
    return svg.append("</svg>").toString();
  }

  static List<String> wrap(String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
      cut.set(maxLines - 1, cut.get(maxLines - 1) + "…");
      return cut;
    }
    return lines;
  }
}
