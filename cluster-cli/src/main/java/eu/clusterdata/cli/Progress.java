package eu.clusterdata.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;

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
  private long bytes;
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

  /** Counts the bytes read from {@code in}. */
  InputStream count(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytes++;
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          bytes += n;
        }
        return n;
      }
    };
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
            ? String.format(Locale.ROOT, ", %d%%", Math.min(100, bytes * 100 / totalBytes))
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
