package nl.opgave.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opgave.pdf.Block.Para;
import nl.opgave.pdf.Canvas.Box;

final class WallPlan {
  static final float MARGIN = 28;
  static final String HOST = "★ ";
  private static final float TITLE = 58;
  private static final float PAD = 5;
  private static final float FIRST_COLUMN = 230;

  private record Line(String text, boolean bold) {}

  private record Cell(List<Line> lines) {}

  private final Cafe cafe;
  private final Canvas canvas;
  private final Words words;
  private final float width = Canvas.A3_LANDSCAPE.getWidth() - 2 * MARGIN;
  private final float roundWidth;
  private final Map<Integer, Float> heights = new HashMap<>();

  WallPlan(Cafe cafe, Canvas canvas) {
    this.cafe = cafe;
    this.canvas = canvas;
    this.words = cafe.words();
    this.roundWidth = (width - FIRST_COLUMN) / cafe.rounds().size();
  }

  void draw() throws IOException {
    float body = Canvas.A3_LANDSCAPE.getHeight() - 2 * MARGIN - TITLE;
    float size = 9;
    for (float s = 16; s >= 7; s -= 0.5f) {
      float total = headerHeight(s);
      for (Cafe.Place place : cafe.places()) {
        total += rowHeight(place, s);
        if (total > body) {
          break;
        }
      }
      if (total <= body) {
        size = s;
        break;
      }
    }
    List<List<Cafe.Place>> sheets = new ArrayList<>();
    List<Cafe.Place> sheet = new ArrayList<>();
    float used = headerHeight(size);
    for (Cafe.Place place : cafe.places()) {
      float height = rowHeight(place, size);
      heights.put(place.number(), height);
      if (!sheet.isEmpty() && used + height > body) {
        sheets.add(sheet);
        sheet = new ArrayList<>();
        used = headerHeight(size);
      }
      sheet.add(place);
      used += height;
    }
    sheets.add(sheet);
    for (int i = 0; i < sheets.size(); i++) {
      sheet(sheets.get(i), size, i + 1, sheets.size());
    }
  }

  private void sheet(List<Cafe.Place> places, float size, int number, int of) throws IOException {
    canvas.page(Canvas.A3_LANDSCAPE);
    float top = Canvas.A3_LANDSCAPE.getHeight() - MARGIN;
    title(new Box(MARGIN, top - TITLE, width, TITLE - 8), number, of);
    float y = top - TITLE;
    float header = headerHeight(size);
    Box corner = new Box(MARGIN, y - header, FIRST_COLUMN, header);
    canvas.fill(corner, new Colour(0.9f, 0.9f, 0.9f));
    canvas.frame(corner, Colour.LINE, 0.75f);
    cell(corner, List.of(new Line(words.table(), true)), size, Colour.BLACK);
    for (Cafe.Round round : cafe.rounds()) {
      Box box = new Box(MARGIN + FIRST_COLUMN + (round.number() - 1) * roundWidth, y - header, roundWidth, header);
      canvas.fill(box, new Colour(0.9f, 0.9f, 0.9f));
      canvas.frame(box, Colour.LINE, 0.75f);
      cell(box, List.of(new Line(cafe.roundLine(round), true)), size, Colour.BLACK);
    }
    y -= header;
    for (Cafe.Place place : places) {
      float height = heights.get(place.number());
      Box first = new Box(MARGIN, y - height, FIRST_COLUMN, height);
      canvas.fill(first, place.colour());
      canvas.frame(first, Colour.LINE, 0.75f);
      cell(first, placeCell(place).lines(), size, place.colour().ink());
      for (Cafe.Round round : cafe.rounds()) {
        Box box = new Box(MARGIN + FIRST_COLUMN + (round.number() - 1) * roundWidth, y - height, roundWidth, height);
        canvas.fill(box, place.colour().tint(0.82f));
        canvas.frame(box, Colour.LINE, 0.75f);
        cell(box, seated(place, round), size, Colour.BLACK);
      }
      y -= height;
    }
  }

  private void title(Box box, int number, int of) throws IOException {
    Block block = new Block(canvas, box);
    block.add(Para.of(words.wallPlan() + " · " + cafe.title() + (of > 1 ? " (" + number + "/" + of + ")" : ""), true,
        20, Colour.BLACK, 0));
    Map<String, Colour> sides = new LinkedHashMap<>();
    cafe.places().forEach(p -> {
      String side = cafe.sideLine(p);
      if (!side.isEmpty()) {
        sides.putIfAbsent(side, p.colour());
      }
    });
    block.add(Para.of(HOST.strip() + " " + words.hostMark() + (sides.isEmpty() ? "" : "   ·   " + words.side() + ": "
        + String.join(", ", sides.keySet())), false, 12, Colour.GREY, 4));
    block.draw(0.5f);
  }

  private Cell placeCell(Cafe.Place place) {
    List<Line> lines = new ArrayList<>();
    String side = cafe.sideLine(place);
    lines.add(new Line(words.table() + " " + place.number() + (side.isEmpty() ? "" : " · " + side), true));
    String vraagstuk = cafe.vraagstukLine(place);
    if (!vraagstuk.isEmpty()) {
      lines.add(new Line(vraagstuk, false));
    }
    return new Cell(lines);
  }

  private List<Line> seated(Cafe.Place place, Cafe.Round round) {
    List<Line> lines = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String id : cafe.seated(round.number(), place.number())) {
      if (place.host().filter(id::equals).isPresent()) {
        lines.add(new Line(HOST + cafe.name(id), true));
      } else {
        others.add(cafe.name(id));
      }
    }
    if (!others.isEmpty()) {
      lines.add(new Line(String.join("\u0000", others), false));
    }
    return lines;
  }

  private List<String> wrap(Line line, float size, float cellWidth) {
    String text = canvas.fonts().clean(line.text().replace('\u0000', '\n'));
    Fonts.Face face = canvas.fonts().face(line.bold());
    if (line.text().indexOf('\u0000') >= 0) {
      List<String> items = new ArrayList<>();
      for (String name : line.text().split("\u0000")) {
        items.add(canvas.fonts().clean(name));
      }
      return Lines.wrapItems(face, size, items, " · ", cellWidth);
    }
    return Lines.wrap(face, size, text, cellWidth);
  }

  private float cellHeight(List<Line> lines, float size, float cellWidth) {
    int count = 0;
    for (Line line : lines) {
      count += wrap(line, size, cellWidth - 2 * PAD).size();
    }
    return count * size * Lines.LEADING + 2 * PAD;
  }

  private float headerHeight(float size) {
    float height = 0;
    for (Cafe.Round round : cafe.rounds()) {
      height = Math.max(height, cellHeight(List.of(new Line(cafe.roundLine(round), true)), size, roundWidth));
    }
    return height;
  }

  private float rowHeight(Cafe.Place place, float size) {
    float height = cellHeight(placeCell(place).lines(), size, FIRST_COLUMN);
    for (Cafe.Round round : cafe.rounds()) {
      height = Math.max(height, cellHeight(seated(place, round), size, roundWidth));
    }
    return height;
  }

  private void cell(Box box, List<Line> lines, float size, Colour ink) throws IOException {
    Box inner = box.inset(PAD);
    float baseline = inner.top() - size * Lines.ASCENT;
    for (Line line : lines) {
      for (String text : wrap(line, size, inner.width())) {
        canvas.text(inner, text, line.bold(), size, inner.x(), baseline, ink);
        baseline -= size * Lines.LEADING;
      }
    }
  }
}
