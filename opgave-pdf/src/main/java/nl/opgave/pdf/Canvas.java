package nl.opgave.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

final class Canvas implements AutoCloseable {
  static final PDRectangle A4 = PDRectangle.A4;
  static final PDRectangle A3_LANDSCAPE = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());

  record Box(float x, float y, float width, float height) {
    float top() {
      return y + height;
    }

    float right() {
      return x + width;
    }

    Box inset(float by) {
      return new Box(x + by, y + by, width - 2 * by, height - 2 * by);
    }
  }

  record Placed(int page, String text, boolean bold, float size, float x, float baseline, Box box) {}

  private static final byte[] TJ = " Tj\n".getBytes(StandardCharsets.US_ASCII);

  private final PDDocument doc;
  private final Fonts fonts;
  private final List<Placed> placed;
  private PDPageContentStream stream;
  private int pages;

  Canvas(boolean record) throws IOException {
    doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
    fonts = new Fonts(doc);
    placed = record ? new ArrayList<>() : null;
  }

  Fonts fonts() {
    return fonts;
  }

  List<Placed> placed() {
    return placed == null ? List.of() : List.copyOf(placed);
  }

  int pages() {
    return pages;
  }

  void page(PDRectangle size) throws IOException {
    finishPage();
    PDPage page = new PDPage(size);
    doc.addPage(page);
    stream = new PDPageContentStream(doc, page);
    pages++;
  }

  private void finishPage() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }

  void fill(Box box, Colour colour) throws IOException {
    stream.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
    stream.addRect(box.x(), box.y(), box.width(), box.height());
    stream.fill();
  }

  void frame(Box box, Colour colour, float width) throws IOException {
    stream.setStrokingColor(colour.red(), colour.green(), colour.blue());
    stream.setLineWidth(width);
    stream.addRect(box.x(), box.y(), box.width(), box.height());
    stream.stroke();
  }

  void line(float x1, float y1, float x2, float y2, Colour colour, float width) throws IOException {
    stream.setStrokingColor(colour.red(), colour.green(), colour.blue());
    stream.setLineWidth(width);
    stream.moveTo(x1, y1);
    stream.lineTo(x2, y2);
    stream.stroke();
  }

  void text(Box box, String text, boolean bold, float size, float x, float baseline, Colour colour)
      throws IOException {
    if (text.isEmpty()) {
      return;
    }
    stream.beginText();
    stream.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
    stream.setFont(fonts.face(bold).font, size);
    stream.newLineAtOffset(x, baseline);
    show(fonts.face(bold).encode(text), text);
    stream.endText();
    if (placed != null) {
      placed.add(new Placed(pages - 1, text, bold, size, x, baseline, box));
    }
  }

  /** Writes what showText writes, from the face's encoding that skips PDFBox's glyph substitution per call. */
  @SuppressWarnings("deprecation")
  private void show(byte[] encoded, String text) throws IOException {
    if (encoded == null) {
      stream.showText(text);
      return;
    }
    stream.appendRawCommands(showing(encoded));
  }

  static byte[] showing(byte[] encoded) throws IOException {
    ByteArrayOutputStream operation = new ByteArrayOutputStream(2 * encoded.length + 8);
    COSWriter.writeString(encoded, operation);
    operation.write(TJ);
    return operation.toByteArray();
  }

  void save(OutputStream out, String title) throws IOException {
    finishPage();
    doc.getDocumentInformation().setTitle(title);
    doc.getDocumentInformation().setCreator("opgave");
    doc.save(out);
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }
}
