package nl.opgave.examples.report;

import java.util.List;

/** A small writer of self-contained, printable HTML: escaped text, headings, tables. */
public final class Html {
  private final StringBuilder body = new StringBuilder();
  private final String title;
  private final String lang;

  /** Starts a page with the title, in the language ("nl" or "en"). */
  public Html(String title, String lang) {
    this.title = title;
    this.lang = lang;
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /** Adds a section heading with an anchor id. */
  public Html heading(int level, String id, String text) {
    body.append("<h").append(level).append(" id=\"").append(escape(id)).append("\">").append(escape(text))
        .append("</h").append(level).append(">\n");
    return this;
  }

  /** Adds a paragraph of text. */
  public Html paragraph(String text) {
    body.append("<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  /** Adds a bulleted list. */
  public Html list(List<String> items) {
    body.append("<ul>\n");
    items.forEach(i -> body.append("  <li>").append(escape(i)).append("</li>\n"));
    body.append("</ul>\n");
    return this;
  }

  /** Adds a table with a caption, a header row and rows of cells. */
  public Html table(String cssClass, String caption, List<String> header, List<List<String>> rows) {
    body.append("<table class=\"").append(escape(cssClass)).append("\">\n");
    if (!caption.isEmpty()) {
      body.append("<caption>").append(escape(caption)).append("</caption>\n");
    }
    body.append("<thead><tr>");
    header.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
    body.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      row.forEach(c -> body.append("<td>").append(escape(c)).append("</td>"));
      body.append("</tr>\n");
    }
    body.append("</tbody></table>\n");
    return this;
  }

  /** Adds markup that the caller built and escaped itself, such as an inline SVG. */
  public Html raw(String markup) {
    body.append(markup).append('\n');
    return this;
  }

  /** Opens a block with a CSS class; close it with {@link #close()}. */
  public Html open(String cssClass) {
    body.append("<div class=\"").append(escape(cssClass)).append("\">\n");
    return this;
  }

  /** Closes the last opened block. */
  public Html close() {
    body.append("</div>\n");
    return this;
  }

  /** Returns the whole page. */
  public String render() {
    return "<!DOCTYPE html>\n<html lang=\"" + escape(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
        + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body
        + "</body>\n</html>\n";
  }

  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem;color:#1b1b1b;"
          + "max-width:80rem}",
      "h1{color:#0b5394}h2{border-bottom:2px solid #0b5394;padding-bottom:.2rem;margin-top:2.5rem}",
      "table{border-collapse:collapse;margin:.8rem 0 1.5rem}caption{text-align:left;font-weight:600;"
          + "padding:.3rem 0}",
      "th,td{border:1px solid #bbb;padding:.25rem .6rem;text-align:left;vertical-align:top}",
      "th{background:#eef3f8;white-space:nowrap}.wit th{background:#f7f7f7}.blauw th{background:#dbe8f7}",
      "table.round td:nth-child(-n+3),table.itineraries td:first-child{white-space:nowrap}",
      "table.round td:nth-child(3),.host{font-weight:600}",
      ".rounds{display:flex;flex-wrap:wrap;gap:0 1.5rem}",
      ".tree{overflow-x:auto}.tree svg{max-width:none;height:auto}",
      ".muted{color:#666}",
      "@media print{@page{size:A4;margin:14mm}body{margin:0;max-width:none;font-size:10pt}h1{font-size:16pt}"
          + "h2{margin-top:1.2rem;break-after:avoid;page-break-after:avoid}caption{break-after:avoid}"
          + "thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}"
          + "table{width:100%;margin:.4rem 0 1rem}.rounds{display:block}.tree{overflow:visible}"
          + ".tree svg{max-width:100%}th{-webkit-print-color-adjust:exact;print-color-adjust:exact}}",
      "");
}
