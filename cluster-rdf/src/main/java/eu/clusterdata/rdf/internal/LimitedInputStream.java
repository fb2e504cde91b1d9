package eu.clusterdata.rdf.internal;

import eu.clusterdata.model.problem.Message;
import eu.clusterdata.rdf.RdfSyntaxException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses to read past a number of bytes, so that hostile input cannot exhaust memory. */
public final class LimitedInputStream extends FilterInputStream {

  /** Thrown when the input is longer than the limit. */
  public static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(long limit) {
      super("the input is longer than the limit of " + limit + " bytes");
    }
  }

  private final long limit;
  private long read;

  public LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(long n) throws IOException {
    read += n;
    if (read > limit) {
      throw new LimitExceeded(limit);
    }
  }

  /**
   * Throws if the limit was passed, even if the reader of this stream swallowed the exception (some
   * parsers take a failed read for the end of the input).
   */
  public void checkLimit() {
    if (read > limit) {
      throw new RdfSyntaxException(Message.of("rdf.limit.input-bytes", limit), -1, -1, null);
    }
  }
}
