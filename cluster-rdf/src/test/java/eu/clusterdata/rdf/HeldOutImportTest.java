package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.value.CountryCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 34: foreign files kept out of the importer's own tests ({@code held-out/}, see its README)
 * import with every fact either carried into a profile or reported as not read. A triple counts as
 * carried when its object (an IRI, or a literal's text) is in the RDF the imported profiles write;
 * {@code rdf:type} triples (the classes a node was read as) and links to blank nodes (whose own
 * triples are checked) are structure, not facts.
 */
class HeldOutImportTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("schema-org-inline-context.jsonld", ProfileFormat.JSON_LD),
        Arguments.of("org-registry.ttl", ProfileFormat.TURTLE),
        Arguments.of("foaf-group.rdf", ProfileFormat.RDF_XML));
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyFactIsCarriedOrReported(String file, ProfileFormat format) {
    for (RdfImporter importer :
        List.of(
            ClusterRdf.create().importer().clock(CLOCK).build(),
            ClusterRdf.create().importer().clock(CLOCK).actorType(ActorType.COMPANY).build())) {
      RdfImport result;
      try (InputStream in = open(file)) {
        result = importer.read(in, format);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertFalse(result.profiles().isEmpty(), file + ": " + result.notes());
      assertTrue(
          result.profiles().stream()
              .flatMap(p -> p.actors().stream())
              .noneMatch(a -> a.id().value().contains("/person/")),
          file + ": a person became an actor");

      // The file is parsed again here, so its blank nodes have other labels: triples are compared
      // with every blank node as one placeholder.
      Graph input = parse(file, format);
      Set<String> unmapped = new HashSet<>();
      result.unmapped().forEach(t -> unmapped.add(key(t)));
      Set<String> given = new HashSet<>();
      input.find().forEach(t -> given.add(key(t)));
      assertTrue(given.containsAll(unmapped), file + ": reported what was not there");
      Set<String> written = terms(result);
      List<String> lost =
          input.find().toList().stream()
              .filter(t -> !unmapped.contains(key(t)))
              .filter(t -> !t.getPredicate().equals(RDF.Nodes.type))
              .filter(t -> !t.getObject().isBlank())
              .filter(t -> !carried(t.getObject(), written))
              .map(Triple::toString)
              .sorted()
              .toList();
      assertEquals(List.of(), lost, file + ": read, but neither in a profile nor reported");
    }
  }

  private static String key(Triple triple) {
    return Stream.of(triple.getSubject(), triple.getPredicate(), triple.getObject())
        .map(node -> node.isBlank() ? "_" : node.toString())
        .reduce((x, y) -> x + " " + y)
        .orElseThrow();
  }

  /** Whether an object's value is among the written terms (a date may come back as a date-time). */
  private static boolean carried(Node object, Set<String> written) {
    if (object.isURI()) {
      return written.contains(object.getURI());
    }
    String text = object.getLiteralLexicalForm().strip().replaceFirst("^mailto:", "");
    if (text.matches("[A-Z]{2}") // an ISO country code comes back as the EU's country IRI
        && written.contains(ClusterVocabulary.term(CountryCode.of(text)).getURI())) {
      return true;
    }
    return written.stream().anyMatch(w -> w.equals(text) || w.startsWith(text + "T"));
  }

  /** The IRIs and literal texts of the RDF the imported profiles write. */
  private static Set<String> terms(RdfImport result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClusterRdf.create().write(result.profiles(), out, ProfileFormat.N_QUADS);
    Graph graph =
        RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.NQUADS)
            .toDatasetGraph()
            .getUnionGraph();
    Set<String> terms = new HashSet<>();
    graph
        .find()
        .forEach(
            t -> {
              for (Node node : List.of(t.getSubject(), t.getObject())) {
                if (node.isURI()) {
                  terms.add(node.getURI());
                } else if (node.isLiteral()) {
                  terms.add(node.getLiteralLexicalForm());
                }
              }
            });
    return terms;
  }

  private static Graph parse(String file, ProfileFormat format) {
    try (InputStream in = open(file)) {
      return RDFParser.source(in)
          .lang(
              switch (format) {
                case JSON_LD -> Lang.JSONLD;
                case RDF_XML -> Lang.RDFXML;
                default -> Lang.TURTLE;
              })
          .toGraph();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String file) {
    return HeldOutImportTest.class.getResourceAsStream("/held-out/" + file);
  }
}
