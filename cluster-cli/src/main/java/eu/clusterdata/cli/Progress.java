package eu.clusterdata.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of long work on standard error, when a person watches: records done, their rate and, for
 * files, the share of bytes read. Silent when off. Updates at most a few times a second.
 */
final class Progress {

  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintStream err;
  private final boolean on;
  private final long totalBytes;
  private final Words words;
  private final long start = System.nanoTime();
  private LongSupplier bytes = () -> 0;
  private long lastShown;
  private boolean shown;

  /** Progress that is never shown. */
  static Progress off(PrintStream err) {
    return new Progress(err, false, -1, Words.of(Locale.ENGLISH));
  }

  Progress(PrintStream err, boolean on, long totalBytes, Words words) {
    this.err = err;
    this.on = on;
    this.totalBytes = totalBytes;
    this.words = words;
  }

  /** Whether standard error is likely a terminal: the console is attached. */
  static boolean interactive() {
    return System.console() != null;
  }

  /** Takes the bytes read so far from {@code bytes} when progress is shown. */
  Progress follow(LongSupplier bytes) {
    this.bytes = bytes;
    return this;
  }

  /** Reports {@code records} done. */
  void update(long records) {
    if (!on) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastShown < INTERVAL_NANOS) {
      return;
    }
    lastShown = now;
    double seconds = Math.max((now - start) / 1e9, 1e-3);
    String percent =
        totalBytes > 0
            ? String.format(
                Locale.ROOT, ", %d%%", Math.min(100, bytes.getAsLong() * 100 / totalBytes))
            : "";
    err.print(
        "\r"
            + words.get(
                "progress",
                String.format(words.locale(), "%,d", records),
                String.format(words.locale(), "%,.0f", records / seconds),
                percent)
            + "   ");
    shown = true;
  }

  /** Clears the progress line. */
  void done() {
    if (shown) {
      err.print("\r" + " ".repeat(60) + "\r");
      err.flush();
    }
  }
}
