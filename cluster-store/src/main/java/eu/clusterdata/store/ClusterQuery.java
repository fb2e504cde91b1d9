package eu.clusterdata.store;

import eu.clusterdata.model.codes.Impulse;
import eu.clusterdata.model.codes.ImpulseCatalogue;
import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.value.NutsCode;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which clusters to find: every criterion set must hold, an empty query finds every cluster.
 *
 * <pre>{@code
 * ClusterQuery startUpsForDecarbonisation = ClusterQuery.builder()
 *     .region(NutsCode.of("DEA"))
 *     .serviceArea(ServiceArea.STARTUP_SUPPORT)
 *     .transformation(Transformation.DECARBONISATION)
 *     .build();
 * }</pre>
 *
 * @param region the cluster is located in this NUTS region or inside it ({@code DEA} finds {@code
 *     DEA23}), or {@code null}
 * @param ecosystem the cluster works in this industrial ecosystem, or {@code null}
 * @param transformation the cluster drives this transformation: an engagement for it, or a service
 *     or practice example that addresses it; or {@code null}
 * @param serviceArea the cluster offers a service in this area, or {@code null}
 * @param impulse the cluster has taken up this impulse of the catalogue ({@code I07}), whatever its
 *     status, or {@code null}
 * @param label the cluster holds a EUCLES management label of this level, valid on {@code
 *     labelValidOn}, or {@code null}
 * @param labelValidOn the day the label must be valid on (awarded on or before it, valid through
 *     it, where those dates are known), or {@code null} for the day the query runs
 */
public record ClusterQuery(
    @Nullable NutsCode region,
    @Nullable IndustrialEcosystem ecosystem,
    @Nullable Transformation transformation,
    @Nullable ServiceArea serviceArea,
    @Nullable String impulse,
    @Nullable LabelLevel label,
    @Nullable LocalDate labelValidOn) {

  private static final Pattern NUTS = Pattern.compile("[A-Z]{2}[A-Z0-9]{0,3}");

  /**
   * @throws IllegalArgumentException for a region that is not a NUTS code or an impulse that is not
   *     in the catalogue
   */
  public ClusterQuery {
    if (region != null && !NUTS.matcher(region.code()).matches()) {
      throw new IllegalArgumentException(
          "region " + region.code() + " is not a NUTS code such as DE, DEA or DEA23");
    }
    if (impulse != null && ImpulseCatalogue.find(impulse).isEmpty()) {
      throw new IllegalArgumentException(
          "impulse " + impulse + " is not in the catalogue (I01 to I25)");
    }
  }

  /** Returns the query with these criteria; a label is asked for on the day the query runs. */
  public ClusterQuery(
      @Nullable NutsCode region,
      @Nullable IndustrialEcosystem ecosystem,
      @Nullable Transformation transformation,
      @Nullable ServiceArea serviceArea,
      @Nullable String impulse,
      @Nullable LabelLevel label) {
    this(region, ecosystem, transformation, serviceArea, impulse, label, null);
  }

  /** Returns a builder with no criteria. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClusterQuery}. */
  public static final class Builder {
    private @Nullable NutsCode region;
    private @Nullable IndustrialEcosystem ecosystem;
    private @Nullable Transformation transformation;
    private @Nullable ServiceArea serviceArea;
    private @Nullable String impulse;
    private @Nullable LabelLevel label;
    private @Nullable LocalDate labelValidOn;

    private Builder() {}

    /** Clusters in this region or inside it. */
    public Builder region(@Nullable NutsCode region) {
      this.region = region;
      return this;
    }

    /** Clusters in this industrial ecosystem. */
    public Builder ecosystem(@Nullable IndustrialEcosystem ecosystem) {
      this.ecosystem = ecosystem;
      return this;
    }

    /**
     * Clusters that drive this transformation, by an engagement, a service or a practice example.
     */
    public Builder transformation(@Nullable Transformation transformation) {
      this.transformation = transformation;
      return this;
    }

    /** Clusters with a service in this area. */
    public Builder serviceArea(@Nullable ServiceArea serviceArea) {
      this.serviceArea = serviceArea;
      return this;
    }

    /** Clusters that took up this impulse ({@code I07}), as a code a user typed. */
    public Builder impulse(@Nullable String impulse) {
      this.impulse = impulse;
      return this;
    }

    /** Clusters that took up this impulse of the {@link ImpulseCatalogue}. */
    public Builder impulse(Impulse impulse) {
      return impulse(impulse.code());
    }

    /** Clusters holding a EUCLES label of this level that is valid on the day the query runs. */
    public Builder label(@Nullable LabelLevel label) {
      return label(label, null);
    }

    /**
     * Clusters holding a EUCLES label of this level that is valid on {@code validOn} ({@code null}:
     * the day the query runs).
     */
    public Builder label(@Nullable LabelLevel label, @Nullable LocalDate validOn) {
      this.label = label;
      this.labelValidOn = validOn;
      return this;
    }

    /** Returns the query. */
    public ClusterQuery build() {
      return new ClusterQuery(
          region, ecosystem, transformation, serviceArea, impulse, label, labelValidOn);
    }
  }
}
