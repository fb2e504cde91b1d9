/**
 * The linked-data form of cluster profiles. {@link eu.clusterdata.rdf.ClusterRdf} writes profiles
 * as RDF on public vocabularies and reads them back; {@link eu.clusterdata.rdf.ClusterVocabulary}
 * names the namespaces. The mapping of every model element is in {@code docs/rdf-mapping.md}.
 */
@NullMarked
package eu.clusterdata.rdf;

import org.jspecify.annotations.NullMarked;
