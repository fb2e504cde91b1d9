package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.ClusterProfile;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
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

  @Test
  void rdfToModelToRdfIsIsomorphicForTheFixture() throws Exception {
    Graph fixture = fixture("test-cluster.ttl");
    Graph written = ClusterRdf.create().toGraph(read(fixture));
    if (!fixture.isIsomorphicWith(written)) {
      java.nio.file.Path file = java.nio.file.Path.of("target", "test-cluster.ttl");
      try (var out = java.nio.file.Files.newOutputStream(file)) {
        org.apache.jena.riot.RDFDataMgr.write(out, written, Lang.TURTLE);
      }
      throw new AssertionError(
          "the written graph differs from the fixture; review "
              + file.toAbsolutePath()
              + " and copy it to src/test/resources/fixtures/test-cluster.ttl");
    }
  }

  @Test
  void whatEarlierVersionsWroteReadsAsTheSameProfile() throws Exception {
    assertEquals(
        read(fixture("test-cluster.ttl")), read(fixture("test-cluster-before-standard-terms.ttl")));
  }
}
