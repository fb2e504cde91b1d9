package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.testing.ProfileGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  private static final ClusterRdf RDF = ClusterRdf.create();

  private static String write(ClusterProfile profile, ProfileFormat syntax) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDF.write(profile, out, syntax);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** {@code profile} written in {@code syntax} and parsed back by Jena as {@code lang}. */
  private static Graph readBack(ClusterProfile profile, ProfileFormat syntax, Lang lang) {
    return RDFParser.fromString(write(profile, syntax), lang).toGraph();
  }

  @Test
  void jsonLdCarriesTheContextShippedInTheJar() throws Exception {
    JsonObject written =
        Json.createReader(
                new StringReader(write(ProfileGenerator.seeded(4).next(), ProfileFormat.JSON_LD)))
            .readObject();
    JsonObject shipped;
    try (InputStream in =
        ClusterRdf.class.getResourceAsStream("/eu/clusterdata/rdf/context.jsonld")) {
      shipped = Json.createReader(in).readObject();
    }
    assertEquals(shipped.getJsonObject("@context"), written.getJsonObject("@context"));
  }

  /**
   * The profile is the document's object, the organisation nested in it; names are language maps,
   * identifiers plain strings, positions JSON numbers, each node nested once and named by its
   * identifier elsewhere; and the same profile gives the same bytes.
   */
  @Test
  void jsonLdIsNestedAndReadable() {
    ClusterProfile profile = ProfileGenerator.seeded(4).next();
    String text = write(profile, ProfileFormat.JSON_LD);
    JsonObject document = Json.createReader(new StringReader(text)).readObject();

    assertEquals("ClusterProfile", document.getString("type"));
    JsonObject organisation = document.getJsonObject("primaryTopic");
    assertEquals(profile.organisation().id().value(), organisation.getString("id"));
    assertEquals(
        profile.organisation().name().values(),
        organisation.getJsonObject("prefLabel").entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    java.util.Map.Entry::getKey,
                    e -> ((jakarta.json.JsonString) e.getValue()).getString())));
    // Actors nest in the profile's list, in the model's order; the organisation names its current
    // members by their identifiers.
    jakarta.json.JsonArray actors = document.getJsonArray("actor");
    assertEquals(
        profile.actors().stream().map(a -> a.id().value()).toList(),
        actors.stream().map(a -> a.asJsonObject().getString("id")).toList());
    assertEquals(
        jakarta.json.JsonValue.ValueType.NUMBER,
        actors.getJsonObject(0).get("position").getValueType());
    String member = organisation.getJsonArray("hasMember").getString(0);
    assertTrue(
        actors.stream().anyMatch(a -> a.asJsonObject().getString("id").equals(member)), member);
    // One shape per property: a name is a language map wherever it is.
    assertTrue(organisation.containsKey("name"), organisation.toString());
    assertEquals(jakarta.json.JsonValue.ValueType.OBJECT, organisation.get("name").getValueType());
    assertEquals(text, write(profile, ProfileFormat.JSON_LD));
  }

  /**
   * A profile without memberships, services or engagements still comes back whole (a trial frame of
   * the framing writer lost its organisation).
   */
  @Test
  void sparseProfilesAreWrittenWhole() {
    ProfileGenerator generator = ProfileGenerator.seeded(11);
    for (int i = 0; i < 10; i++) {
      ClusterProfile full = generator.next();
      ClusterProfile sparse =
          new ClusterProfile(
              full.organisation(),
              full.actors(),
              List.of(),
              full.memberCounts(),
              List.of(),
              List.of(),
              full.impulseUptakes(),
              full.projects(),
              List.of(),
              full.interests(),
              List.of(),
              full.metadata(),
              full.extensions());
      assertTrue(
          readBack(sparse, ProfileFormat.JSON_LD, Lang.JSONLD11)
              .isIsomorphicWith(RDF.toGraph(sparse)),
          "seed 11, profile " + i);
    }
  }

  @Test
  void jsonLdAndTurtleOfAProfileAreTheSameGraph() {
    ProfileGenerator generator = ProfileGenerator.seeded(6);
    for (int i = 0; i < 20; i++) {
      ClusterProfile profile = generator.next();
      Graph fromJsonLd = readBack(profile, ProfileFormat.JSON_LD, Lang.JSONLD11);
      Graph fromTurtle = readBack(profile, ProfileFormat.TURTLE, Lang.TURTLE);
      assertTrue(fromJsonLd.isIsomorphicWith(fromTurtle), "profile " + i);
    }
  }

  @Test
  void writingACollectionLeavesTheCallersStreamOpen() {
    boolean[] closed = {false};
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.OutputStream out =
        new java.io.FilterOutputStream(bytes) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    RDF.write(ProfileGenerator.seeded(3).stream(2).toList(), out, ProfileFormat.JSON_LD);
    assertTrue(!closed[0], "the caller's stream was closed");
    assertTrue(bytes.toString(java.nio.charset.StandardCharsets.UTF_8).contains("\"@graph\""));
  }
}
