package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.testing.TestProfiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Missing or ill-typed data is an error naming subject and property; unknown data is never lost.
 */
class RdfReadingTest {

  private static final ClusterRdf RDF = ClusterRdf.create();
  private static final String ORG = "<https://example.org/test/cluster>";

  /** The fixture in N-Triples, one triple a line, so that tests can edit single triples. */
  private static String fixture() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDF.write(TestProfiles.valid(), out, ProfileFormat.N_TRIPLES);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static RdfDocument read(String ntriples, ClusterRdf rdf) {
    return rdf.read(
        new ByteArrayInputStream(ntriples.getBytes(StandardCharsets.UTF_8)),
        ProfileFormat.N_TRIPLES);
  }

  private static String without(String ntriples, String subject, String predicate) {
    return String.join(
            "\n",
            ntriples
                .lines()
                .filter(l -> !(l.startsWith(subject) && l.contains(predicate)))
                .toList())
        + "\n";
  }

  @Test
  void theFixtureReadsBack() {
    assertEquals(List.of(TestProfiles.valid()), read(fixture(), RDF).profiles());
  }

  @Test
  void missingRequiredPropertyNamesSubjectAndProperty() {
    String broken = without(fixture(), ORG, "<http://www.w3.org/2004/02/skos/core#prefLabel>");
    RdfMappingException e = assertThrows(RdfMappingException.class, () -> read(broken, RDF));
    assertEquals(ORG + " skos:prefLabel", e.problems().get(0).path());
    assertEquals(
        "the required name of a ClusterOrganisation is missing at " + ORG + " skos:prefLabel",
        e.getMessage());
    assertEquals(
        "die Pflichtangabe name eines ClusterOrganisation fehlt bei " + ORG + " skos:prefLabel",
        e.message(java.util.Locale.GERMAN));
  }

  @Test
  void illTypedLiteral() {
    String broken =
        fixture()
            .replace(
                "\"2.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
                "\"2,5\"^^<http://www.w3.org/2001/XMLSchema#string>");
    RdfMappingException e = assertThrows(RdfMappingException.class, () -> read(broken, RDF));
    assertEquals(
        "expected an xsd:decimal but found \"2,5\" at " + ORG + " cd:managementTeamFte",
        e.getMessage());
  }

  /** XML Schema derives xsd:integer from xsd:decimal; Virtuoso gives whole decimals back so. */
  @Test
  void anIntegerIsADecimal() {
    String whole =
        fixture()
            .replace(
                "\"2.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
                "\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>");
    assertEquals(
        new java.math.BigDecimal("3"),
        read(whole, RDF).profiles().get(0).organisation().management().teamSizeFte());
  }

  @Test
  void unknownConcept() {
    String broken =
        fixture()
            .replace(
                "<https://clusterdata.eu/id/actor-type/university>",
                "<https://clusterdata.eu/id/actor-type/college>");
    RdfMappingException e = assertThrows(RdfMappingException.class, () -> read(broken, RDF));
    // Every actor of that type is a problem of its own, each once.
    assertEquals(e.problems().size(), e.problems().stream().distinct().count());
    assertTrue(e.problems().size() > 1, e.getMessage());
    assertTrue(
        e.problems()
            .get(0)
            .toString()
            .startsWith(
                "unknown ActorType 'college', expected one of company, university, research-organisation, public-body, intermediary, investor, civil-society at "),
        e.getMessage());
  }

  @Test
  void twoValuesWhereOneIsAllowed() {
    String broken = fixture() + ORG + " <https://clusterdata.eu/ns#acronym> \"TC2\" .\n";
    RdfMappingException e = assertThrows(RdfMappingException.class, () -> read(broken, RDF));
    assertEquals(
        "the property has 2 values, but at most one is allowed at " + ORG + " cd:acronym",
        e.getMessage());
  }

  @Test
  void unknownTriplesOnAnEntityAreKeptAndWrittenBack() {
    String extra =
        ORG
            + " <http://www.w3.org/2000/01/rdf-schema#seeAlso> <https://www.wikidata.org/wiki/Q1> .\n"
            + ORG
            + " <http://www.w3.org/2000/01/rdf-schema#comment> \"Notiz\"@de .\n"
            + ORG
            + " <http://www.w3.org/2000/01/rdf-schema#comment> \"note\"@en .\n";
    RdfDocument read = read(fixture() + extra, RDF);
    ClusterProfile profile = read.profiles().get(0);
    assertEquals(List.of(), read.unmapped());
    assertEquals(
        Map.of("@id", "https://www.wikidata.org/wiki/Q1"),
        profile
            .organisation()
            .extensions()
            .values()
            .get("http://www.w3.org/2000/01/rdf-schema#seeAlso"));
    assertEquals(
        List.of(
            Map.of("@language", "de", "@value", "Notiz"),
            Map.of("@language", "en", "@value", "note")),
        profile
            .organisation()
            .extensions()
            .values()
            .get("http://www.w3.org/2000/01/rdf-schema#comment"));
    var original =
        org.apache.jena.riot.RDFParser.fromString(
                fixture() + extra, org.apache.jena.riot.Lang.NTRIPLES)
            .toGraph();
    assertTrue(original.isIsomorphicWith(RDF.toGraph(profile)));
  }

  @Test
  void unknownTriplesThatCannotBeKeptAreReported() {
    String extra =
        "_:x <http://www.w3.org/2000/01/rdf-schema#label> \"stray\" .\n"
            + ORG
            + " <http://www.w3.org/2000/01/rdf-schema#seeAlso> _:x .\n";
    RdfDocument read = read(fixture() + extra, RDF);
    // The link to the blank node, and the blank node's own triple, which no profile reaches.
    assertEquals(
        List.of(
            "http://www.w3.org/2000/01/rdf-schema#seeAlso",
            "http://www.w3.org/2000/01/rdf-schema#label"),
        read.unmapped().stream().map(t -> t.getPredicate().getURI()).toList());
  }

  @Test
  void unknownTriplesCanBeRejected() {
    ClusterRdf strict = ClusterRdf.builder().unknownTriples(UnknownTriples.REJECT).build();
    String extra =
        ORG
            + " <http://www.w3.org/2000/01/rdf-schema#seeAlso> <https://www.wikidata.org/wiki/Q1> .\n";
    RdfMappingException e =
        assertThrows(RdfMappingException.class, () -> read(fixture() + extra, strict));
    assertEquals(
        "the property is not one of the mapping; read leniently to keep it as an extension at "
            + ORG
            + " <http://www.w3.org/2000/01/rdf-schema#seeAlso>",
        e.getMessage());
  }

  @Test
  void syntaxErrorsHaveLineAndColumn() {
    int lines = (int) fixture().lines().count();
    RdfSyntaxException e =
        assertThrows(
            RdfSyntaxException.class,
            () -> read(fixture() + "<https://a.example/s> <https://a.example/p> ;\n", RDF));
    assertEquals(lines + 1, e.line());
    assertEquals(45, e.column());
    assertTrue(
        e.getMessage().endsWith(" (line " + (lines + 1) + ", column " + e.column() + ")"),
        e.getMessage());
  }
}
