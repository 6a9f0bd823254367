package nl.opgave.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.SessionPlan;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A printed café for tests: the PDF, the text of every page and every text line the layout placed. */
record Printed(byte[] pdf, List<String> pages, List<Canvas.Placed> placed) {
  static Printed of(SessionPlan session, RotationPlan rotation, PrintOptions options) {
    return of(Optional.ofNullable(session), rotation, options);
  }

  static Printed of(Optional<SessionPlan> session, RotationPlan rotation, PrintOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Canvas canvas = CafePrint.render(Cafe.of(session, rotation, options), out, true);
    return new Printed(out.toByteArray(), text(out.toByteArray()), canvas.placed());
  }

  static List<String> text(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
