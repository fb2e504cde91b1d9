package eu.clusterdata.io;

import eu.clusterdata.io.internal.CountingInputStream;
import eu.clusterdata.model.format.ProfileFormat;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input opened and its format told, not yet read: for a reader of the caller's own, such as the
 * RDF importer of linked data in public vocabularies. {@link ProfileSource.Builder#openInput()}
 * makes one; closing it closes the stream. Not thread-safe.
 */
public final class ProfileInput implements Closeable {

  private final String name;
  private final ProfileFormat format;
  private final InputStream in;
  private final CountingInputStream counted;

  ProfileInput(String name, ProfileFormat format, InputStream in, CountingInputStream counted) {
    this.name = name;
    this.format = format;
    this.in = in;
    this.counted = counted;
  }

  /** Returns the input's name as people know it, or empty. */
  public String name() {
    return name;
  }

  /** Returns the input's format. */
  public ProfileFormat format() {
    return format;
  }

  /** Returns the content, from its first byte. */
  public InputStream stream() {
    return in;
  }

  /** Returns how many bytes have been read from the input so far. */
  public long bytesRead() {
    return counted.count();
  }

  CountingInputStream counted() {
    return counted;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
