package eu.clusterdata.rdf;

import eu.clusterdata.model.ClusterProfile;
import java.io.Closeable;

/**
 * Writes profiles one at a time, each as its own small graph, so that a collection of any size is
 * written without ever holding more than one profile: in N-Triples, N-Quads (one named graph per
 * profile), or Turtle and TriG written block by block. Not thread-safe.
 */
public interface RdfProfileWriter extends Closeable {

  /** Writes one profile. */
  void write(ClusterProfile profile);

  /** Returns how many profiles have been written. */
  long count();

  /** Finishes the output and closes it. */
  @Override
  void close();
}
