/**
 * The cluster-profile model: immutable records for cluster organisations, their actors,
 * memberships, services, transformation engagements, impulse uptakes, projects and practice
 * examples; value types for the public codes (NUTS, NACE, ISO country, BCP 47); the closed code
 * lists as enums; and the reference catalogues, such as the {@link
 * eu.clusterdata.model.ImpulseCatalogue}.
 *
 * <p>Records reject {@code null} where a value is required, and the value types reject what can
 * never be valid ({@link eu.clusterdata.model.InvalidValueException}: an identifier that is not an
 * absolute IRI, a code of the wrong shape, a malformed language tag), which readers report with the
 * value's path, line and column. Everything else about a profile's correctness (listed codes,
 * unique identifiers, resolved references, the ECCP and EUCLES criteria) is checked by {@link
 * eu.clusterdata.model.validation.ProfileValidator}, and reported, not thrown.
 */
package eu.clusterdata.model;
