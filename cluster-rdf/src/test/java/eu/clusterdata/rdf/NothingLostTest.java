package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.ProfileGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading RDF never drops a triple silently, and one broken profile graph stops only itself. */
class NothingLostTest {

  private static final ClusterRdf RDF = ClusterRdf.create();

  private static final String FOREIGN =
      """
      @prefix org: <http://www.w3.org/ns/org#> .
      @prefix schema: <https://schema.org/> .
      @prefix dct: <http://purl.org/dc/terms/> .
      @prefix locn: <http://www.w3.org/ns/locn#> .
      <https://example.org/cluster> a org:Organization ;
          schema:name "Foreign cluster"@en ;
          dct:description "Described without the project's terms"@en ;
          locn:address [ locn:postName "Düsseldorf" ] .
      <https://example.org/service> a schema:Service ;
          schema:provider <https://example.org/cluster> .
      """;

  private static List<RdfGraph> graphs(String text, RdfSyntax syntax) {
    return RDF.readGraphs(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), syntax);
  }

  @Test
  void foreignDataWithoutAProfileIsAnErrorNotAnEmptyDocument() {
    RdfMappingException e =
        assertThrows(
            RdfMappingException.class,
            () ->
                RDF.read(
                    new ByteArrayInputStream(FOREIGN.getBytes(StandardCharsets.UTF_8)),
                    RdfSyntax.TURTLE));
    assertEquals("rdf.no-profile", e.code());
    assertTrue(e.getMessage().startsWith("found 7 triples but no cluster profile"), e.getMessage());
    assertTrue(
        e.message(Locale.GERMAN).startsWith("7 Tripel gefunden, aber kein Clusterprofil"),
        e.message(Locale.GERMAN));
  }

  @Test
  void foreignNodesBesideAProfileAreReportedEveryTriple() {
    ClusterProfile profile = ProfileGenerator.seeded(7).next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDF.write(profile, out, RdfSyntax.TURTLE);
    String text = out.toString(StandardCharsets.UTF_8) + "\n" + FOREIGN;
    RdfDocument read =
        RDF.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), RdfSyntax.TURTLE);
    assertEquals(List.of(profile), read.profiles());
    assertEquals(7, read.unmapped().size(), read.unmapped().toString());
  }

  @Test
  void ourOwnOutputLeavesNothingUnread() {
    ProfileGenerator generator = ProfileGenerator.seeded(11);
    List<ClusterProfile> profiles = List.of(generator.next(), generator.next(), generator.next());
    for (RdfSyntax syntax : RdfSyntax.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RDF.write(profiles, out, syntax);
      RdfDocument read = RDF.read(new ByteArrayInputStream(out.toByteArray()), syntax);
      assertEquals(List.of(), read.unmapped(), syntax.name());
    }
  }

  @Test
  void aBrokenNamedGraphStopsOnlyItself() {
    ProfileGenerator generator = ProfileGenerator.seeded(3);
    List<ClusterProfile> profiles = List.of(generator.next(), generator.next(), generator.next());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDF.write(profiles, out, RdfSyntax.N_QUADS);
    String broken = profiles.get(1).organisation().id().value();
    // The second profile's organisation loses its name, which a profile requires.
    String quads =
        out.toString(StandardCharsets.UTF_8)
            .lines()
            .filter(
                l ->
                    !(l.startsWith(
                        "<" + broken + "> <http://www.w3.org/2004/02/skos/core#prefLabel>")))
            .collect(Collectors.joining("\n", "", "\n"));
    List<RdfGraph> graphs = graphs(quads, RdfSyntax.N_QUADS);
    assertEquals(3, graphs.size());
    List<RdfGraph> bad = graphs.stream().filter(g -> !g.isRead()).toList();
    assertEquals(1, bad.size());
    assertEquals(broken, bad.get(0).name());
    assertEquals("rdf.mapping", bad.get(0).error().code());
    assertEquals(
        profiles.stream()
            .filter(p -> !p.organisation().id().value().equals(broken))
            .collect(Collectors.toSet()),
        graphs.stream()
            .filter(RdfGraph::isRead)
            .flatMap(g -> g.profiles().stream())
            .collect(Collectors.toSet()));
  }
}
