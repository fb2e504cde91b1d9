/**
 * The model description: every record type of the model with its components, which of them are
 * required, what their absence means and their constraints, read once from the records' own
 * declarations ({@link eu.clusterdata.model.description.ModelDescription}). It is the one place
 * that lists the model's fields, and what the binding modules build on: the JSON codecs and Schema,
 * the RDF mapping and SHACL shapes, and the tables' layout follow from it, as does the validator's
 * walk.
 *
 * <p>Not an API for applications: the module exports this package only to the modules that bind the
 * model to a form ({@code eu.clusterdata.json}, {@code eu.clusterdata.jackson3}, {@code
 * eu.clusterdata.rdf}, {@code eu.clusterdata.tabular}), and it may change in any release.
 */
@NullMarked
package eu.clusterdata.model.description;

import org.jspecify.annotations.NullMarked;
