package eu.clusterdata.store;

import java.util.Objects;

/**
 * Why a cluster is a partner candidate: an interest of the cluster asked about that it meets, or
 * one thing it shares with or adds to that cluster.
 *
 * @param kind what is met, shared or added
 * @param code the code of the value: the kind of cooperation ({@code joint-rd-project}), the
 *     candidate's region ({@code DEA23}) or country ({@code NL}), the shared or added value ({@code
 *     decarbonisation})
 */
public record PartnerReason(Kind kind, String code) {

  /** What a reason is about, with the weight it adds to a candidate's score. */
  public enum Kind {
    /** The candidate offers the kind of cooperation the cluster asked about requests. */
    OFFER_MEETS_REQUEST(4),
    /** The candidate requests the kind of cooperation the cluster asked about offers. */
    REQUEST_MEETS_OFFER(3),
    /** The candidate lies in a region that an interest of the cluster asked about targets. */
    TARGETED_REGION(2),
    /** The candidate lies in a country that an interest of the cluster asked about targets. */
    TARGETED_COUNTRY(1),
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
