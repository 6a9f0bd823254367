package nl.opgave.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.opgave.pdf.Block.Para;
import nl.opgave.pdf.Canvas.Box;

final class TableCards {
  static final float MARGIN = 36;
  private static final float BAND = 112;
  private static final float GAP = 10;
  private static final float COLUMN_GAP = 18;
  private static final float MAX_SIZE = 28;
  private static final float MIN_SIZE = 10;

  private record Section(Cafe.Round round, String header, List<String> names) {}

  private record Item(Section section, List<String> names) {
    boolean header() {
      return names == null;
    }
  }

  private final Cafe cafe;
  private final Canvas canvas;
  private final Words words;
  private final float width = Canvas.A4.getWidth() - 2 * MARGIN;

  TableCards(Cafe cafe, Canvas canvas) {
    this.cafe = cafe;
    this.canvas = canvas;
    this.words = cafe.words();
  }

  void draw() throws IOException {
    for (Cafe.Place place : cafe.places()) {
      card(place);
    }
  }

  private void card(Cafe.Place place) throws IOException {
    List<Section> sections = new ArrayList<>();
    for (Cafe.Round round : cafe.rounds()) {
      List<String> names = new ArrayList<>();
      for (String id : cafe.seated(round.number(), place.number())) {
        if (place.host().filter(id::equals).isEmpty()) {
          names.add(canvas.fonts().clean(cafe.name(id)));
        }
      }
      if (names.isEmpty()) {
        names.add("—");
      }
      sections.add(new Section(round, canvas.fonts().clean(cafe.roundLine(round)), names));
    }
    float top = header(place, false);
    top = details(place, top);
    float region = top - MARGIN;
    float size = MIN_SIZE;
    int columns = 2;
    float widest = widest(sections);
    search:
    for (boolean wrapping : new boolean[] {false, true}) {
      for (float s = MAX_SIZE; s >= MIN_SIZE; s -= 1) {
        for (int c = 1; c <= 2; c++) {
          if ((wrapping || widest * s / 1000f <= columnWidth(c)) && fits(sections, s, c, region)) {
            size = s;
            columns = c;
            break search;
          }
        }
      }
    }
    flow(place, sections, size, columns, top);
  }

  private float header(Cafe.Place place, boolean continued) throws IOException {
    canvas.page(Canvas.A4);
    Box band = new Box(MARGIN, Canvas.A4.getHeight() - MARGIN - BAND, width, BAND);
    canvas.fill(band, place.colour());
    canvas.frame(band, Colour.GREY, 1.5f);
    Colour ink = place.colour().ink();
    new Block(canvas, band.inset(14))
        .add(Para.of(words.table() + " " + place.number() + (continued ? " " + words.continued() : ""), true, 44,
            ink, 0))
        .add(Para.of(cafe.sideLine(place), false, 22, ink, 2))
        .draw(0.5f);
    return band.y() - GAP;
  }

  private float details(Cafe.Place place, float top) throws IOException {
    float height = 118;
    Block vraagstuk = new Block(canvas, new Box(MARGIN, top - height, width, height));
    if (place.vraagstuk().isPresent()) {
      vraagstuk.add(Para.of(words.vraagstuk() + " " + place.vraagstuk().getAsInt(), false, 15, Colour.GREY, 0));
      place.vraagstukTitle().ifPresent(t -> vraagstuk.add(Para.of(t, true, 26, Colour.BLACK, 3).shorten()));
      vraagstuk.draw(0.55f);
      top -= height + 4;
    }
    float hostHeight = 58;
    Block host = new Block(canvas, new Box(MARGIN, top - hostHeight, width, hostHeight));
    if (place.host().isPresent()) {
      host.add(Para.of(words.host(), false, 14, Colour.GREY, 0))
          .add(Para.of(cafe.name(place.host().get()), true, 24, Colour.BLACK, 2).shorten());
    } else {
      host.add(Para.of(words.noHost(), false, 14, Colour.GREY, 0));
    }
    host.draw(0.5f);
    top -= hostHeight + 6;
    canvas.line(MARGIN, top, MARGIN + width, top, Colour.LINE, 1f);
    return top - GAP;
  }

