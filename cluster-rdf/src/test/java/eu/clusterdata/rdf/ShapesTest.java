package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.testing.GeneratedFiles;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.validation.ValidationReport;
import eu.clusterdata.rdf.internal.ProfileShapes;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped SHACL shapes describe what the writer writes, and catch what it never would. */
class ShapesTest {

  private static final ClusterRdf RDF = ClusterRdf.create();
  private static final Node ORG = NodeFactory.createURI("https://example.org/test/cluster");

  @Test
  @Tag("generated")
  void shippedShapesAreTheGeneratedOnes() {
    GeneratedFiles.check(
        "cluster-rdf/src/main/resources/eu/clusterdata/rdf/shapes.ttl",
        ProfileShapes.turtle(),
        Turtle::isomorphic);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
  void ourOutputConformsToOurShapes(long seed) {
    ProfileGenerator generator = ProfileGenerator.seeded(seed);
    for (int i = 0; i < 10; i++) {
      ValidationReport report = RDF.validateShapes(RDF.toGraph(generator.next()));
      assertEquals(List.of(), report.findings(), "seed " + seed + ", profile " + i);
    }
  }

  private static ValidationReport broken(java.util.function.Consumer<Graph> change) {
    Graph graph = RDF.toGraph(TestProfiles.valid());
    change.accept(graph);
    return RDF.validateShapes(graph);
  }

  @Test
  void missingNameIsAViolationAtTheOrganisation() {
    ValidationReport report =
        broken(
            g ->
                g.remove(
                    ORG,
                    NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
                    Node.ANY));
    Finding finding =
        report.findings().stream()
            .filter(f -> f.path().endsWith("skos:prefLabel"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(report.findings().toString()));
    assertEquals(Rule.CORE_SHAPE, finding.rule());
    assertEquals("<https://example.org/test/cluster> skos:prefLabel", finding.path());
    assertTrue(
        finding
            .message(Locale.ENGLISH)
            .startsWith(
                "<https://example.org/test/cluster> does not satisfy the profile shapes at skos:prefLabel: minCount[1]"),
        finding.message(Locale.ENGLISH));
    assertTrue(
        finding
            .message(Locale.GERMAN)
            .startsWith(
                "<https://example.org/test/cluster> erfüllt die Profilformen bei skos:prefLabel nicht"),
        finding.message(Locale.GERMAN));
    assertTrue(!report.conforms());
  }

  @Test
  void wrongDatatypeAndUnknownConcept() {
    ValidationReport report =
        broken(
            g -> {
              Node fte = NodeFactory.createURI("https://clusterdata.eu/ns#managementTeamFte");
              g.remove(ORG, fte, Node.ANY);
              g.add(Triple.create(ORG, fte, NodeFactory.createLiteralString("2,5")));
              g.add(
                  Triple.create(
                      ORG,
                      NodeFactory.createURI("https://clusterdata.eu/ns#industrialEcosystem"),
                      NodeFactory.createURI(
                          "https://clusterdata.eu/id/industrial-ecosystem/space")));
            });
    List<String> paths = report.findings().stream().map(Finding::path).toList();
    assertTrue(
        paths.contains("<https://example.org/test/cluster> cd:industrialEcosystem"),
        paths.toString());
    assertTrue(
        paths.contains("<https://example.org/test/cluster> cd:managementTeamFte"),
        paths.toString());
    // SHACL also reports the profile node, whose organisation no longer satisfies its shape.
    assertTrue(
        paths.contains("<https://example.org/test/cluster#profile> foaf:primaryTopic"),
        paths.toString());
    assertEquals(
        "<https://clusterdata.eu/id/industrial-ecosystem/space>",
        report.findings().stream()
            .filter(f -> f.path().endsWith("cd:industrialEcosystem"))
            .findFirst()
            .orElseThrow()
            .value());
  }
}
