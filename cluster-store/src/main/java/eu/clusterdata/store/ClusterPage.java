package eu.clusterdata.store;

import java.util.List;

/**
 * One page of the clusters a query finds, in identifier order: what a platform's list view shows,
 * with what it needs to page on. Immutable.
 *
 * @param clusters the clusters of this page; at most the limit asked for
 * @param offset how many of the clusters found come before this page
 * @param total how many clusters the query finds in all
 */
public record ClusterPage(List<ClusterSummary> clusters, long offset, long total) {

  /**
   * @throws IllegalArgumentException if {@code offset} or {@code total} is negative
   */
  public ClusterPage {
    clusters = List.copyOf(clusters);
    if (offset < 0 || total < 0) {
      throw new IllegalArgumentException(
          "offset and total are not negative: " + offset + ", " + total);
    }
  }

  /** Whether more clusters follow this page. */
  public boolean hasMore() {
    return offset + clusters.size() < total;
  }
}