  private float columnWidth(int columns) {
    return columns == 1 ? width : (width - COLUMN_GAP) / 2;
  }

  private static float headerSize(float size) {
    return Math.min(18, Math.max(12, size * 0.85f));
  }

  private float widest(List<Section> sections) {
    float widest = 0;
    for (Section section : sections) {
      for (String name : section.names()) {
        widest = Math.max(widest, canvas.fonts().regular.units(name));
      }
    }
    return widest;
  }

  private float headerHeight(float size) {
    return headerSize(size) * Lines.LEADING + 8;
  }

  private List<Item> items(Section section, int columns) {
    List<Item> items = new ArrayList<>();
    items.add(new Item(section, null));
    for (int i = 0; i < section.names().size(); i += columns) {
      items.add(new Item(section, section.names().subList(i, Math.min(i + columns, section.names().size()))));
    }
    return items;
  }

  private float itemHeight(Item item, float size, int columns) {
    if (item.header()) {
      return headerHeight(size) + 4;
    }
    int lines = 0;
    for (String name : item.names()) {
      lines = Math.max(lines, Lines.wrap(canvas.fonts().regular, size, name, columnWidth(columns)).size());
    }
    return lines * size * Lines.LEADING;
  }

  private boolean fits(List<Section> sections, float size, int columns, float region) {
    float total = 0;
    for (Section section : sections) {
      total += GAP;
      total += itemHeight(new Item(section, null), size, columns);
      List<String> names = section.names();
      for (int i = 0; i < names.size(); i += columns) {
        total += itemHeight(new Item(section, names.subList(i, Math.min(i + columns, names.size()))), size, columns);
        if (total - GAP > region) {
          return false;
        }
      }
    }
    return total - GAP <= region;
  }

  private void flow(Cafe.Place place, List<Section> sections, float size, int columns, float top) throws IOException {
    float y = top;
    boolean first = true;
    for (Section section : sections) {
      List<Item> items = items(section, columns);
      for (int i = 0; i < items.size(); i++) {
        Item item = items.get(i);
        float need = itemHeight(item, size, columns);
        if (item.header()) {
          need += (first ? 0 : GAP) + (i + 1 < items.size() ? itemHeight(items.get(i + 1), size, columns) : 0);
        }
        if (y - need < MARGIN) {
          y = header(place, true);
          first = true;
          if (!item.header()) {
            y = sectionHeader(section, size, y, true);
          }
        }
        if (item.header()) {
          y -= first ? 0 : GAP;
          y = sectionHeader(section, size, y, false);
        } else {
          y = row(item, size, columns, y);
        }
        first = false;
      }
    }
  }

  private float sectionHeader(Section section, float size, float y, boolean continued) throws IOException {
    float height = headerHeight(size);
    Box box = new Box(MARGIN, y - height, width, height);
    canvas.fill(box, new Colour(0.93f, 0.93f, 0.93f));
    float hs = headerSize(size);
    String text = section.header() + (continued ? " " + words.continued() : "");
    text = Lines.shorten(canvas.fonts().bold, hs, text, width - 12);
    canvas.text(box, text, true, hs, MARGIN + 6, box.top() - 4 - hs * Lines.ASCENT, Colour.BLACK);
    return box.y() - 4;
  }

  private float row(Item item, float size, int columns, float y) throws IOException {
    float cw = columnWidth(columns);
    float height = itemHeight(item, size, columns);
    for (int c = 0; c < item.names().size(); c++) {
      Box cell = new Box(MARGIN + c * (cw + COLUMN_GAP), y - height, cw, height);
      float baseline = cell.top() - size * Lines.ASCENT;
      for (String line : Lines.wrap(canvas.fonts().regular, size, item.names().get(c), cw)) {
        canvas.text(cell, line, false, size, cell.x(), baseline, Colour.BLACK);
        baseline -= size * Lines.LEADING;
      }
    }
    return y - height;
  }
}
