package nl.opgave.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.SessionPlan;

/**
 * Prints a World Café as PDF: one A4 card per table, route cards eight to an A4 sheet, and an A3 wall plan, set in
 * an embedded DejaVu Sans. Thread-safe: every call works on its own document.
 */
public final class CafePrint {
  /**
   * The largest café printed, as participants × (rounds + 1): each participant's route card and place at a table in
   * every round (2,000 people in 9 rounds). Printing costs about 30 µs of one core per unit, under a second at the
   * maximum, so that a print fits the planner's time promise at its default limit with room to spare.
   */
  public static final int MAX_SIZE = 20_000;

  private CafePrint() {}

  /**
   * Checks that a café of this many participants and rounds is small enough to print, before it is planned.
   *
   * @throws IllegalArgumentException if participants or rounds is negative
   * @throws InvalidValueException with {@link ProblemCode#PRINT_TOO_LARGE}, naming the size and the maximum, if
   *     participants × (rounds + 1) is more than {@link #MAX_SIZE}
   */
  public static void checkSize(int participants, int rounds) {
    if (participants < 0 || rounds < 0) {
      throw new IllegalArgumentException("participants and rounds must not be negative, but were " + participants
          + " and " + rounds);
    }
    long size = (long) participants * (rounds + 1L);
    if (size > MAX_SIZE) {
      throw InvalidValueException.of(ProblemCode.PRINT_TOO_LARGE, participants, rounds, size, MAX_SIZE);
    }
  }

  /**
   * Returns the PDF of a session plan and its rotation, with each round's purpose and clock time.
   *
   * @throws IllegalArgumentException if the rotation's tables or rounds are not the session plan's, or a text has a
   *     character that DejaVu Sans lacks (the message names the field and the character)
   * @throws InvalidValueException if the café is larger than {@link #MAX_SIZE} (see {@link #checkSize})
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
   * @throws InvalidValueException if the café is larger than {@link #MAX_SIZE} (see {@link #checkSize})
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
   * @throws InvalidValueException if the café is larger than {@link #MAX_SIZE} (see {@link #checkSize})
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
   * @throws InvalidValueException if the café is larger than {@link #MAX_SIZE} (see {@link #checkSize})
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
