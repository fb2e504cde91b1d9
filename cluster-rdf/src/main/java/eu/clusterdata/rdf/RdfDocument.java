package eu.clusterdata.rdf;

import eu.clusterdata.model.ClusterProfile;
import java.util.List;
import org.apache.jena.graph.Triple;

/**
 * The profiles read from RDF, and the triples that could be neither mapped nor kept as extensions:
 * reported here, never dropped silently.
 *
 * @param profiles the profiles, in the order of their organisations' identifiers
 * @param unmapped the triples that were not read into any profile
 */
public record RdfDocument(List<ClusterProfile> profiles, List<Triple> unmapped) {

  public RdfDocument {
    profiles = List.copyOf(profiles);
    unmapped = List.copyOf(unmapped);
  }
}
