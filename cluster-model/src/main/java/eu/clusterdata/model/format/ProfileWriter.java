package eu.clusterdata.model.format;

import eu.clusterdata.model.ClusterProfile;
import java.io.Closeable;

/**
 * Writes a collection of profiles one at a time, in constant memory, in one {@link ProfileFormat}:
 * a JSON array or JSON Lines ({@code ClusterJson.writer}), or N-Triples, N-Quads (one named graph
 * per profile), Turtle or TriG written block by block ({@code ClusterRdf.streamWriter}). Each
 * profile is checked against what the format needs ({@link FormatRequirements}) before a byte of it
 * is written. {@link #close()} completes the collection (the closing bracket of a JSON array) and
 * closes the output. Not thread-safe.
 *
 * <p>This writes what it is given; {@code cluster-io}'s {@code ProfileSink} also applies the
 * integrity policy and writes a file whole or not at all.
 */
public interface ProfileWriter extends Closeable {

  /**
   * Writes one profile.
   *
   * @throws eu.clusterdata.model.validation.InvalidProfileException if the format cannot hold it
   * @throws IllegalStateException if the writer is closed
   */
  void write(ClusterProfile profile);

  /** Returns how many profiles have been written. */
  long count();

  /** Completes the collection and closes the output; closing again does nothing. */
  @Override
  void close();
}
