package eu.clusterdata.store.internal;

import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.rdf.ClusterVocabulary;
import eu.clusterdata.store.ClusterQuery;
import eu.clusterdata.store.PartnerReason;
import eu.clusterdata.store.PartnerReason.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Fact facts} of every stored cluster, read at one {@link ChangeMark} with one scan of
 * the store per kind of fact, so that partner candidates and pages of clusters are computed in
 * memory instead of by queries that join every graph with every other. It answers as the store's
 * SPARQL would at that mark; a store whose mark has moved needs a new index.
 */
public final class FactIndex {

  private final String mark;

  /** Every stored cluster, in identifier order. */
  private final Map<Node, ClusterFacts> clusters;

  private FactIndex(String mark, Map<Node, ClusterFacts> clusters) {
    this.mark = mark;
    this.clusters = clusters;
  }

  /**
   * Reads the index from the store. The mark is read first: a change while the facts are read moves
   * it again, so the index is never taken for current when it is not.
   */
  public static FactIndex read(Backend backend) {
    String mark = backend.changeMark();
    Map<Node, ClusterFacts> clusters = new LinkedHashMap<>();
    for (Binding row : backend.select(Sparql.IDS)) {
      clusters.put(row.get("org"), new ClusterFacts());
    }
    for (Fact fact : Fact.values()) {
      for (Binding row : backend.select(Sparql.facts(fact.pattern))) {
        ClusterFacts facts = clusters.get(row.get("g")); // a staging graph is no cluster
        if (facts != null && (!fact.own || row.get("s").equals(row.get("g")))) {
          facts.add(fact, row.get("v"));
        }
      }
    }
    return new FactIndex(mark, clusters);
  }

  /** The change mark the index was read at. */
  public String mark() {
    return mark;
  }

  /** Whether {@link #find} answers {@code query}: every criterion but the label's. */
  public static boolean answers(ClusterQuery query) {
    return query.label() == null;
  }

  /**
   * The clusters that meet every criterion of {@code query}, in identifier order, as {@link
   * Sparql#find} finds them.
   *
   * @throws IllegalArgumentException if the index does not {@link #answers answer} the query
   */
  public List<Node> find(ClusterQuery query) {
    if (!answers(query)) {
      throw new IllegalArgumentException("the index does not know labels: " + query);
    }
    String region = query.region() == null ? null : ClusterVocabulary.term(query.region()).getURI();
    List<Node> found = new ArrayList<>();
    clusters.forEach(
        (cluster, facts) -> {
          if ((region == null || facts.get(Fact.REGION).stream().anyMatch(r -> starts(r, region)))
              && has(facts, Fact.ECOSYSTEM, query.ecosystem())
              && has(facts, Fact.TRANSFORMATION, query.transformation())
              && has(facts, Fact.SERVICE_AREA, query.serviceArea())
              && (query.impulse() == null
                  || facts.has(Fact.IMPULSE, ClusterVocabulary.impulse(query.impulse())))) {
            found.add(cluster);
          }
        });
    return found;
  }

  private static boolean has(ClusterFacts facts, Fact fact, @Nullable Object code) {
    return code == null || facts.has(fact, ClusterVocabulary.term(code));
  }

  /**
   * Why each other cluster could partner with {@code self}, as {@code ProfileStore} documents it:
   * the interests of self it meets, the places self targets that it lies in, what it shares with
   * self and, for a cluster with any of those, the service areas it adds. Clusters without a reason
   * are left out; so is everything when self is not stored.
   */
  public Map<Node, List<PartnerReason>> partnerReasons(Node self) {
    ClusterFacts mine = clusters.get(self);
    Map<Node, List<PartnerReason>> reasons = new LinkedHashMap<>();
    if (mine == null) {
      return reasons;
    }
    clusters.forEach(
        (other, theirs) -> {
          if (other.equals(self)) {
            return;
          }
          List<PartnerReason> why = new ArrayList<>();
          shared(mine.get(Fact.REQUEST), theirs.get(Fact.OFFER), Kind.OFFER_MEETS_REQUEST, why);
          shared(mine.get(Fact.OFFER), theirs.get(Fact.REQUEST), Kind.REQUEST_MEETS_OFFER, why);
          for (Node region : theirs.get(Fact.REGION)) {
            if (mine.get(Fact.TARGET_REGION).stream().anyMatch(t -> starts(region, str(t)))) {
              why.add(reason(Kind.TARGETED_REGION, region));
            }
          }
          shared(
              mine.get(Fact.TARGET_COUNTRY), theirs.get(Fact.COUNTRY), Kind.TARGETED_COUNTRY, why);
          shared(mine.get(Fact.ECOSYSTEM), theirs.get(Fact.ECOSYSTEM), Kind.SHARED_ECOSYSTEM, why);
          shared(
              mine.get(Fact.TECHNOLOGY), theirs.get(Fact.TECHNOLOGY), Kind.SHARED_TECHNOLOGY, why);
          shared(
              mine.get(Fact.TRANSFORMATION),
              theirs.get(Fact.TRANSFORMATION),
              Kind.SHARED_TRANSFORMATION,
              why);
          if (!why.isEmpty()) {
            for (Node area : theirs.get(Fact.SERVICE_AREA)) {
              if (!mine.has(Fact.SERVICE_AREA, area)) {
                why.add(reason(Kind.COMPLEMENTARY_SERVICE, area));
              }
            }
            reasons.put(other, why);
          }
        });
    return reasons;
  }

  private static void shared(Set<Node> mine, Set<Node> theirs, Kind kind, List<PartnerReason> why) {
    for (Node value : theirs) {
      if (mine.contains(value)) {
        why.add(reason(kind, value));
      }
    }
  }

  private static PartnerReason reason(PartnerReason.Kind kind, Node value) {
    if (kind == Kind.TARGETED_COUNTRY) {
      return new PartnerReason(kind, ClusterVocabulary.value(value, CountryCode.class).code());
    }
    String iri = value.getURI();
    return new PartnerReason(kind, iri.substring(iri.lastIndexOf('/') + 1));
  }

  /** SPARQL's {@code STRSTARTS(STR(?value), prefix)}; false where {@code STR} is an error. */
  private static boolean starts(Node value, @Nullable String prefix) {
    String text = str(value);
    return text != null && prefix != null && text.startsWith(prefix);
  }

  /** SPARQL's {@code STR}: an IRI's text or a literal's lexical form; null for a blank node. */
  private static @Nullable String str(Node node) {
    if (node.isURI()) {
      return node.getURI();
    }
    return node.isLiteral() ? node.getLiteralLexicalForm() : null;
  }
}
