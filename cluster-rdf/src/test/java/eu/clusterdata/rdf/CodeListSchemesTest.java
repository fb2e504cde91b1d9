package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** The official lists as SKOS, at the EU's IRIs, with names, parents and versions. */
class CodeListSchemesTest {

  private static final String SKOS = ClusterVocabulary.SKOS;
  private static final Graph LISTS =
      RDFParser.fromString(ClusterRdf.codeLists(), Lang.TURTLE).toGraph();

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static long inScheme(String scheme) {
    return LISTS
        .find(Node.ANY, uri(SKOS + "inScheme"), uri(ClusterVocabulary.ID + scheme))
        .toList()
        .size();
  }

  @Test
  void everyVersionHasItsRows() {
    assertEquals(2121, inScheme("nuts-2021"));
    assertEquals(1903, inScheme("nuts-2024"));
    assertEquals(996, inScheme("nace-rev2"));
    assertEquals(1047, inScheme("nace-rev2.1"));
  }

  @Test
  void aRegionHasItsNameAndParent() {
    Node wuppertal = uri("http://data.europa.eu/nuts/code/DEA1A");
    assertTrue(
        LISTS.contains(
            wuppertal,
            uri(SKOS + "prefLabel"),
            NodeFactory.createLiteralString("Wuppertal, Kreisfreie Stadt")));
    assertTrue(
        LISTS.contains(
            wuppertal, uri(SKOS + "broader"), uri("http://data.europa.eu/nuts/code/DEA1")));
    Node programming = uri("http://data.europa.eu/ux2/nace2/6201");
    assertTrue(
        LISTS.contains(
            programming,
            uri(SKOS + "prefLabel"),
            NodeFactory.createLiteralLang("Programmierungstätigkeiten", "de")));
    assertTrue(
        LISTS.contains(
            programming, uri(SKOS + "broader"), uri("http://data.europa.eu/ux2/nace2/620")));
  }
}
