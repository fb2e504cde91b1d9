package eu.clusterdata.json.internal;

import eu.clusterdata.json.ClusterJsonException;
import eu.clusterdata.json.ProfileReader;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON format, which holds one profile document or a JSON array of them: the first
 * character that is not white space tells which.
 */
public final class JsonDocuments {

  private JsonDocuments() {}

  /** Returns a reader of one document or of the elements of an array, as {@code in} holds. */
  public static ProfileReader reader(JsonIo io, InputStream in) {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    if (firstSignificantByte(buffered) == '{') {
      return new OneDocument(io, buffered);
    }
    return new ArrayProfileReader(io, buffered);
  }

  /** One profile document, read whole within the profile size limit: one record. */
  private static final class OneDocument extends RecordIterator {
    private final JsonIo io;
    private final InputStream in;

    OneDocument(JsonIo io, InputStream in) {
      super(in);
      this.io = io;
      this.in = in;
    }

    @Override
    @Nullable ProfileRecord advance() {
      end();
      try {
        return read(io.read(in, Codecs.of(ClusterProfile.class)), 1);
      } catch (ClusterJsonException e) {
        return failed(e, 1);
      }
    }
  }

  private static int firstSignificantByte(BufferedInputStream in) {
    try {
      in.mark(4096);
      try {
        for (int i = 0; i < 4096; i++) {
          int b = in.read();
          if (b < 0 || !(b == ' ' || b == '\t' || b == '\r' || b == '\n' || b >= 0x80)) {
            return b; // bytes >= 0x80 skipped: a UTF-8 byte-order mark
          }
        }
        return -1;
      } finally {
        in.reset();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
