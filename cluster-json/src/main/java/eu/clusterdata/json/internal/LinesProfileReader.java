package eu.clusterdata.json.internal;

import eu.clusterdata.json.ClusterJsonException;
import eu.clusterdata.json.JsonLimitExceededException;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.problem.Message;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines: one profile document per line. Every line is parsed on its own, so reading goes
 * on after any bad line, and a line longer than the profile size limit is refused before it is held
 * in memory. Blank lines are skipped.
 */
public final class LinesProfileReader extends RecordIterator {

  private final JsonIo io;
  private final InputStream in;
  private final long maxLineBytes;
  private final Codec<ClusterProfile> codec = Codecs.of(ClusterProfile.class);
  private byte[] buffer = new byte[8192];
  private long line;

  public LinesProfileReader(JsonIo io, InputStream in, long maxLineBytes) {
    super(in);
    this.io = io;
    this.in = new BufferedInputStream(in, 1 << 16);
    this.maxLineBytes = maxLineBytes;
  }

  /** Returns the next record, or null for a blank line or the end. */
  @Override
  @Nullable ProfileRecord advance() {
    try {
      int length = readLine();
      if (length < 0) {
        end();
        return null;
      }
      if (length > maxLineBytes) {
        return failed(
            new JsonLimitExceededException(
                Message.of(
                    "json.limit",
                    Message.of("json.limit.profile-bytes"),
                    maxLineBytes,
                    "profile-bytes",
                    (long) length),
                "",
                line,
                1,
                null),
            line);
      }
      if (isBlank(length)) {
        return null;
      }
      try {
        ClusterProfile profile = io.read(buffer, length, codec, line);
        return read(profile, line);
      } catch (ClusterJsonException e) {
        // A file that is not UTF-8 is one problem, said once, not once per line.
        return e.code().equals(JsonIo.ENCODING) ? stopped(e) : failed(e, line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the next line into the buffer, without its line end, and returns its length, or -1 at the
   * end of the input. A line past the limit is consumed but only its length is kept.
   */
  private int readLine() throws IOException {
    int length = 0;
    long total = 0;
    int b = in.read();
    if (b < 0) {
      return -1;
    }
    line++;
    while (b >= 0 && b != '\n') {
      if (total < maxLineBytes) {
        if (length == buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(maxLineBytes, (long) buffer.length * 2));
        }
        buffer[length++] = (byte) b;
      }
      total++;
      b = in.read();
    }
    if (length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    return total > maxLineBytes ? (int) Math.min(Integer.MAX_VALUE, total) : length;
  }

  private boolean isBlank(int length) {
    for (int i = 0; i < length; i++) {
      if (buffer[i] != ' ' && buffer[i] != '\t') {
        return false;
      }
    }
    return true;
  }
}
