package eu.clusterdata.json;

import eu.clusterdata.model.ClusterProfile;
import java.io.Closeable;

/**
 * Writes a collection of profiles one at a time, in constant memory. {@link #close()} completes the
 * collection (the closing bracket of a JSON array) and closes the output. Not thread-safe.
 */
public interface ProfileWriter extends Closeable {

  /** Writes one profile. */
  void write(ClusterProfile profile);

  /** Returns how many profiles have been written. */
  long count();

  /** Completes the collection and closes the output. */
  @Override
  void close();
}
