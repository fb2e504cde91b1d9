/**
 * The RDF mapping ({@code Mappings}, the one list of which class and property each model element
 * becomes), the graph reader and writer, the streaming and JSON-LD writers, the importer of others'
 * linked data, the SHACL shapes and the catalogues. Not exported.
 */
@NullMarked
package eu.clusterdata.rdf.internal;

import org.jspecify.annotations.NullMarked;
