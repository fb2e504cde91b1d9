package eu.clusterdata.rdf;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Turtle texts compared as graphs. */
final class Turtle {

  private Turtle() {}

  /** Whether two Turtle texts hold isomorphic graphs. */
  static boolean isomorphic(String one, String other) {
    return RDFParser.fromString(one, Lang.TURTLE)
        .toGraph()
        .isIsomorphicWith(RDFParser.fromString(other, Lang.TURTLE).toGraph());
  }
}
