package eu.clusterdata.model.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A view of an output stream that a writer may close: closing it only flushes, and the stream stays
 * its owner's. For writers that close what they write to, given a stream the caller keeps.
 */
public final class Unclosable extends FilterOutputStream {

  private Unclosable(OutputStream out) {
    super(out);
  }

  /** Returns a view of {@code out} whose {@code close()} only flushes. */
  public static OutputStream of(OutputStream out) {
    return new Unclosable(out);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    out.write(bytes, offset, length); // whole arrays, not FilterOutputStream's byte at a time
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
