package eu.clusterdata.json.internal;

import eu.clusterdata.json.ClusterJsonException;
import eu.clusterdata.json.JsonLimitExceededException;
import eu.clusterdata.json.ProfileReader;
import eu.clusterdata.json.ProfileRecord;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.ProfileValidator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * Reads JSON Lines: one profile document per line. Every line is parsed on its own, so reading goes
 * on after any bad line, and a line longer than the profile size limit is refused before it is held
 * in memory. Blank lines are skipped.
 */
public final class LinesProfileReader implements ProfileReader {

  private final JsonIo io;
  private final InputStream in;
  private final long maxLineBytes;
  private final Codec codec = Codecs.of(ClusterProfile.class);
  private final ProfileValidator validator;
  private byte[] buffer = new byte[8192];
  private ProfileRecord next;
  private long index;
  private long line;
  private boolean done;

  public LinesProfileReader(
      JsonIo io, InputStream in, long maxLineBytes, ProfileValidator validator) {
    this.io = io;
    this.in = new BufferedInputStream(in, 1 << 16);
    this.maxLineBytes = maxLineBytes;
    this.validator = validator;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public ProfileRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ProfileRecord record = next;
    next = null;
    return record;
  }

  /** Returns the next record, or null for a blank line or the end. */
  private ProfileRecord advance() {
    try {
      int length = readLine();
      if (length < 0) {
        done = true;
        return null;
      }
      if (length > maxLineBytes) {
        return new ProfileRecord(
            index++,
            line,
            null,
            new JsonLimitExceededException(
                "the line is longer than the limit of " + maxLineBytes + " bytes for one profile",
                (int) Math.min(line, Integer.MAX_VALUE),
                1,
                null),
            null);
      }
      if (isBlank(length)) {
        return null;
      }
      try {
        ClusterProfile profile = (ClusterProfile) io.read(buffer, length, codec);
        return new ProfileRecord(
            index++,
            line,
            profile,
            null,
            validator == null ? null : ReportPaths.toJsonPaths(validator.validate(profile)));
      } catch (ClusterJsonException e) {
        return new ProfileRecord(index++, line, null, e, null);
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

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
