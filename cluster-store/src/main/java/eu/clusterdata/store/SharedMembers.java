package eu.clusterdata.store;

import eu.clusterdata.model.value.Iri;
import java.util.List;
import java.util.Objects;

/**
 * Another cluster that shares members with the one asked about.
 *
 * @param cluster the other cluster
 * @param actors the members both clusters have, ordered by identifier
 */
public record SharedMembers(ClusterSummary cluster, List<Iri> actors) {

  public SharedMembers {
    Objects.requireNonNull(cluster, "cluster");
    actors = List.copyOf(actors);
  }
}
