package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.GeneratedFiles;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class FixturesTest {

  private static Graph fixture(String name) throws Exception {
    try (InputStream in = FixturesTest.class.getResourceAsStream("/fixtures/" + name)) {
      return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
    }
  }

  private static ClusterProfile read(Graph graph) {
    RdfDocument read = ClusterRdf.create().read(graph);
    assertEquals(List.of(), read.unmapped());
    ClusterProfile profile = read.profiles().get(0);
    assertEquals(
        "https://www.wikidata.org/wiki/Q4",
        ((java.util.Map<?, ?>)
                profile
                    .organisation()
                    .extensions()
                    .values()
                    .get("http://www.w3.org/2000/01/rdf-schema#seeAlso"))
            .get("@id"));
    return profile;
  }

  /** The fixture is what the writer writes of what the reader reads of it. */
  @Test
  @Tag("generated")
  void rdfToModelToRdfIsIsomorphicForTheFixture() throws Exception {
    Graph written = ClusterRdf.create().toGraph(read(fixture("test-cluster.ttl")));
    StringWriter turtle = new StringWriter();
    RDFDataMgr.write(turtle, written, Lang.TURTLE);
    GeneratedFiles.check(
        "cluster-rdf/src/test/resources/fixtures/test-cluster.ttl",
        turtle.toString(),
        Turtle::isomorphic);
  }

  @Test
  void whatEarlierVersionsWroteReadsAsTheSameProfile() throws Exception {
    assertEquals(
        read(fixture("test-cluster.ttl")), read(fixture("test-cluster-before-standard-terms.ttl")));
  }
}
