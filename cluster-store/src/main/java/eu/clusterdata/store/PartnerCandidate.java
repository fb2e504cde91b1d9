package eu.clusterdata.store;

import java.util.List;
import java.util.Objects;

/**
 * A cluster that could partner with the one asked about, with the reasons and their score.
 *
 * @param cluster the candidate
 * @param score the sum of its reasons' {@linkplain PartnerReason.Kind#weight() weights}
 * @param reasons what it shares with, or adds to, the cluster asked about
 */
public record PartnerCandidate(ClusterSummary cluster, int score, List<PartnerReason> reasons) {

  public PartnerCandidate {
    Objects.requireNonNull(cluster, "cluster");
    reasons = List.copyOf(reasons);
  }

  /**
   * Returns whether the candidate offers a kind of cooperation the cluster asked about requests;
   * such candidates rank above those that merely share topics.
   */
  public boolean meetsRequest() {
    return reasons.stream().anyMatch(r -> r.kind() == PartnerReason.Kind.OFFER_MEETS_REQUEST);
  }
}
