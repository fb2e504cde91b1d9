/**
 * The value types the model's records are made of: identifiers ({@link
 * eu.clusterdata.model.value.Iri}), texts in several languages ({@link
 * eu.clusterdata.model.value.MultilingualText}), amounts of money, date ranges, ISO country codes
 * and the shapes of NUTS and NACE codes with the versions of their classifications.
 *
 * <p>Each refuses, when it is made, what can never be valid, with an {@link
 * eu.clusterdata.model.problem.InvalidValueException}: an identifier that is not an absolute IRI, a
 * code of the wrong shape, a malformed language tag, a text with no entry. Whether a well-formed
 * code is listed in its classification is a validation rule, since lists change between versions.
 */
@NullMarked
package eu.clusterdata.model.value;

import org.jspecify.annotations.NullMarked;
