package eu.clusterdata.rdf.internal;

import static eu.clusterdata.rdf.ClusterVocabulary.ORG;
import static eu.clusterdata.rdf.ClusterVocabulary.PROV;
import static eu.clusterdata.rdf.ClusterVocabulary.SCHEMA;
import static eu.clusterdata.rdf.ClusterVocabulary.SKOS;
import static eu.clusterdata.rdf.internal.Mappings.uri;

import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.Membership;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;

/**
 * The standard triples the writer adds beside those of the mapping, so that a platform that knows
 * only the public vocabularies finds names, acronyms, countries, members, labels and the links of
 * W3C ORG, schema.org and PROV-O in the data itself, without the {@code cd:} ontology or inference.
 * Each is implied by a mapped triple of the same profile; the reader passes over exactly those
 * implied triples (a foreign triple with the same predicate but another value is read or reported
 * as usual), so nothing is read twice and nothing is lost.
 *
 * <table>
 *   <caption>Implied triples</caption>
 *   <tr><th>mapped</th><th>also written</th></tr>
 *   <tr><td>{@code ?x skos:prefLabel ?name}</td><td>{@code ?x schema:name ?name}</td></tr>
 *   <tr><td>{@code ?x cd:acronym ?a}</td><td>{@code ?x skos:altLabel ?a}</td></tr>
 *   <tr><td>{@code ?x cd:country ?c}</td><td>{@code ?x dct:spatial ?c}</td></tr>
 *   <tr><td>{@code ?org cd:label ?l}</td><td>{@code ?org schema:hasCredential ?l . ?l a
 *       schema:EducationalOccupationalCredential}</td></tr>
 *   <tr><td>{@code ?p cd:membership ?m}</td><td>{@code ?m org:organization ?org . ?org
 *       org:hasMembership ?m}; and {@code ?org org:hasMember ?actor} if the membership has not
 *       ended</td></tr>
 *   <tr><td>{@code ?p cd:service ?s}</td><td>{@code ?s schema:provider ?org}</td></tr>
 *   <tr><td>{@code ?p cd:engagement ?e}, {@code ?p cd:impulseUptake ?u}</td><td>{@code ?e
 *       prov:wasAssociatedWith ?org}, {@code ?u prov:wasAssociatedWith ?org}</td></tr>
 * </table>
 */
final class StandardTerms {

  // The mapped predicates that imply standard triples, as the mapping gives them.
  private static final Node PREF_LABEL = mapped(ClusterOrganisation.class, "name");
  private static final Node ACRONYM = mapped(ClusterOrganisation.class, "acronym");
  private static final Node COUNTRY_PROPERTY = mapped(Location.class, "country");
  private static final Node LABEL = mapped(ClusterOrganisation.class, "labels");
  private static final Node MEMBERSHIP = mapped(ClusterProfile.class, "memberships");
  private static final Node SERVICE = mapped(ClusterProfile.class, "services");
  private static final Node ENGAGEMENT = mapped(ClusterProfile.class, "engagements");
  private static final Node UPTAKE = mapped(ClusterProfile.class, "impulseUptakes");
  private static final Node MEMBER = mapped(Membership.class, "actor");
  private static final Node MEMBER_DURING = mapped(Membership.class, "period");
  private static final Node PRIMARY_TOPIC = mapped(ClusterProfile.class, "organisation");

  /** Where a location's region is, and where the writer puts its country too. */
  static final Node SPATIAL = mapped(Location.class, "region");

  // The standard terms written beside them.
  private static final Node SCHEMA_NAME = uri(SCHEMA + "name");
  private static final Node ALT_LABEL = uri(SKOS + "altLabel");
  private static final Node HAS_CREDENTIAL = uri(SCHEMA + "hasCredential");
  private static final Node CREDENTIAL = uri(SCHEMA + "EducationalOccupationalCredential");
  private static final Node HAS_MEMBER = uri(ORG + "hasMember");
  private static final Node HAS_MEMBERSHIP = uri(ORG + "hasMembership");
  private static final Node ORGANIZATION = uri(ORG + "organization");
  private static final Node PROVIDER = uri(SCHEMA + "provider");
  private static final Node ASSOCIATED_WITH = uri(PROV + "wasAssociatedWith");

  private static Node mapped(Class<?> type, String component) {
    return Mappings.of(type).property(component).triplePredicate();
  }

  /** Whether the writer puts a country beside the values of {@code type}'s region property. */
  static boolean carriesCountry(Mappings.Type type) {
    return type.properties().stream().anyMatch(p -> COUNTRY_PROPERTY.equals(p.predicate()));
  }

  private StandardTerms() {}

