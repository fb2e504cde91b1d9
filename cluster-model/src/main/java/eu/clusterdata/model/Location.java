package eu.clusterdata.model;

import eu.clusterdata.model.constraints.EmptyValue;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.NutsCode;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * Where an organisation is: its country, its NUTS region and its address, each optional. The
 * validator checks that the region lies in the country. Immutable and thread-safe.
 *
 * @param country the country, or {@code null} when unknown
 * @param region the NUTS region, as precise as known, or {@code null}
 * @param address the postal address, or {@code null}
 */
public record Location(
    @Valid @Nullable CountryCode country,
    @Valid @Nullable NutsCode region,
    @Valid @Nullable Address address) {

  /** A location of which nothing is known. */
  @EmptyValue public static final Location UNKNOWN = new Location(null, null, null);

  /** Returns the location in {@code country} and {@code region}, without an address. */
  public static Location of(@Nullable CountryCode country, @Nullable NutsCode region) {
    return new Location(country, region, null);
  }

  /** Returns a copy with the given address. */
  public Location withAddress(@Nullable Address address) {
    return new Location(country, region, address);
  }

  /** Returns a builder of a {@code Location}; every other component starts empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this {@code Location}. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.country = country;
    builder.region = region;
    builder.address = address;
    return builder;
  }

  /** Builds {@code Location} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private @Nullable CountryCode country;
    private @Nullable NutsCode region;
    private @Nullable Address address;

    private Builder() {}

    /** The country, or {@code null} when unknown. */
    public Builder country(@Nullable CountryCode country) {
      this.country = country;
      return this;
    }

    /** The @Nullable NUTS region, as precise as known, or {@code null}. */
    public Builder region(@Nullable NutsCode region) {
      this.region = region;
      return this;
    }

    /** The postal address, or {@code null}. */
    public Builder address(@Nullable Address address) {
      this.address = address;
      return this;
    }

    /**
     * Returns the {@code Location}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public Location build() {
      return new Location(country, region, address);
    }
  }
}
