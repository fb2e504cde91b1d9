package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
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

  private static List<ProfileRecord> records(String text, ProfileFormat syntax) {
    return RDF.records(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), syntax);
  }

  @Test
  void foreignDataWithoutAProfileIsAnErrorNotAnEmptyDocument() {
    RdfMappingException e =
        assertThrows(
            RdfMappingException.class,
            () ->
                RDF.read(
                    new ByteArrayInputStream(FOREIGN.getBytes(StandardCharsets.UTF_8)),
                    ProfileFormat.TURTLE));
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
    RDF.write(profile, out, ProfileFormat.TURTLE);
    String text = out.toString(StandardCharsets.UTF_8) + "\n" + FOREIGN;
    RdfDocument read =
        RDF.read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ProfileFormat.TURTLE);
    assertEquals(List.of(profile), read.profiles());
    assertEquals(7, read.unmapped().size(), read.unmapped().toString());
  }

  @Test
  void ourOwnOutputLeavesNothingUnread() {
    ProfileGenerator generator = ProfileGenerator.seeded(11);
    List<ClusterProfile> profiles = List.of(generator.next(), generator.next(), generator.next());
    for (ProfileFormat syntax : RdfFormats.all()) {
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
    RDF.write(profiles, out, ProfileFormat.N_QUADS);
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
    List<ProfileRecord> records = records(quads, ProfileFormat.N_QUADS);
    assertEquals(3, records.size());
    List<ProfileRecord> bad = records.stream().filter(r -> !r.isRead()).toList();
    assertEquals(1, bad.size());
    assertEquals(broken, bad.get(0).location().graph());
    assertEquals("rdf.mapping", bad.get(0).error().code());
    assertEquals(
        profiles.stream()
            .filter(p -> !p.organisation().id().value().equals(broken))
            .collect(Collectors.toSet()),
        records.stream()
            .filter(ProfileRecord::isRead)
            .map(ProfileRecord::profile)
            .collect(Collectors.toSet()));
  }

  /**
   * Issue 33: in one graph (Turtle), each broken profile is its own record with all its problems.
   */
  @Test
  void eachBrokenProfileOfOneGraphIsReportedOnItsOwnWithEveryProblem() {
    ProfileGenerator generator = ProfileGenerator.seeded(5);
    List<ClusterProfile> profiles =
        List.of(generator.next(), generator.next(), generator.next(), generator.next());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDF.write(profiles, out, ProfileFormat.N_TRIPLES);
    String first = profiles.get(0).organisation().id().value();
    String third = profiles.get(2).organisation().id().value();
    String prefLabel = "<http://www.w3.org/2004/02/skos/core#prefLabel>";
    // The first loses its name; the third loses its name and gets two more websites.
    String triples =
        out.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.startsWith("<" + first + "> " + prefLabel))
                .filter(l -> !l.startsWith("<" + third + "> " + prefLabel))
                .collect(Collectors.joining("\n", "", "\n"))
            + "<"
            + third
            + "> <http://xmlns.com/foaf/0.1/homepage> <https://a.example.org/> .\n"
            + "<"
            + third
            + "> <http://xmlns.com/foaf/0.1/homepage> <https://b.example.org/> .\n";
    List<ProfileRecord> records = records(triples, ProfileFormat.N_TRIPLES);
    assertEquals(4, records.size(), records.toString());
    List<ProfileRecord> bad = records.stream().filter(r -> !r.isRead()).toList();
    assertEquals(2, bad.size(), bad.toString());
    assertEquals(
        List.of(profiles.get(1), profiles.get(3)),
        records.stream().filter(ProfileRecord::isRead).map(ProfileRecord::profile).toList());
    ProfileRecord thirdRecord =
        bad.stream().filter(r -> r.error().getMessage().contains(third)).findFirst().orElseThrow();
    List<String> paths = thirdRecord.problems().stream().map(p -> p.path()).toList();
    assertEquals(paths.stream().distinct().toList(), paths, "each problem once");
    assertTrue(paths.size() >= 2, paths.toString());
  }
}
