package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.ProfileGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  private static final ClusterRdf RDF = ClusterRdf.create();

  private static String write(ClusterProfile profile, RdfSyntax syntax) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDF.write(profile, out, syntax);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void compactJsonLdUsesTheContextShippedInTheJar() throws Exception {
    JsonObject written =
        Json.createReader(
                new StringReader(write(ProfileGenerator.seeded(4).next(), RdfSyntax.JSON_LD)))
            .readObject();
    JsonObject shipped;
    try (InputStream in =
        ClusterRdf.class.getResourceAsStream("/eu/clusterdata/rdf/context.jsonld")) {
      shipped = Json.createReader(in).readObject();
    }
    assertEquals(shipped.getJsonObject("@context"), written.getJsonObject("@context"));
    assertTrue(written.containsKey("@graph"));
  }

  @Test
  void jsonLdAndTurtleOfAProfileAreTheSameGraph() {
    ProfileGenerator generator = ProfileGenerator.seeded(6);
    for (int i = 0; i < 20; i++) {
      ClusterProfile profile = generator.next();
      Graph fromJsonLd =
          RDFParser.fromString(write(profile, RdfSyntax.JSON_LD), Lang.JSONLD11).toGraph();
      Graph fromTurtle =
          RDFParser.fromString(write(profile, RdfSyntax.TURTLE), Lang.TURTLE).toGraph();
      assertTrue(fromJsonLd.isIsomorphicWith(fromTurtle), "profile " + i);
    }
  }
}
