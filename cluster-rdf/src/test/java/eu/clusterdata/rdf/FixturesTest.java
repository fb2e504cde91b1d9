package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class FixturesTest {

  @Test
  void rdfToModelToRdfIsIsomorphicForTheFixture() throws Exception {
    Graph fixture;
    try (InputStream in = FixturesTest.class.getResourceAsStream("/fixtures/test-cluster.ttl")) {
      fixture = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
    }
    RdfDocument read = ClusterRdf.create().read(fixture);
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
    assertTrue(fixture.isIsomorphicWith(ClusterRdf.create().toGraph(profile)));
  }
}
