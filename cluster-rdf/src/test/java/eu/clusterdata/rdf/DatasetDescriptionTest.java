package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * Issue 34: a DCAT-AP description of an exported data set, its coverage taken from the profiles,
 * valid against the DCAT-AP shapes shipped with the tests ({@code dcat-ap/dcat-ap-3-shapes.ttl},
 * see its header for what they are).
 */
class DatasetDescriptionTest {

  private static final String DCAT = "http://www.w3.org/ns/dcat#";
  private static final String DCT = "http://purl.org/dc/terms/";

  private static final Shapes SHAPES =
      Shapes.parse(
          RDFParser.source(
                  DatasetDescriptionTest.class.getResourceAsStream("/dcat-ap/dcat-ap-3-shapes.ttl"))
              .lang(Lang.TURTLE)
              .toGraph());

  private static List<ClusterProfile> profiles() {
    ProfileGenerator generator = ProfileGenerator.seeded(34);
    List<ClusterProfile> profiles = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      profiles.add(generator.next());
    }
    return profiles;
  }

  private static DatasetDescription.Builder builder() {
    return DatasetDescription.builder(
        Iri.of("https://data.example.org/dataset/clusters"),
        MultilingualText.of(Map.of("en", "Example clusters", "de", "Beispielcluster")),
        MultilingualText.en("Generated cluster profiles for tests (fictitious)."),
        new DatasetDescription.Publisher(
            Iri.of("https://data.example.org/"), MultilingualText.en("Example publisher")),
        Iri.of("https://creativecommons.org/licenses/by/4.0/"));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  @Test
  void aDescriptionOfTheProfilesConformsToDcatAp() {
    List<ClusterProfile> profiles = profiles();
    DatasetDescription.Builder builder =
        builder()
            .distribution(ProfileFormat.TURTLE, Iri.of("https://data.example.org/clusters.ttl"))
            .distribution(ProfileFormat.JSON_LD, Iri.of("https://data.example.org/clusters.jsonld"))
            .distribution(ProfileFormat.XLSX, Iri.of("https://data.example.org/clusters.xlsx"));
    profiles.forEach(builder::add);
    DatasetDescription description = builder.build();

    // Written and read back, as a portal would.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    description.write(out, ProfileFormat.TURTLE);
    Graph graph = RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TURTLE).toGraph();
    ValidationReport report = ShaclValidator.get().validate(SHAPES, graph);
    assertTrue(report.conforms(), () -> report.getEntries().toString());

    Node dataset = uri("https://data.example.org/dataset/clusters");
    assertEquals(20, description.profiles());
    assertEquals(3, graph.find(dataset, uri(DCAT + "distribution"), Node.ANY).toList().size());
    assertTrue(
        graph.contains(
            Node.ANY,
            uri(DCAT + "mediaType"),
            uri("https://www.iana.org/assignments/media-types/text/turtle")));

    // Coverage: every region and country of the profiles, the days they were made and changed.
    Set<String> expectedPlaces = new TreeSet<>();
    for (ClusterProfile profile : profiles) {
      var location = profile.organisation().location();
      if (location.region() != null) {
        expectedPlaces.add(ClusterVocabulary.term(location.region()).getURI());
      }
      if (location.country() != null) {
        expectedPlaces.add(ClusterVocabulary.term(location.country()).getURI());
      }
    }
    assertFalse(expectedPlaces.isEmpty());
    Set<String> places = new TreeSet<>();
    graph
        .find(dataset, uri(DCT + "spatial"), Node.ANY)
        .forEach(t -> places.add(t.getObject().getURI()));
    assertEquals(expectedPlaces, places);
    LocalDate first =
        profiles.stream()
            .map(p -> LocalDate.ofInstant(p.metadata().created(), ZoneOffset.UTC))
            .min(Comparator.naturalOrder())
            .orElseThrow();
    LocalDate last =
        profiles.stream()
            .map(p -> LocalDate.ofInstant(p.metadata().lastModified(), ZoneOffset.UTC))
            .max(Comparator.naturalOrder())
            .orElseThrow();
    assertEquals(first, description.firstDay());
    assertEquals(last, description.lastDay());
    Node period = graph.find(dataset, uri(DCT + "temporal"), Node.ANY).next().getObject();
    assertEquals(
        first.toString(),
        graph
            .find(period, uri(DCAT + "startDate"), Node.ANY)
            .next()
            .getObject()
            .getLiteralLexicalForm());
    assertEquals(
        last.toString(),
        graph
            .find(period, uri(DCAT + "endDate"), Node.ANY)
            .next()
            .getObject()
            .getLiteralLexicalForm());
  }

  @Test
  void theShapesFindADistributionWithoutAnAddress() {
    DatasetDescription description =
        builder()
            .distribution(ProfileFormat.TURTLE, Iri.of("https://data.example.org/clusters.ttl"))
            .build();
    Graph graph = description.toGraph();
    List<Triple> addresses = graph.find(Node.ANY, uri(DCAT + "accessURL"), Node.ANY).toList();
    addresses.forEach(graph::delete);
    assertFalse(ShaclValidator.get().validate(SHAPES, graph).conforms());
  }

  @Test
  void aDataSetWithoutADistributionIsNotDescribed() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> builder().build());
    assertTrue(refused.getMessage().contains("distribution"), refused.getMessage());
  }
}
