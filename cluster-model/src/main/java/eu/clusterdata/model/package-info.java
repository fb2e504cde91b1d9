/**
 * The cluster-profile model: immutable records for cluster organisations, their actors,
 * memberships, services, transformation engagements, impulse uptakes, projects and practice
 * examples; value types for the public codes (NUTS, NACE, ISO country, BCP 47); the closed code
 * lists as enums; and the reference catalogues, such as the {@link
 * eu.clusterdata.model.ImpulseCatalogue}.
 *
 * <p>Records reject {@code null} where a value is required; everything else about a value's
 * correctness is checked by {@link eu.clusterdata.model.validation.ProfileValidator}, so that bad
 * data read from an export is reported with its path instead of thrown.
 */
package eu.clusterdata.model;
