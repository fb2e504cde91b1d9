/**
 * The validator's machinery: the generated walk over the described constraints ({@code ModelWalk}),
 * the rules that span a profile (core, code lists, ECCP, EUCLES, publication) and the Jakarta
 * Validation engine a user may opt into. Not exported.
 */
@NullMarked
package eu.clusterdata.model.validation.internal;

import org.jspecify.annotations.NullMarked;
