package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.rdf.internal.CatalogueSchemes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class CataloguesTest {

  private static final Graph CATALOGUES =
      RDFParser.fromString(ClusterRdf.catalogues(), Lang.TURTLE).toGraph();
  private static final Node CONCEPT =
      NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#Concept");

  @Test
  void shippedCataloguesAreTheGeneratedOnes() throws IOException {
    String generated = CatalogueSchemes.turtle();
    if (!CATALOGUES.isIsomorphicWith(RDFParser.fromString(generated, Lang.TURTLE).toGraph())) {
      Path file = Path.of("target", "catalogues.ttl");
      Files.writeString(file, generated, StandardCharsets.UTF_8);
      throw new AssertionError(
          "the catalogues changed; review "
              + file.toAbsolutePath()
              + " and copy it to src/main/resources/eu/clusterdata/rdf/catalogues.ttl");
    }
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
