package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile and broken RDF in {@code src/test/resources/hostile}: every file ends in
 * the exception its manifest names, with a message that says where, never in an unrelated exception
 * or a hang. Inputs too large to commit are generated here.
 */
class HostileCorpusTest {

  private static final ClusterRdf RDF = ClusterRdf.create();

  record Case(String file, ProfileFormat syntax, String exception, String fragment) {
    @Override
    public String toString() {
      return file;
    }
  }

  private static final Corpus CORPUS = Corpus.of(HostileCorpusTest.class, "/hostile/manifest.tsv");

  static Stream<Case> corpus() {
    return CORPUS.rows().stream()
        .map(cells -> new Case(cells[0], ProfileFormat.valueOf(cells[1]), cells[2], cells[3]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void everyInputEndsInItsDocumentedError(Case hostile) {
    byte[] bytes = CORPUS.bytes(hostile.file());
    Corpus.assertThrowsNamed(
        ClusterRdfException.class,
        hostile.exception(),
        hostile.fragment(),
        () -> RDF.read(new ByteArrayInputStream(bytes), hostile.syntax()));
  }

  @Test
  void everyFileOfTheCorpusIsInTheManifest() {
    CORPUS.assertManifestListsEveryFile();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aSubjectWithAMillionTriplesIsReadWithoutFallingOver() {
    // One organisation with a million values of a property nobody maps: kept as an extension.
    InputStream million =
        new GeneratedInput(
            "@prefix cd: <https://clusterdata.eu/ns#> .\n"
                + "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
                + "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "_:p a cd:ClusterProfile ; foaf:primaryTopic <https://e.org/c> .\n"
                + "<https://e.org/c> a cd:ClusterOrganisation ; skos:prefLabel \"C\"@de .\n",
            1_000_000,
            i -> "<https://e.org/c> <https://platform.example.org/ns#tag> \"t" + i + "\" .\n");
    ClusterRdfException e =
        assertThrows(ClusterRdfException.class, () -> RDF.read(million, ProfileFormat.TURTLE));
    // The profile lacks its metadata; what matters is a clear mapping error, found in time.
    assertInstanceOf(RdfMappingException.class, e, e.toString());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void jsonLdNested100000DeepIsRefused() {
    int depth = 100_000;
    String doc =
        "{\"@context\": {\"p\": \"https://example.org/p\"}, \"@id\": \"https://example.org/x\","
            + " \"p\": "
            + "{\"p\": ".repeat(depth)
            + "1"
            + "}".repeat(depth)
            + "}";
    Throwable e =
        assertThrows(
            Throwable.class,
            () ->
                RDF.read(
                    new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
                    ProfileFormat.JSON_LD));
    assertInstanceOf(RdfSyntaxException.class, e, e.toString());
  }

  @Test
  void theSizeLimitHoldsForJsonLdToo() {
    ClusterRdf small = ClusterRdf.builder().maxInputBytes(1_000).build();
    String big =
        "{\"@id\": \"https://example.org/x\", \"https://example.org/p\": \""
            + "x".repeat(2_000)
            + "\"}";
    RdfSyntaxException e =
        assertThrows(
            RdfSyntaxException.class,
            () ->
                small.read(
                    new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)),
                    ProfileFormat.JSON_LD));
    assertTrue(e.getMessage().contains("longer than the limit of 1000 bytes"), e.getMessage());
  }

  /** An input generated as it is read: a header, then {@code count} generated lines. */
  private static final class GeneratedInput extends InputStream {
    private final java.util.function.IntFunction<String> line;
    private final int count;
    private byte[] buffer;
    private int position;
    private int next;

    GeneratedInput(String header, int count, java.util.function.IntFunction<String> line) {
      this.line = line;
      this.count = count;
      this.buffer = header.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      if (position == buffer.length) {
        if (next == count) {
          return -1;
        }
        buffer = line.apply(next++).getBytes(StandardCharsets.UTF_8);
        position = 0;
      }
      return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      int n = 0;
      while (n < length) {
        int b = read();
        if (b < 0) {
          return n == 0 ? -1 : n;
        }
        target[offset + n++] = (byte) b;
      }
      return n;
    }
  }
}
