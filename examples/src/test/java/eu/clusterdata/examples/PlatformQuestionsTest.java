package eu.clusterdata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.examples.data.NrwClusters;
import eu.clusterdata.examples.data.Showcase;
import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.ImpulseUptake;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.TransformationEngagement;
import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.rdf.ClusterVocabulary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/**
 * Issue 34: the questions a platform asks of the published data sets, with SPARQL that names no
 * {@code cd:} term (only W3C ORG, PROV-O, ADMS, Dublin Core and schema.org, and the concepts of the
 * shipped catalogues as values), answered as the model answers them. Each question is asked of the
 * showcase and of the NRW set; between them every question has answers.
 */
class PlatformQuestionsTest {

  /** A published data set: its Turtle file and the profiles it was written from. */
  private record DataSet(Model graph, List<ClusterProfile> profiles) {
    static DataSet of(String file, List<ClusterProfile> profiles) {
      return new DataSet(RDFDataMgr.loadModel(Path.of("data", file).toString()), profiles);
    }
  }

  private static final List<DataSet> DATA_SETS =
      List.of(
          DataSet.of("showcase.ttl", Showcase.profiles()),
          DataSet.of("nrw-clusters.ttl", NrwClusters.profiles()));

  /** The day labels are asked to be valid on: fixed, so that the answers do not age. */
  private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

  private static final String PREFIXES =
      "PREFIX org: <http://www.w3.org/ns/org#>\n"
          + "PREFIX dct: <http://purl.org/dc/terms/>\n"
          + "PREFIX schema: <https://schema.org/>\n"
          + "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
          + "PREFIX adms: <http://www.w3.org/ns/adms#>\n"
          + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";

  /**
   * Asks every data set {@code query}, whose last variable is a number {@code ?n} and whose other
   * variables name what is counted, and compares its answers with what {@code model} counts in the
   * same data set's profiles.
   */
  private static void ask(String query, BiConsumer<ClusterProfile, Map<String, Long>> model) {
    assertFalse(query.contains("cd:") || query.contains(ClusterVocabulary.NS), query);
    boolean answered = false;
    for (DataSet data : DATA_SETS) {
      Map<String, Long> expected = new TreeMap<>();
      data.profiles().forEach(profile -> model.accept(profile, expected));
      assertEquals(expected, answers(PREFIXES + query, data.graph()), query);
      answered |= !expected.isEmpty();
    }
    assertTrue(answered, "no data set has an answer to " + query);
  }

  private static Map<String, Long> answers(String query, Model graph) {
    Map<String, Long> answers = new TreeMap<>();
    try (QueryExecution execution = QueryExecution.create(query, graph)) {
      ResultSet rows = execution.execSelect();
      List<String> keys = rows.getResultVars().stream().filter(v -> !v.equals("n")).toList();
      while (rows.hasNext()) {
        QuerySolution row = rows.next();
        String key = keys.stream().map(v -> text(row.get(v))).collect(Collectors.joining(" "));
        answers.merge(key, row.getLiteral("n").getLong(), Long::sum);
      }
    }
    return answers;
  }

  private static String text(RDFNode node) {
    return node.isResource() ? node.asResource().getURI() : node.asLiteral().getLexicalForm();
  }

  private static String iri(Object code) {
    return ClusterVocabulary.term(code).getURI();
  }

  @Test
  void membersByType() {
    ask(
        "SELECT ?type (COUNT(?membership) AS ?n) WHERE {"
            + " ?membership a org:Membership ; org:member ?actor . ?actor dct:type ?type"
            + " } GROUP BY ?type",
        (profile, counts) -> {
          for (Membership membership : profile.memberships()) {
            Actor actor =
                profile.actors().stream()
                    .filter(a -> a.id().equals(membership.actor()))
                    .findFirst()
                    .orElseThrow();
            counts.merge(iri(actor.type()), 1L, Long::sum);
          }
        });
  }

  @Test
  void memberCountsByType() {
    ask(
        "SELECT ?type (SUM(?value) AS ?n) WHERE {"
            + " ?profile schema:additionalProperty ?count ."
            + " ?count a schema:PropertyValue ; schema:valueReference ?type ;"
            + " schema:value ?value } GROUP BY ?type",
        (profile, counts) -> {
          for (MemberCount count : profile.memberCounts()) {
            counts.merge(iri(count.type()), (long) count.count(), Long::sum);
          }
        });
  }

  @Test
  void clustersByTransformation() {
    // What a cluster drives: its engagements, activities associated with the organisation.
    ask(
        "SELECT ?transformation (COUNT(DISTINCT ?org) AS ?n) WHERE {"
            + " ?engagement prov:wasAssociatedWith ?org ; dct:subject ?transformation"
            + " } GROUP BY ?transformation",
        (profile, counts) -> {
          Set<Transformation> driven = EnumSet.noneOf(Transformation.class);
          for (TransformationEngagement engagement : profile.engagements()) {
            driven.add(engagement.transformation());
          }
          driven.forEach(t -> counts.merge(iri(t), 1L, Long::sum));
        });
  }

  @Test
  void servicesByArea() {
    ask(
        "SELECT ?area (COUNT(?service) AS ?n) WHERE {"
            + " ?service a schema:Service ; schema:provider ?org ; schema:serviceType ?area"
            + " } GROUP BY ?area",
        (profile, counts) -> {
          for (Service service : profile.services()) {
            counts.merge(iri(service.area()), 1L, Long::sum);
          }
        });
  }

  @Test
  void labelsByLevelSchemeAndValidity() {
    // A label without a scheme is a EUCLES label (docs/rdf-mapping.md).
    ask(
        "SELECT ?level ?scheme ?valid (COUNT(?label) AS ?n) WHERE {"
            + " ?org schema:hasCredential ?label . ?label schema:credentialCategory ?level ."
            + " OPTIONAL { ?label schema:recognizedBy ?given }"
            + " BIND (COALESCE(?given, <"
            + iri(LabelScheme.EUCLES)
            + ">) AS ?scheme)"
            + " OPTIONAL { ?label dct:issued ?awarded }"
            + " OPTIONAL { ?label schema:validThrough ?until }"
            + " BIND ((!BOUND(?awarded) || ?awarded <= \""
            + DAY
            + "\"^^xsd:date) && (!BOUND(?until) || ?until >= \""
            + DAY
            + "\"^^xsd:date) AS ?valid)"
            + " } GROUP BY ?level ?scheme ?valid",
        (profile, counts) -> {
          for (Label label : profile.organisation().labels()) {
            LabelScheme scheme = label.scheme() == null ? LabelScheme.EUCLES : label.scheme();
            counts.merge(
                iri(label.level()) + " " + iri(scheme) + " " + label.isValidOn(DAY), 1L, Long::sum);
          }
        });
  }

  @Test
  void impulsesTakenUp() {
    ask(
        "SELECT ?impulse ?status (COUNT(?uptake) AS ?n) WHERE {"
            + " ?uptake prov:wasAssociatedWith ?org ; prov:used ?impulse ; adms:status ?status"
            + " } GROUP BY ?impulse ?status",
        (profile, counts) -> {
          for (ImpulseUptake uptake : profile.impulseUptakes()) {
            counts.merge(
                ClusterVocabulary.impulse(uptake.impulse()).getURI() + " " + iri(uptake.status()),
                1L,
                Long::sum);
          }
        });
  }
}
