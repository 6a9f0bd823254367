package nl.opgave.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import nl.opgave.model.DutchText;
import nl.opgave.model.cafe.Participant;
import nl.opgave.pdf.Block.Para;
import nl.opgave.pdf.Canvas.Box;

final class RouteCards {
  static final float MARGIN = 28;
  static final int COLUMNS = 2;
  static final int ROWS = 4;
  static final float PADDING = 12;

  private final Cafe cafe;
  private final Canvas canvas;
  private final Words words;

  RouteCards(Cafe cafe, Canvas canvas) {
    this.cafe = cafe;
    this.canvas = canvas;
    this.words = cafe.words();
  }

  static float cardWidth() {
    return (Canvas.A4.getWidth() - 2 * MARGIN) / COLUMNS;
  }

  static float cardHeight() {
    return (Canvas.A4.getHeight() - 2 * MARGIN) / ROWS;
  }

  static Box card(int slot) {
    int column = slot % COLUMNS;
    int row = slot / COLUMNS;
    return new Box(MARGIN + column * cardWidth(), Canvas.A4.getHeight() - MARGIN - (row + 1) * cardHeight(),
        cardWidth(), cardHeight());
  }

  void draw() throws IOException {
    List<Participant> people = new ArrayList<>(cafe.people());
    people.sort((a, b) -> DutchText.order().compare(a.displayName(), b.displayName()));
    for (int i = 0; i < people.size(); i++) {
      int slot = i % (COLUMNS * ROWS);
      if (slot == 0) {
        canvas.page(Canvas.A4);
        cutMarks();
      }
      card(people.get(i), card(slot).inset(PADDING));
    }
  }

  private void card(Participant person, Box box) throws IOException {
    Block block = new Block(canvas, box);
    block.add(Para.of(person.displayName(), true, 15, Colour.BLACK, 0));
    person.organisation().ifPresent(o -> block.add(Para.of(o, false, 10, Colour.GREY, 1)));
    for (Cafe.Round round : cafe.rounds()) {
      block.add(Para.of(cafe.roundLine(round), true, 9.5f, Colour.BLACK, 7).shorten());
      OptionalInt table = cafe.table(person.id(), round.number());
      if (table.isEmpty()) {
        block.add(Para.of(words.absent(), false, 11, Colour.GREY, 1));
        continue;
      }
      Cafe.Place place = cafe.place(table.getAsInt());
      StringBuilder where = new StringBuilder(words.table()).append(' ').append(place.number());
      String side = cafe.sideLine(place);
      if (!side.isEmpty()) {
        where.append(" · ").append(side);
      }
      if (place.host().filter(person.id()::equals).isPresent()) {
        where.append(" · ").append(words.hostMark());
      }
      block.add(Para.of(where.toString(), false, 11, Colour.BLACK, 1).swatch(place.colour()));
      block.add(Para.of(cafe.vraagstukLine(place), false, 9, Colour.GREY, 0).shorten());
    }
    block.draw(0.6f, Para.of(words.more(), false, 9, Colour.GREY, 4));
  }

  private void cutMarks() throws IOException {
    float width = Canvas.A4.getWidth();
    float height = Canvas.A4.getHeight();
    for (int c = 0; c <= COLUMNS; c++) {
      float x = MARGIN + c * cardWidth();
      canvas.line(x, height - MARGIN + 4, x, height - 6, Colour.BLACK, 0.5f);
      canvas.line(x, 6, x, MARGIN - 4, Colour.BLACK, 0.5f);
    }
    for (int r = 0; r <= ROWS; r++) {
      float y = MARGIN + r * cardHeight();
      canvas.line(6, y, MARGIN - 4, y, Colour.BLACK, 0.5f);
      canvas.line(width - MARGIN + 4, y, width - 6, y, Colour.BLACK, 0.5f);
    }
  }
}
