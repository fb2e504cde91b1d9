/**
 * What the model's value types and constraints share: syntax checks, the constraint validators, the
 * texts in two languages, the code lists' CSV reading, the "did you mean" of the library and the
 * skeleton of a streaming writer. Exported only to {@code eu.clusterdata.json} and {@code
 * eu.clusterdata.rdf}; the command line reads its words through {@link
 * eu.clusterdata.model.internal.Bilingual} on the class path.
 */
@NullMarked
package eu.clusterdata.model.internal;

import org.jspecify.annotations.NullMarked;
