package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.testing.GeneratedFiles;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.rdf.internal.CatalogueSchemes;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CataloguesTest {

  private static final Graph CATALOGUES =
      RDFParser.fromString(ClusterRdf.catalogues(), Lang.TURTLE).toGraph();
  private static final Node CONCEPT =
      NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#Concept");

  @Test
  @Tag("generated")
  void shippedCataloguesAreTheGeneratedOnes() {
    GeneratedFiles.check(
        "cluster-rdf/src/main/resources/eu/clusterdata/rdf/catalogues.ttl",
        CatalogueSchemes.turtle(),
        Turtle::isomorphic);
  }

  @Test
  void theImpulsesAreConceptsWithTheirGermanTitles() {
    Node i21 = NodeFactory.createURI("https://clusterdata.eu/id/impulse/I21");
    assertTrue(CATALOGUES.contains(i21, RDF.Nodes.type, CONCEPT));
    assertTrue(
        CATALOGUES.contains(
            i21,
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
            NodeFactory.createLiteralLang("Marktbeobachtung und strategische Vorausschau", "de")));
    assertEquals(
        25,
        CATALOGUES
            .find(
                Node.ANY,
                NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#inScheme"),
                NodeFactory.createURI("https://clusterdata.eu/id/impulse"))
            .toList()
            .size());
  }

  @Test
  void everyConceptAProfileUsesIsInACatalogue() {
    Set<String> missing = new TreeSet<>();
    ProfileGenerator generator = ProfileGenerator.seeded(2);
    for (int i = 0; i < 30; i++) {
      ClusterRdf.create()
          .toGraph(generator.next())
          .find()
          .forEach(
              t -> {
                Node o = t.getObject();
                if (o.isURI()
                    && o.getURI().startsWith(ClusterVocabulary.ID)
                    && !CATALOGUES.contains(o, RDF.Nodes.type, CONCEPT)) {
                  missing.add(o.getURI());
                }
              });
    }
    assertEquals(Set.of(), missing);
  }
}
