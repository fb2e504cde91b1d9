/**
 * The cluster profile and its parts, as immutable records: the {@link
 * eu.clusterdata.model.ClusterProfile} of a cluster organisation with its actors, memberships,
 * member counts, services, transformation engagements, impulse uptakes, projects, events,
 * partnerships, labels and recognitions, and the metadata and citations that say where each
 * statement comes from. Build one with its builder, or read one through {@code cluster-io}.
 *
 * <p>What the records are made of lives beside them: value types in {@link
 * eu.clusterdata.model.value} (identifiers, multilingual texts, NUTS, NACE and country codes), the
 * code lists in {@link eu.clusterdata.model.codes} (service areas, transformations, the impulse
 * catalogue, the official NUTS and NACE classifications), the library's exception root and problems
 * in {@link eu.clusterdata.model.problem}, and the rules in {@link
 * eu.clusterdata.model.validation}.
 *
 * <p>Records reject {@code null} where a value is required, and the value types reject what can
 * never be valid ({@link eu.clusterdata.model.problem.InvalidValueException}), which readers report
 * with the value's path, line and column. Everything else about a profile's correctness (listed
 * codes, unique identifiers, resolved references, the ECCP and EUCLES criteria) is checked by
 * {@link eu.clusterdata.model.validation.ProfileValidator}, and reported, not thrown.
 */
@NullMarked
package eu.clusterdata.model;

import org.jspecify.annotations.NullMarked;
