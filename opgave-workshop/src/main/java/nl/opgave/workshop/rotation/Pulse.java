package nl.opgave.workshop.rotation;

/**
 * The heartbeat of one planning call on its thread: long phases read the clock through {@link #now()}, which repeats
 * the latest progress to the listener once 250 ms have passed without a call; its answer is ignored there.
 */
final class Pulse implements ProgressListener {
  static final long INTERVAL_NANOS = 250_000_000L;
  private static final ThreadLocal<Pulse> CURRENT = new ThreadLocal<>();

  private final ProgressListener listener;
  private long last = System.nanoTime();
  private long iterations;
  private long best = -1;
  private long bound;

  private Pulse(ProgressListener listener) {
    this.listener = listener;
  }

  /** Returns a pulse for this thread's planning call, or null when there is no listener or a call already has one. */
  static Pulse open(ProgressListener listener) {
    if (listener == null || CURRENT.get() != null) {
      return null;
    }
    Pulse pulse = new Pulse(listener);
    CURRENT.set(pulse);
    return pulse;
  }

  static void close(Pulse pulse) {
    if (pulse != null) {
      CURRENT.remove();
    }
  }

  /** Returns System.nanoTime(), first telling the listener of this thread's planning call if it is due a tick. */
  static long now() {
    long now = System.nanoTime();
    Pulse pulse = CURRENT.get();
    if (pulse != null && now - pulse.last >= INTERVAL_NANOS) {
      pulse.progress(pulse.iterations, pulse.best, pulse.bound);
    }
    return now;
  }

  /** Calls {@link #now()} on every 1,024th index of a loop. */
  static void beat(int index) {
    if ((index & 1023) == 0) {
      now();
    }
  }

  @Override
  public boolean progress(long iterations, long best, long bound) {
    this.iterations = iterations;
    this.best = best;
    this.bound = bound;
    boolean answer = listener.progress(iterations, best, bound);
    last = System.nanoTime();
    return answer;
  }
}
