package eu.clusterdata.model;

import eu.clusterdata.model.constraints.NoBlank;
import org.jspecify.annotations.Nullable;

/**
 * A postal address. Every part is optional; the validator reports parts that are present but blank.
 * Immutable and thread-safe.
 *
 * @param street street and number, or {@code null}
 * @param postalCode the postal code, or {@code null}
 * @param locality the town or city, or {@code null}
 */
public record Address(
    @NoBlank @Nullable String street,
    @NoBlank @Nullable String postalCode,
    @NoBlank @Nullable String locality) {

  /** Returns the address with the given parts; any may be {@code null}. */
  public static Address of(
      @Nullable String street, @Nullable String postalCode, @Nullable String locality) {
    return new Address(street, postalCode, locality);
  }

  /** Returns a builder of an {@code Address}; every other component starts empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this {@code Address}. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.street = street;
    builder.postalCode = postalCode;
    builder.locality = locality;
    return builder;
  }

  /** Builds {@code Address} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private @Nullable String street;
    private @Nullable String postalCode;
    private @Nullable String locality;

    private Builder() {}

    /** Street and number, or {@code null}. */
    public Builder street(@Nullable String street) {
      this.street = street;
      return this;
    }

    /** The postal code, or {@code null}. */
    public Builder postalCode(@Nullable String postalCode) {
      this.postalCode = postalCode;
      return this;
    }

    /** The town or city, or {@code null}. */
    public Builder locality(@Nullable String locality) {
      this.locality = locality;
      return this;
    }

    /**
     * Returns the {@code Address}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public Address build() {
      return new Address(street, postalCode, locality);
    }
  }
}
