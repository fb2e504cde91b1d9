/**
 * Validation of cluster profiles: {@link eu.clusterdata.model.validation.ProfileValidator} checks a
 * profile against the core rules and the chosen {@link eu.clusterdata.model.validation.RuleSet rule
 * sets} and returns a {@link eu.clusterdata.model.validation.ValidationReport} of findings, each
 * with a stable rule code, a path and a message in English and German. {@link
 * eu.clusterdata.model.validation.IntegrityPolicy} is what every door of the library checks with it
 * before it writes or stores a profile.
 */
@NullMarked
package eu.clusterdata.model.validation;

import org.jspecify.annotations.NullMarked;
