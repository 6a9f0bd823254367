package nl.opgave.io;

import nl.opgave.model.doelenboom.CrossLink;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.internal.doelenboom.TreeIndex;

/**
 * Draws a doelenboom as diagram text: a Mermaid flowchart or a Graphviz DOT digraph, top-down from the droom, with
 * cross-links dashed and labelled "draagt ook bij aan". Any tree can be drawn, also an invalid one; links that name
 * a node that does not exist are left out, and a repeated id draws as its first node.
 */
public final class DoelenboomDiagrams {
  private static final String CROSS_LABEL = "draagt ook bij aan";

  private DoelenboomDiagrams() {}

  /**
   * Returns Mermaid flowchart text; node texts are quoted with Mermaid's entity codes for quotes, '#', '&lt;',
   * '&gt;', '&amp;' and backticks, and line breaks become {@code <br/>}. A target appears on a second line.
   *
   * @throws NullPointerException if tree is null
   */
  public static String mermaid(Doelenboom tree) {
    TreeIndex x = index(tree);
    StringBuilder out = new StringBuilder(64 + x.n * 60);
    out.append("flowchart TD\n");
    for (int i = 0; i < x.n; i++) {
      if (x.duplicateOf[i] >= 0) {
        continue;
      }
      Node node = x.nodes[i];
      out.append("  n").append(i + 1).append("[\"").append(mermaidText(node.text()));
      node.target().ifPresent(t -> out.append("<br/>").append(mermaidText("(" + t.label() + ")")));
      out.append("\"]:::").append(node.level().label()).append('\n');
    }
    for (Link link : tree.links()) {
      int c = x.ids.get(link.childId());
      int p = x.ids.get(link.parentId());
      if (c >= 0 && p >= 0) {
        out.append("  n").append(p + 1).append(" --> n").append(c + 1).append('\n');
      }
    }
    for (CrossLink link : tree.crossLinks()) {
      int from = x.ids.get(link.fromId());
      int to = x.ids.get(link.toId());
      if (from >= 0 && to >= 0) {
        out.append("  n").append(from + 1).append(" -.->|").append(CROSS_LABEL).append("| n").append(to + 1)
            .append('\n');
      }
    }
    out.append("  classDef droom fill:#c8e6c9,stroke:#2e7d32,stroke-width:2px\n");
    out.append("  classDef doel fill:#e8f5e9,stroke:#43a047\n");
    out.append("  classDef project fill:#ffffff,stroke:#66bb6a\n");
    return out.toString();
  }

  /**
   * Returns Graphviz DOT text; ids and texts are double-quoted with backslashes and quotes escaped, and line
   * breaks written as {@code \n}.
   *
   * @throws NullPointerException if tree is null
   */
  public static String dot(Doelenboom tree) {
    TreeIndex x = index(tree);
    StringBuilder out = new StringBuilder(128 + x.n * 60);
    out.append("digraph doelenboom {\n");
    out.append("  rankdir=TB;\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
    for (int i = 0; i < x.n; i++) {
      if (x.duplicateOf[i] >= 0) {
        continue;
      }
      Node node = x.nodes[i];
      String label = node.text() + node.target().map(t -> "\n(" + t.label() + ")").orElse("");
      out.append("  ").append(dotString(node.id())).append(" [label=").append(dotString(label))
          .append(", fillcolor=\"").append(fill(node)).append("\"];\n");
    }
    for (Link link : tree.links()) {
      if (x.ids.get(link.childId()) >= 0 && x.ids.get(link.parentId()) >= 0) {
        out.append("  ").append(dotString(link.parentId())).append(" -> ").append(dotString(link.childId()))
            .append(";\n");
      }
    }
    for (CrossLink link : tree.crossLinks()) {
      if (x.ids.get(link.fromId()) >= 0 && x.ids.get(link.toId()) >= 0) {
        out.append("  ").append(dotString(link.fromId())).append(" -> ").append(dotString(link.toId()))
            .append(" [style=dashed, constraint=false, label=\"").append(CROSS_LABEL).append("\"];\n");
      }
    }
    out.append("}\n");
    return out.toString();
  }

  static String dotString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          if (k + 1 >= text.length() || text.charAt(k + 1) != '\n') {
            out.append("\\n");
          }
          break;
        default:
          out.append(c);
      }
    }
    return out.append('"').toString();
  }

  static String mermaidText(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '"':
          out.append("#quot;");
          break;
        case '#':
          out.append("#35;");
          break;
        case '<':
          out.append("#lt;");
          break;
        case '>':
          out.append("#gt;");
          break;
        case '&':
          out.append("#amp;");
          break;
        case '`':
          out.append("#96;");
          break;
        case '\n':
          out.append("<br/>");
          break;
        case '\r':
          if (k + 1 >= text.length() || text.charAt(k + 1) != '\n') {
            out.append("<br/>");
          }
          break;
        case '\t':
          out.append(' ');
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  private static String fill(Node node) {
    switch (node.level()) {
      case DROOM:
        return "#c8e6c9";
      case DOEL:
        return "#e8f5e9";
      default:
        return "#ffffff";
    }
  }

  private static TreeIndex index(Doelenboom tree) {
    if (tree == null) {
      throw new NullPointerException("tree");
    }
    return new TreeIndex(tree);
  }
}
