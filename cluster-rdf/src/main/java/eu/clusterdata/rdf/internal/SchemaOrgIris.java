package eu.clusterdata.rdf.internal;

import eu.clusterdata.rdf.ClusterVocabulary;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * schema.org's terms under either scheme: schema.org's own JSON-LD context expands its terms to
 * {@code http://schema.org/}, while this library (and schema.org's pages) write {@code
 * https://schema.org/}. A graph is read with every {@code http://schema.org/} IRI as its {@code
 * https://} twin.
 */
final class SchemaOrgIris {

  private static final String HTTP = "http://schema.org/";

  private SchemaOrgIris() {}

  /** {@code graph} itself where it has no {@code http://schema.org/} IRI, else a copy with none. */
  static Graph https(Graph graph) {
    boolean any =
        graph
            .find()
            .filterKeep(t -> http(t.getSubject()) || http(t.getPredicate()) || http(t.getObject()))
            .hasNext();
    if (!any) {
      return graph;
    }
    Graph copy = GraphFactory.createDefaultGraph();
    graph
        .find()
        .forEachRemaining(
            t ->
                copy.add(
                    Triple.create(
                        https(t.getSubject()), https(t.getPredicate()), https(t.getObject()))));
    return copy;
  }

  private static boolean http(Node node) {
    return node.isURI() && node.getURI().startsWith(HTTP);
  }

  private static Node https(Node node) {
    return http(node)
        ? NodeFactory.createURI(ClusterVocabulary.SCHEMA + node.getURI().substring(HTTP.length()))
        : node;
  }
}
