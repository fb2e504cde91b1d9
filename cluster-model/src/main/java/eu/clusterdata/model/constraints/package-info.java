/**
 * The annotations on the model's declarations: the Jakarta Validation constraints of its
 * components, each reporting its violations under a stable rule code of {@link
 * eu.clusterdata.model.validation.Rule}, and {@link eu.clusterdata.model.constraints.EmptyValue},
 * which marks the constant that stands for "nothing known". Most users never touch these directly
 * and call {@link eu.clusterdata.model.validation.ProfileValidator} instead.
 */
@NullMarked
package eu.clusterdata.model.constraints;

import org.jspecify.annotations.NullMarked;
