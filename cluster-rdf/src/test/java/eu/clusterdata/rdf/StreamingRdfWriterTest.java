package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileWriter;
import eu.clusterdata.model.testing.ProfileGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StreamingRdfWriterTest {

  private static final ClusterRdf RDF = ClusterRdf.create();

  @ParameterizedTest
  @EnumSource(
      value = ProfileFormat.class,
      names = {"N_TRIPLES", "N_QUADS", "TURTLE", "TRIG", "JSON_LD"})
  void streamedProfilesReadBack(ProfileFormat syntax) {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(21).stream(8).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProfileWriter writer = RDF.streamWriter(out, syntax)) {
      profiles.forEach(writer::write);
      assertEquals(8, writer.count());
    }
    List<ClusterProfile> read =
        RDF.read(new ByteArrayInputStream(out.toByteArray()), syntax).profiles();
    assertEquals(
        profiles.stream().sorted(Comparator.comparing(p -> p.organisation().id())).toList(), read);
  }

  @ParameterizedTest
  @EnumSource(
      value = ProfileFormat.class,
      names = {"RDF_XML"})
  void syntaxesThatCannotStreamSaySo(ProfileFormat syntax) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RDF.streamWriter(new ByteArrayOutputStream(), syntax));
    assertEquals(
        syntax.title()
            + " cannot be written as a stream; use N-Triples, N-Quads, Turtle, TriG or JSON-LD",
        e.getMessage());
  }
}
