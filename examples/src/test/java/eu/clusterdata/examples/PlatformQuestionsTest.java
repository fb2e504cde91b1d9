package eu.clusterdata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eu.clusterdata.examples.data.Showcase;
import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.Membership;
import eu.clusterdata.rdf.ClusterVocabulary;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/**
 * Issue 34: questions a platform asks of the published showcase with SPARQL that names no {@code
 * cd:} term, answered as the model answers them. (Transformations, service areas, labels and
 * impulses still need {@code cd:} predicates; see docs/rdf-mapping.md.)
 */
class PlatformQuestionsTest {

  private static final Model SHOWCASE =
      RDFDataMgr.loadModel(Path.of("data", "showcase.ttl").toString());

  private static final String PREFIXES =
      "PREFIX org: <http://www.w3.org/ns/org#>\n"
          + "PREFIX dct: <http://purl.org/dc/terms/>\n"
          + "PREFIX schema: <https://schema.org/>\n";

  /** The answers of a query whose rows are a concept and a number, by the concept's IRI. */
  private static Map<String, Long> ask(String query) {
    assertFalse(query.contains("cd:") || query.contains(ClusterVocabulary.NS), query);
    Map<String, Long> answers = new TreeMap<>();
    try (QueryExecution execution = QueryExecution.create(PREFIXES + query, SHOWCASE)) {
      ResultSet rows = execution.execSelect();
      while (rows.hasNext()) {
        QuerySolution row = rows.next();
        answers.merge(
            row.getResource("concept").getURI(), row.getLiteral("n").getLong(), Long::sum);
      }
    }
    return answers;
  }

  private static String iri(Object code) {
    return ClusterVocabulary.term(code).getURI();
  }

  @Test
  void membersByType() {
    Map<String, Long> expected = new TreeMap<>();
    for (ClusterProfile profile : Showcase.profiles()) {
      for (Membership membership : profile.memberships()) {
        Actor actor =
            profile.actors().stream()
                .filter(a -> a.id().equals(membership.actor()))
                .findFirst()
                .orElseThrow();
        expected.merge(iri(actor.type()), 1L, Long::sum);
      }
    }
    assertFalse(expected.isEmpty());
    assertEquals(
        expected,
        ask(
            "SELECT ?concept (COUNT(?membership) AS ?n) WHERE {"
                + " ?membership a org:Membership ; org:member ?actor . ?actor dct:type ?concept"
                + " } GROUP BY ?concept"));
  }

  @Test
  void memberCountsByType() {
    Map<String, Long> expected = new TreeMap<>();
    for (ClusterProfile profile : Showcase.profiles()) {
      for (MemberCount count : profile.memberCounts()) {
        expected.merge(iri(count.type()), (long) count.count(), Long::sum);
      }
    }
    assertFalse(expected.isEmpty());
    assertEquals(
        expected,
        ask(
            "SELECT ?concept (SUM(?value) AS ?n) WHERE {"
                + " ?profile schema:additionalProperty ?count ."
                + " ?count a schema:PropertyValue ; schema:valueReference ?concept ;"
                + " schema:value ?value } GROUP BY ?concept"));
  }
}