  /**
   * Sends the triples implied by the mapped triple {@code (s, p, o)} to {@code sink}; {@code
   * organisation} is the profile's organisation, needed for memberships, services, engagements and
   * uptakes only.
   */
  static void implied(Node s, Node p, Node o, @Nullable Node organisation, Consumer<Triple> sink) {
    Implying kind = IMPLYING.get(p); // one look-up: this runs for every triple written
    if (kind == null) {
      return;
    }
    switch (kind) {
      case NAME -> sink.accept(Triple.create(s, SCHEMA_NAME, o));
      case ACRONYM -> sink.accept(Triple.create(s, ALT_LABEL, o));
      case COUNTRY -> sink.accept(Triple.create(s, SPATIAL, o));
      case LABEL -> {
        sink.accept(Triple.create(s, HAS_CREDENTIAL, o));
        sink.accept(Triple.create(o, RDF.Nodes.type, CREDENTIAL));
      }
      case MEMBERSHIP -> {
        sink.accept(Triple.create(o, ORGANIZATION, organisation));
        sink.accept(Triple.create(organisation, HAS_MEMBERSHIP, o));
      }
      case SERVICE -> sink.accept(Triple.create(o, PROVIDER, organisation));
      case ACTIVITY -> sink.accept(Triple.create(o, ASSOCIATED_WITH, organisation));
    }
  }

  /** The mapped predicates that imply standard triples. */
  private enum Implying {
    NAME,
    ACRONYM,
    COUNTRY,
    LABEL,
    MEMBERSHIP,
    SERVICE,
    /** An engagement or an impulse uptake: an activity of the cluster. */
    ACTIVITY
  }

  private static final Map<Node, Implying> IMPLYING =
      Map.of(
          PREF_LABEL, Implying.NAME,
          ACRONYM, Implying.ACRONYM,
          COUNTRY_PROPERTY, Implying.COUNTRY,
          LABEL, Implying.LABEL,
          MEMBERSHIP, Implying.MEMBERSHIP,
          SERVICE, Implying.SERVICE,
          ENGAGEMENT, Implying.ACTIVITY,
          UPTAKE, Implying.ACTIVITY);

  /**
   * Sends the triple implied by a whole membership: the plain {@code org:hasMember} of W3C ORG,
   * which has no period, for a membership that has not ended (one with an end date, even a future
   * one, is left to the qualified {@code org:Membership}, so the output does not depend on the day
   * it is written).
   */
  static void implied(Membership membership, Node organisation, Consumer<Triple> sink) {
    if (membership.period().end() == null) {
      sink.accept(Triple.create(organisation, HAS_MEMBER, uri(membership.actor().value())));
    }
  }

  /** Returns the triples of {@code graph} that are implied by others, as the writer adds them. */
  static Set<Triple> impliedIn(Graph graph) {
    Set<Triple> implied = new HashSet<>();
    Consumer<Triple> ifPresent =
        triple -> {
          if (graph.contains(triple)) {
            implied.add(triple);
          }
        };
    for (Node p : List.of(PREF_LABEL, ACRONYM, COUNTRY_PROPERTY, LABEL)) {
      graph
          .find(Node.ANY, p, Node.ANY)
          .forEachRemaining(t -> implied(t.getSubject(), p, t.getObject(), null, ifPresent));
    }
    for (Node p : List.of(SERVICE, ENGAGEMENT, UPTAKE)) {
      graph
          .find(Node.ANY, p, Node.ANY)
          .forEachRemaining(
              t -> {
                Node organisation = organisationOf(graph, t);
                if (organisation != null) {
                  implied(t.getSubject(), p, t.getObject(), organisation, ifPresent);
                }
              });
    }
    graph
        .find(Node.ANY, MEMBERSHIP, Node.ANY)
        .forEachRemaining(
            t -> {
              Node membership = t.getObject();
              Node organisation = organisationOf(graph, t);
              if (organisation == null) {
                return;
              }
              implied(t.getSubject(), MEMBERSHIP, membership, organisation, ifPresent);
              if (!hasEnded(graph, membership)) {
                graph
                    .find(membership, MEMBER, Node.ANY)
                    .forEachRemaining(
                        m ->
                            ifPresent.accept(
                                Triple.create(organisation, HAS_MEMBER, m.getObject())));
              }
            });
    return implied;
  }

  /** The organisation of the profile that states {@code triple}, if its subject is a profile. */
  private static @Nullable Node organisationOf(Graph graph, Triple triple) {
    List<Triple> topics = graph.find(triple.getSubject(), PRIMARY_TOPIC, Node.ANY).toList();
    return topics.size() == 1 ? topics.get(0).getObject() : null;
  }

  private static boolean hasEnded(Graph graph, Node membership) {
    return graph
        .find(membership, MEMBER_DURING, Node.ANY)
        .filterKeep(period -> graph.contains(period.getObject(), Mappings.HAS_END, Node.ANY))
        .hasNext();
  }
}
