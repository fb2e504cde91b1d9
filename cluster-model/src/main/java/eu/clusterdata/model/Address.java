package eu.clusterdata.model;

import eu.clusterdata.model.constraints.NoBlank;

/**
 * A postal address. Every part is optional; the validator reports parts that are present but blank.
 * Immutable and thread-safe.
 *
 * @param street street and number, or {@code null}
 * @param postalCode the postal code, or {@code null}
 * @param locality the town or city, or {@code null}
 */
public record Address(
    @NoBlank String street, @NoBlank String postalCode, @NoBlank String locality) {

  /** Returns the address with the given parts; any may be {@code null}. */
  public static Address of(String street, String postalCode, String locality) {
    return new Address(street, postalCode, locality);
  }
}
