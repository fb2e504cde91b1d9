package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.testing.ProfileGenerator;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** Every term of the project's namespace that the writer uses is defined, in English and German. */
class OntologyTest {

  private static final Node LABEL =
      NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
  private static final Node COMMENT =
      NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#comment");

  @Test
  void everyTermWeWriteIsDefinedInBothLanguages() {
    Graph ontology = RDFParser.fromString(ClusterRdf.ontology(), Lang.TURTLE).toGraph();
    Set<String> used = new TreeSet<>();
    ProfileGenerator generator = ProfileGenerator.seeded(1);
    for (int i = 0; i < 30; i++) {
      ClusterRdf.create().toGraph(generator.next()).find().forEach(t -> collect(t, used));
    }
    assertTrue(used.size() > 40, used.toString());
    for (String term : used) {
      Node node = NodeFactory.createURI(term);
      for (Node property : new Node[] {LABEL, COMMENT}) {
        Set<String> languages = new TreeSet<>();
        ontology
            .find(node, property, Node.ANY)
            .forEach(t -> languages.add(t.getObject().getLiteralLanguage()));
        assertEquals(Set.of("de", "en"), languages, term + " " + property.getLocalName());
      }
    }
  }

  private static void collect(Triple triple, Set<String> used) {
    for (Node node : new Node[] {triple.getPredicate(), triple.getObject()}) {
      if (node.isURI() && node.getURI().startsWith(ClusterVocabulary.NS)) {
        used.add(node.getURI());
      }
      if (node.isLiteral() && node.getLiteralDatatypeURI().startsWith(ClusterVocabulary.NS)) {
        used.add(node.getLiteralDatatypeURI());
      }
    }
  }
}
