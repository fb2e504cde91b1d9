package eu.clusterdata.rdf;

import eu.clusterdata.model.ClusterProfile;
import java.util.List;

/**
 * What one graph of an RDF document held, read on its own: its profiles and the triples no profile
 * took, or why it could not be read. In TriG and N-Quads each named graph is one of these, so one
 * broken profile graph does not stop the others; other syntaxes have only the default graph.
 *
 * @param name the graph's name as an IRI, or {@code null} for the default graph
 * @param size the number of triples in the graph
 * @param profiles the profiles, in the order of their organisations' identifiers; empty if the
 *     graph could not be read
 * @param unmapped the triples that were read into no profile and could not be kept as extensions
 * @param error why the graph could not be read, or {@code null}
 */
public record RdfGraph(
    String name,
    long size,
    List<ClusterProfile> profiles,
    List<org.apache.jena.graph.Triple> unmapped,
    ClusterRdfException error) {

  public RdfGraph {
    profiles = List.copyOf(profiles);
    unmapped = List.copyOf(unmapped);
  }

  /** Whether the graph was read. */
  public boolean isRead() {
    return error == null;
  }
}
