package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.value.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/**
 * A platform that knows only the public vocabularies asks for names, acronym, country, label and
 * members, and gets the model's answers; the reader passes over those triples and loses nothing.
 */
class StandardTermsTest {

  private static final ClusterRdf RDF = ClusterRdf.create();

  private static final String PREFIXES =
      """
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX schema: <https://schema.org/>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX dct: <http://purl.org/dc/terms/>
      PREFIX foaf: <http://xmlns.com/foaf/0.1/>
      """;

  private static Set<String> select(Graph graph, String where) {
    Set<String> values = new TreeSet<>();
    try (var execution =
        QueryExecutionFactory.create(
            PREFIXES + "SELECT ?v WHERE { " + where + " }",
            ModelFactory.createModelForGraph(graph))) {
      ResultSet results = execution.execSelect();
      while (results.hasNext()) {
        QuerySolution row = results.next();
        values.add(
            row.get("v").isLiteral()
                ? row.getLiteral("v").getLexicalForm()
                : row.get("v").toString());
      }
    }
    return values;
  }

  /** The test profile, with one ended and one open membership besides its members. */
  private static ClusterProfile profile() {
    ClusterProfile profile = TestProfiles.valid();
    List<Membership> memberships = new ArrayList<>(profile.memberships());
    Membership first = memberships.get(0);
    memberships.set(
        0,
        new Membership(
            first.actor(),
            MembershipRole.MEMBER,
            new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31))));
    return profile.withMemberships(memberships);
  }

  @Test
  void platformQuestionsHaveStandardTermAnswers() {
    ClusterProfile profile = profile();
    Graph graph = RDF.toGraph(profile);
    String org = "<" + profile.organisation().id().value() + ">";

    assertEquals(
        Set.of("Testcluster Düsseldorf", "Test Cluster Düsseldorf"),
        select(graph, org + " schema:name ?v"));
    assertEquals(Set.of("TCD"), select(graph, org + " skos:altLabel ?v"));
    assertEquals(
        Set.of("http://publications.europa.eu/resource/authority/country/DEU"),
        select(
            graph,
            org
                + " dct:spatial ?v FILTER(STRSTARTS(STR(?v),"
                + " 'http://publications.europa.eu/resource/authority/country/'))"));
    assertEquals(
        Set.of("http://data.europa.eu/nuts/code/DEA11"),
        select(
            graph,
            org + " dct:spatial ?v FILTER(STRSTARTS(STR(?v), 'http://data.europa.eu/nuts/'))"));

    Set<String> open = new TreeSet<>();
    profile.memberships().stream()
        .filter(m -> m.period().end() == null)
        .forEach(m -> open.add(m.actor().value()));
    assertEquals(open, select(graph, org + " org:hasMember ?v"));
    assertEquals(profile.memberships().size() - 1, open.size(), "the ended one is not a member");

    assertEquals(
        Set.of(org.substring(1, org.length() - 1) + "#profile"),
        select(graph, "?v foaf:primaryTopic " + org + " FILTER(isIRI(?v))"));
  }

  @Test
  void labelsAreCredentials() {
    ProfileGenerator generator = ProfileGenerator.seeded(5);
    for (int i = 0; i < 20; i++) {
      ClusterProfile profile = generator.next();
      Graph graph = RDF.toGraph(profile);
      String org = "<" + profile.organisation().id().value() + ">";
      assertEquals(
          profile.organisation().labels().size(),
          select(
                  graph,
                  org + " schema:hasCredential ?v . ?v a schema:EducationalOccupationalCredential")
              .size(),
          "profile " + i);
    }
  }

  @Test
  void theReaderPassesOverExactlyTheImpliedTriples() {
    ClusterProfile profile = profile();
    Graph graph = RDF.toGraph(profile);
    RdfDocument plain = RDF.read(graph);
    assertEquals(List.of(profile), plain.profiles());
    assertEquals(List.of(), plain.unmapped());

    // A schema:name that is not also the skos:prefLabel is someone else's statement: kept.
    graph.add(
        NodeFactory.createURI(profile.organisation().id().value()),
        NodeFactory.createURI("https://schema.org/name"),
        NodeFactory.createLiteralLang("Anderer Name", "de"));
    ClusterProfile read = RDF.read(graph).profiles().get(0);
    assertTrue(
        read.organisation().extensions().values().containsKey("https://schema.org/name"),
        read.organisation().extensions().toString());
  }
}
