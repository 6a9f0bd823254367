package nl.opgave.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

final class Block {
  record Para(String text, boolean bold, float size, Colour colour, float gapBefore, boolean shortenable,
      Colour swatch) {
    static Para of(String text, boolean bold, float size, Colour colour, float gapBefore) {
      return new Para(text, bold, size, colour, gapBefore, false, null);
    }

    Para shorten() {
      return new Para(text, bold, size, colour, gapBefore, true, swatch);
    }

    Para swatch(Colour fill) {
      return new Para(text, bold, size, colour, gapBefore, shortenable, fill);
    }
  }

  private record Laid(Para para, float size, List<String> lines, float indent) {}

  private final Canvas canvas;
  private final Canvas.Box box;
  private final List<Para> paras = new ArrayList<>();

  Block(Canvas canvas, Canvas.Box box) {
    this.canvas = canvas;
    this.box = box;
  }

  Block add(Para para) {
    if (!para.text().isBlank()) {
      paras.add(new Para(canvas.fonts().clean(para.text()), para.bold(), para.size(), para.colour(),
          para.gapBefore(), para.shortenable(), para.swatch()));
    }
    return this;
  }

  float draw(float minScale) throws IOException {
    return draw(minScale, null);
  }

  float draw(float minScale, Para overflow) throws IOException {
    float scale = 1f;
    for (; scale >= minScale - 1e-4f; scale -= 0.04f) {
      List<Laid> laid = lay(paras, scale, false);
      if (laid != null) {
        return paint(laid, scale);
      }
    }
    scale = minScale;
    List<Laid> all = new ArrayList<>();
    for (Para para : paras) {
      all.add(lay(para, scale, true));
    }
    float[] heights = new float[all.size() + 1];
    for (int i = 0; i < all.size(); i++) {
      heights[i + 1] = heights[i] + height(all.get(i), i, scale);
    }
    if (heights[all.size()] <= box.height()) {
      return paint(all, scale);
    }
    Laid more = overflow == null ? null : lay(overflow, scale, true);
    for (int kept = all.size() - 1; kept >= 0; kept--) {
      float height = more == null ? heights[kept] : heights[kept] + height(more, kept, scale);
      if (height <= box.height()) {
        List<Laid> tried = new ArrayList<>(all.subList(0, kept));
        if (more != null) {
          tried.add(more);
        }
        return paint(tried, scale);
      }
    }
    return paint(List.of(), scale);
  }

  /** Lays the paragraphs out at a scale, or returns null as soon as they overflow the box. */
  private List<Laid> lay(List<Para> list, float scale, boolean shorten) {
    List<Laid> laid = new ArrayList<>();
    float height = 0;
    for (Para para : list) {
      Laid l = lay(para, scale, shorten);
      height += height(l, laid.size(), scale);
      if (height > box.height()) {
        return null;
      }
      laid.add(l);
    }
    return laid;
  }

  private Laid lay(Para para, float scale, boolean shorten) {
    String text = para.text();
    float size = para.size() * scale;
    Fonts.Face face = canvas.fonts().face(para.bold());
    float indent = para.swatch() == null ? 0 : size * 1.3f;
    float width = box.width() - indent;
    List<String> lines = shorten && para.shortenable()
        ? List.of(Lines.shorten(face, size, text, width))
        : Lines.wrap(face, size, text, width);
    return new Laid(para, size, lines, indent);
  }

  private static float height(Laid l, int index, float scale) {
    return (index == 0 ? 0 : l.para().gapBefore() * scale) + l.lines().size() * l.size() * Lines.LEADING;
  }

  private float paint(List<Laid> laid, float scale) throws IOException {
    float top = box.top();
    for (int i = 0; i < laid.size(); i++) {
      Laid l = laid.get(i);
      top -= i == 0 ? 0 : l.para().gapBefore() * scale;
      if (l.para().swatch() != null) {
        float side = l.size() * 0.9f;
        Canvas.Box swatch = new Canvas.Box(box.x(), top - l.size() * 1.02f, side, side);
        canvas.fill(swatch, l.para().swatch());
        canvas.frame(swatch, Colour.GREY, 0.5f);
      }
      for (String line : l.lines()) {
        canvas.text(box, line, l.para().bold(), l.size(), box.x() + l.indent(), top - l.size() * Lines.ASCENT,
            l.para().colour());
        top -= l.size() * Lines.LEADING;
      }
    }
    return scale;
  }
}
