package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.testing.ProfileGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model to RDF to model gives an equal model in every syntax, and RDF to model to RDF gives an
 * isomorphic graph. A failure names its seed: {@code ProfileGenerator.seeded(seed)} reproduces it.
 */
class RdfRoundTripTest {

  private static final ClusterRdf RDF = ClusterRdf.create();

  /**
   * Every syntax over 25 seeds, but JSON-LD over 5: its writer frames and compacts each profile,
   * about a tenth of a second each, and EveryFormatRoundTripTest and JsonLdJsTest read it too.
   */
  static Stream<Arguments> syntaxesAndSeeds() {
    return RdfFormats.all().stream()
        .flatMap(
            s ->
                java.util.stream.LongStream.range(0, s == ProfileFormat.JSON_LD ? 5 : 25)
                    .boxed()
                    .map(seed -> Arguments.of(s, seed)));
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("syntaxesAndSeeds")
  void modelToRdfToModelIsEqual(ProfileFormat syntax, long seed) {
    ProfileGenerator generator = ProfileGenerator.seeded(seed);
    for (int i = 0; i < 40; i++) {
      ClusterProfile profile = generator.next();
      String text = write(List.of(profile), syntax);
      RdfDocument read =
          RDF.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), syntax);
      assertEquals(List.of(), read.unmapped(), "seed " + seed + ", profile " + i);
      assertEquals(
          List.of(profile),
          read.profiles(),
          "seed " + seed + ", profile " + i + " in " + syntax + ":\n" + text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntaxes")
  void severalProfilesInOneDocument(ProfileFormat syntax) {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(9).stream(5).toList();
    String text = write(profiles, syntax);
    List<ClusterProfile> read =
        RDF.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), syntax)
            .profiles();
    assertEquals(
        profiles.stream()
            .sorted(java.util.Comparator.comparing(p -> p.organisation().id()))
            .toList(),
        read);
  }

  static Stream<ProfileFormat> syntaxes() {
    return RdfFormats.all().stream();
  }

  @Test
  void rdfToModelToRdfIsIsomorphic() {
    ProfileGenerator generator = ProfileGenerator.seeded(5);
    for (int i = 0; i < 50; i++) {
      Graph graph = RDF.toGraph(generator.next());
      Graph again = RDF.toGraph(RDF.read(graph).profiles().get(0));
      assertTrue(graph.isIsomorphicWith(again), "profile " + i);
    }
  }

  /**
   * A text of undetermined language ({@code und}, as an import of untagged data gives it) is a
   * plain string in RDF, and reads back as {@code und}: untagged stays untagged both ways.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(
      value = ProfileFormat.class,
      names = {"TURTLE", "JSON_LD", "N_QUADS"})
  void aTextWithoutLanguageStaysPlain(ProfileFormat syntax) {
    ClusterProfile profile = eu.clusterdata.model.testing.TestProfiles.valid();
    ClusterProfile plain =
        profile.withOrganisation(
            profile.organisation().toBuilder()
                .name(
                    eu.clusterdata.model.value.MultilingualText.of(
                        java.util.Map.of("und", "Plain")))
                .build());
    String text = write(List.of(plain), syntax);
    assertTrue(!text.contains("@und") && !text.contains("\"und\""), text);
    ClusterProfile read =
        RDF.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), syntax)
            .profiles()
            .get(0);
    assertEquals(plain, read);
  }

  private static String write(List<ClusterProfile> profiles, ProfileFormat syntax) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDF.write(profiles, out, syntax);
    return out.toString(StandardCharsets.UTF_8);
  }
}
