package eu.clusterdata.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.InterestDirection;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.rdf.ClusterRdf;
import eu.clusterdata.rdf.ClusterVocabulary;
import eu.clusterdata.store.ClusterQuery;
import eu.clusterdata.store.PartnerReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

/**
 * The index answers as the store's SPARQL would: for generated profiles (a new seed each run, named
 * in every failure), every cluster's partner reasons equal those of the queries the index replaced,
 * and every find the index answers equals {@link Sparql#find}'s.
 */
class FactIndexTest {

  private static final int PROFILES = 40;

  private final long seed = new Random().nextLong();
  private final LocalBackend backend =
      new LocalBackend(DatasetGraphFactory.createTxnMem(), "memory", () -> {});
  private final List<ClusterProfile> profiles =
      ProfileGenerator.seeded(seed).stream(PROFILES).toList();

  private FactIndex stored() {
    ClusterRdf rdf = ClusterRdf.create();
    for (ClusterProfile profile : profiles) {
      backend.put(node(profile), rdf.toGraph(profile));
    }
    return FactIndex.read(backend);
  }

  private static Node node(ClusterProfile profile) {
    return NodeFactory.createURI(profile.organisation().id().value());
  }

  @Test
  void partnerReasonsAreTheQueries() {
    FactIndex index = stored();
    int withReasons = 0;
    for (ClusterProfile profile : profiles) {
      Node self = node(profile);
      Map<Node, List<PartnerReason>> found = index.partnerReasons(self);
      Map<Node, Set<PartnerReason>> asSets = new LinkedHashMap<>();
      found.forEach(
          (other, why) -> {
            assertEquals(why.size(), new HashSet<>(why).size(), "seed " + seed + ": " + why);
            asSets.put(other, new HashSet<>(why));
          });
      assertEquals(byQueries(self), asSets, "seed " + seed + ", cluster " + self);
      withReasons += found.isEmpty() ? 0 : 1;
    }
    assertNotEquals(0, withReasons, "seed " + seed + ": no cluster had a candidate to compare");
    assertEquals(Map.of(), index.partnerReasons(NodeFactory.createURI("https://example.org/none")));
  }

