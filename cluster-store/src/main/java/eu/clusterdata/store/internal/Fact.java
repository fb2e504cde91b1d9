package eu.clusterdata.store.internal;

import eu.clusterdata.model.codes.InterestDirection;
import eu.clusterdata.rdf.ClusterVocabulary;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A kind of fact the {@link FactIndex} keeps of every stored cluster: a graph pattern that binds
 * the fact's values ({@code ?v}) and what they are about ({@code ?s}) in a cluster's graph. The
 * facts are those the store's queries match, found with patterns the engine answers from one index
 * scan: the cluster's own facts from its profile's primary topic (a pattern whose subject is the
 * graph's name makes TDB2 visit every graph), and a standard term beside the one it replaced as a
 * {@code UNION} (a property path {@code a|b} visits every graph too).
 */
enum Fact {
  ECOSYSTEM(true, "cd:industrialEcosystem"),
  TECHNOLOGY(true, "cd:technology"),
  TRANSFORMATION(false, "dct:subject", "cd:transformation"),
  SERVICE_AREA(false, "schema:serviceType", "cd:serviceArea"),
  /** The kinds of cooperation the cluster's partnership interests offer. */
  OFFER(interest(InterestDirection.OFFER)),
  /** The kinds of cooperation they request. */
  REQUEST(interest(InterestDirection.REQUEST)),
  TARGET_REGION(false, "cd:targetRegion"),
  TARGET_COUNTRY(false, "cd:targetCountry"),
  /** The cluster's own region. */
  REGION(true, "dct:spatial"),
  /** The cluster's own country. */
  COUNTRY(true, "cd:country"),
  IMPULSE(false, "prov:used", "cd:impulse");

  /** The pattern, binding {@code ?s} and {@code ?v}. */
  final String pattern;

  /** Whether a value counts only where {@code ?s} is the cluster, the graph's name. */
  final boolean own;

  Fact(boolean own, String... predicates) {
    this.own = own;
    if (own) {
      this.pattern = "?profile foaf:primaryTopic ?s . ?s " + predicates[0] + " ?v";
    } else if (predicates.length == 1) {
      this.pattern = "?s " + predicates[0] + " ?v";
    } else {
      this.pattern = "{ ?s " + predicates[0] + " ?v } UNION { ?s " + predicates[1] + " ?v }";
    }
  }

  Fact(String pattern) {
    this.own = false;
    this.pattern = pattern;
  }

  private static String interest(InterestDirection direction) {
    return "?s cd:interestDirection "
        + NodeFmtLib.strNT(ClusterVocabulary.term(direction))
        + " ; cd:interestKind ?v";
  }
}
