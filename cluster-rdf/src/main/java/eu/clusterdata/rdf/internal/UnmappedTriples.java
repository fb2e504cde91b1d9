package eu.clusterdata.rdf.internal;

import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Rule;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/** How triples that no profile took are reported on a record: how many, and the first three. */
public final class UnmappedTriples {

  private static final int SHOWN = 3;

  private UnmappedTriples() {}

  /** Returns the {@link Rule#RDF_UNMAPPED} warning for {@code triples}; empty if there are none. */
  public static List<Finding> findings(List<Triple> triples) {
    if (triples.isEmpty()) {
      return List.of();
    }
    String first =
        triples.stream().limit(SHOWN).map(NodeFmtLib::str).collect(Collectors.joining("; "));
    return List.of(Finding.of(Rule.RDF_UNMAPPED, "", triples.size(), first));
  }
}
