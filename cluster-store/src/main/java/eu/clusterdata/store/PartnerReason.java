package eu.clusterdata.store;

import java.util.Objects;

/**
 * Why a cluster is a partner candidate: one thing it shares with, or adds to, the cluster asked
 * about.
 *
 * @param kind what is shared or added
 * @param code the code of the shared or added value, such as {@code decarbonisation}
 */
public record PartnerReason(Kind kind, String code) {

  /** What a reason is about, with the weight it adds to a candidate's score. */
  public enum Kind {
    /** Both clusters work in the same industrial ecosystem. */
    SHARED_ECOSYSTEM(3),
    /** Both clusters drive the same transformation. */
    SHARED_TRANSFORMATION(2),
    /** Both clusters name the same technology. */
    SHARED_TECHNOLOGY(2),
    /** The candidate offers services in an area the cluster asked about does not. */
    COMPLEMENTARY_SERVICE(1);

    private final int weight;

    Kind(int weight) {
      this.weight = weight;
    }

    /** The points this kind of reason adds to a candidate's score. */
    public int weight() {
      return weight;
    }
  }

  public PartnerReason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + code;
  }
}
