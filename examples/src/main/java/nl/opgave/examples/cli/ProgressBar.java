package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import nl.opgave.workshop.rotation.ProgressListener;

/** Shows a planner's progress on stderr once a plan takes longer than a second; silent for quick plans. */
final class ProgressBar implements ProgressListener {
  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final Lang lang;
  private final long budgetNanos;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private boolean drawn;

  ProgressBar(PrintWriter err, Lang lang, Duration budget) {
    this.err = err;
    this.lang = lang;
    this.budgetNanos = Math.max(1, budget.toNanos());
  }

  @Override
  public boolean progress(long iterations, long bestRepeats, long lowerBound) {
    long now = System.nanoTime();
    long elapsed = now - started;
    if (elapsed < QUIET_NANOS || now - lastDrawn < 100_000_000L) {
      return true;
    }
    lastDrawn = now;
    drawn = true;
    int filled = (int) Math.min(WIDTH, WIDTH * elapsed / budgetNanos);
    String best = bestRepeats < 0 ? lang.pick("nog geen plan", "no plan yet") : lang.pick("herhalingen ", "repeats ")
        + bestRepeats;
    err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + best + lang.pick(" (ondergrens ",
        " (lower bound ") + lowerBound + ")   ");
    err.flush();
    return true;
  }

  /** Ends the bar's line if one was drawn. */
  void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 50) + "\r");
      err.flush();
    }
  }
}
