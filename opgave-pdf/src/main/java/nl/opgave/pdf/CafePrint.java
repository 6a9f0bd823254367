package nl.opgave.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.SessionPlan;

/**
 * Prints a World Café as PDF: one A4 card per table, route cards eight to an A4 sheet, and an A3 wall plan, set in
 * an embedded DejaVu Sans. Thread-safe: every call works on its own document.
 */
public final class CafePrint {
  private CafePrint() {}

  /**
   * Returns the PDF of a session plan and its rotation, with each round's purpose and clock time.
   *
   * @throws IllegalArgumentException if the rotation's tables or rounds are not the session plan's, or a text has a
   *     character that DejaVu Sans lacks (the message names the field and the character)
   */
  public static byte[] pdf(SessionPlan session, RotationPlan rotation, PrintOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    write(session, rotation, options, out);
    return out.toByteArray();
  }

  /**
   * Returns the PDF of a rotation without a session plan: rounds by number, without times or purposes.
   *
   * @throws IllegalArgumentException if a text has a character that DejaVu Sans lacks
   */
  public static byte[] pdf(RotationPlan rotation, PrintOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    write(rotation, options, out);
    return out.toByteArray();
  }

  /**
   * Writes the PDF of a session plan and its rotation to a stream, which stays open.
   *
   * @throws IllegalArgumentException if the rotation's tables or rounds are not the session plan's, or a text has a
   *     character that DejaVu Sans lacks
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void write(SessionPlan session, RotationPlan rotation, PrintOptions options, OutputStream out) {
    Objects.requireNonNull(session, "session");
    render(Cafe.of(Optional.of(session), rotation, options), out, false);
  }

  /**
   * Writes the PDF of a rotation without a session plan to a stream, which stays open.
   *
   * @throws IllegalArgumentException if a text has a character that DejaVu Sans lacks
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void write(RotationPlan rotation, PrintOptions options, OutputStream out) {
    render(Cafe.of(Optional.empty(), rotation, options), out, false);
  }

  static Canvas render(Cafe cafe, OutputStream out, boolean record) {
    Objects.requireNonNull(out, "out");
    try (Canvas canvas = new Canvas(record)) {
      cafe.check(canvas.fonts());
      for (PrintOptions.Part part : PrintOptions.Part.values()) {
        if (cafe.options().parts().contains(part)) {
          switch (part) {
            case TABLE_CARDS:
              new TableCards(cafe, canvas).draw();
              break;
            case ROUTE_CARDS:
              new RouteCards(cafe, canvas).draw();
              break;
            default:
              new WallPlan(cafe, canvas).draw();
              break;
          }
        }
      }
      canvas.save(out, cafe.title());
      return canvas;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the café's PDF: " + e.getMessage(), e);
    }
  }
}