  @Test
  void findsAreTheQuery() {
    FactIndex index = stored();
    List<ClusterQuery> queries = new ArrayList<>();
    Set<String> regions = new TreeSet<>(List.of("DE", "DEA", "NL", "FR1"));
    for (ClusterProfile profile : profiles) {
      NutsCode region = profile.organisation().location().region();
      if (region != null) {
        regions.add(region.code());
        regions.add(region.code().substring(0, Math.min(3, region.code().length())));
      }
    }
    regions.forEach(r -> queries.add(ClusterQuery.builder().region(NutsCode.of(r)).build()));
    for (IndustrialEcosystem e : IndustrialEcosystem.values()) {
      queries.add(ClusterQuery.builder().ecosystem(e).build());
    }
    for (Transformation t : Transformation.values()) {
      queries.add(ClusterQuery.builder().transformation(t).build());
      for (ServiceArea area : ServiceArea.values()) {
        queries.add(
            ClusterQuery.builder()
                .region(NutsCode.of("DE"))
                .transformation(t)
                .serviceArea(area)
                .build());
      }
    }
    for (int i = 1; i <= 25; i++) {
      queries.add(ClusterQuery.builder().impulse(String.format("I%02d", i)).build());
    }
    queries.add(ClusterQuery.builder().build());
    int nonEmpty = 0;
    for (ClusterQuery query : queries) {
      List<Node> expected =
          backend.select(Sparql.find(query, LocalDate.now())).stream()
              .map(row -> row.get("org"))
              .toList();
      assertEquals(expected, index.find(query), "seed " + seed + ", " + query);
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertFalse(nonEmpty < queries.size() / 4, "seed " + seed + ": most finds found nothing");
  }

  @Test
  void aLabelIsLeftToTheQuery() {
    ClusterQuery gold = ClusterQuery.builder().label(LabelLevel.GOLD).build();
    assertFalse(FactIndex.answers(gold));
    assertThrows(IllegalArgumentException.class, () -> stored().find(gold));
  }

  @Test
  void theMarkMovesWithEveryWrite() {
    String empty = backend.changeMark();
    FactIndex index = stored();
    assertNotEquals(empty, index.mark());
    assertEquals(index.mark(), backend.changeMark());
    backend.delete(node(profiles.get(0)));
    assertNotEquals(index.mark(), backend.changeMark());
  }

  // ---- the SPARQL the index replaced: the reference it is held to ----

  private Map<Node, Set<PartnerReason>> byQueries(Node self) {
    Map<String, Object> parameters =
        Map.of(
            "org", self,
            "request", ClusterVocabulary.term(InterestDirection.REQUEST),
            "offer", ClusterVocabulary.term(InterestDirection.OFFER));
    Map<Node, Set<PartnerReason>> reasons = new LinkedHashMap<>();
    for (String query : List.of(OFFER_MEETS_REQUEST, REQUEST_MEETS_OFFER, REGIONS, COUNTRIES)) {
      collect(query, parameters, reasons, null);
    }
    collect(OVERLAPS, parameters, reasons, null);
    Set<Node> candidates = Set.copyOf(reasons.keySet());
    collect(COMPLEMENTS, parameters, reasons, candidates);
    return reasons;
  }

  private void collect(
      String query,
      Map<String, Object> parameters,
      Map<Node, Set<PartnerReason>> reasons,
      Set<Node> onlyOf) {
    Map<String, Object> used = new LinkedHashMap<>();
    parameters.forEach(
        (name, value) -> {
          if (query.contains("?" + name)) {
            used.put(name, value);
          }
        });
    for (Binding row : backend.select(Sparql.select(query, used))) {
      Node other = row.get("other");
      if (onlyOf != null && !onlyOf.contains(other)) {
        continue;
      }
      PartnerReason.Kind kind =
          PartnerReason.Kind.valueOf(
              row.get("kind") == null
                  ? "COMPLEMENTARY_SERVICE"
                  : row.get("kind").getLiteralLexicalForm());
      Node value = row.get("value");
      String code =
          kind == PartnerReason.Kind.TARGETED_COUNTRY
              ? ClusterVocabulary.value(value, CountryCode.class).code()
              : value.getURI().substring(value.getURI().lastIndexOf('/') + 1);
      reasons.computeIfAbsent(other, k -> new HashSet<>()).add(new PartnerReason(kind, code));
    }
  }

  private static final String OFFER_MEETS_REQUEST =
      """
      SELECT DISTINCT ?other ?kind ?value WHERE {
        GRAPH ?org { ?mine cd:interestDirection ?request ; cd:interestKind ?value }
        GRAPH ?other { ?theirs cd:interestDirection ?offer ; cd:interestKind ?value }
        BIND ("OFFER_MEETS_REQUEST" AS ?kind) FILTER (?other != ?org)
      }
      """;

  private static final String REQUEST_MEETS_OFFER =
      """
      SELECT DISTINCT ?other ?kind ?value WHERE {
        GRAPH ?org { ?mine cd:interestDirection ?offer ; cd:interestKind ?value }
        GRAPH ?other { ?theirs cd:interestDirection ?request ; cd:interestKind ?value }
        BIND ("REQUEST_MEETS_OFFER" AS ?kind) FILTER (?other != ?org)
      }
      """;

  private static final String REGIONS =
      """
      SELECT DISTINCT ?other ?kind ?value WHERE {
        GRAPH ?org { ?mine cd:targetRegion ?target }
        GRAPH ?other { ?other dct:spatial ?value }
        FILTER (STRSTARTS(STR(?value), STR(?target)))
        BIND ("TARGETED_REGION" AS ?kind) FILTER (?other != ?org)
      }
      """;

  private static final String COUNTRIES =
      """
      SELECT DISTINCT ?other ?kind ?value WHERE {
        GRAPH ?org { ?mine cd:targetCountry ?value }
        GRAPH ?other { ?other cd:country ?value }
        BIND ("TARGETED_COUNTRY" AS ?kind) FILTER (?other != ?org)
      }
      """;

  private static final String OVERLAPS =
      """
      SELECT DISTINCT ?other ?kind ?value WHERE {
        {
          GRAPH ?org { ?org cd:industrialEcosystem ?value }
          GRAPH ?other { ?other cd:industrialEcosystem ?value }
          BIND ("SHARED_ECOSYSTEM" AS ?kind)
        } UNION {
          GRAPH ?org { ?org cd:technology ?value }
          GRAPH ?other { ?other cd:technology ?value }
          BIND ("SHARED_TECHNOLOGY" AS ?kind)
        } UNION {
          { SELECT DISTINCT ?value WHERE { GRAPH ?org { ?driver dct:subject|cd:transformation ?value } } }
          GRAPH ?other { ?driver2 dct:subject|cd:transformation ?value }
          BIND ("SHARED_TRANSFORMATION" AS ?kind)
        }
        FILTER (?other != ?org)
      }
      """;

  private static final String COMPLEMENTS =
      """
      SELECT DISTINCT ?other ?value WHERE {
        GRAPH ?other { ?service2 schema:serviceType|cd:serviceArea ?value }
        FILTER NOT EXISTS { GRAPH ?org { ?service schema:serviceType|cd:serviceArea ?value } }
      }
      """;
}
