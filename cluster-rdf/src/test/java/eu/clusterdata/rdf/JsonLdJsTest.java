package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.testing.ProfileGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our JSON-LD read by jsonld.js, a JSON-LD processor written apart from this project and from
 * Titanium (which Jena's reader and our writer use), in its safe mode, where a key or value the
 * context does not map is an error: for generated profiles, the graph it reads is the graph of our
 * Turtle writer, with the context written in and with the context named by its IRI (served from the
 * jar's copy, never fetched). {@code .ci/setup-test-env} installs jsonld.js from
 * tools/jsonld-check/package.json.
 */
@Tag("external") // needs Node.js with jsonld.js: runs in the profile external-programs
class JsonLdJsTest {

  private static final long SEED = 20261201L;
  private static final int PROFILES = 12;
  private static final Path CHECK = Path.of("..", "tools", "jsonld-check").toAbsolutePath();
  private static final ClusterRdf RDF = ClusterRdf.create();

  @Test
  void jsonLdJsReadsTheSameGraphAsOurTurtle(@TempDir Path dir) throws Exception {
    assertTrue(
        Files.isDirectory(CHECK.resolve("node_modules").resolve("jsonld")),
        "jsonld.js is not installed in " + CHECK + ": run .ci/setup-test-env");
    Path context = dir.resolve("context.jsonld");
    Files.writeString(context, ClusterRdf.context());

    ProfileGenerator generator = ProfileGenerator.seeded(SEED);
    List<ClusterProfile> profiles = new ArrayList<>();
    List<Path> documents = new ArrayList<>();
    for (int i = 0; i < PROFILES; i++) {
      ClusterProfile profile = generator.next();
      profiles.add(profile);
      String written = jsonLd(List.of(profile));
      documents.add(Files.writeString(dir.resolve(i + "-embedded.jsonld"), written));
      documents.add(Files.writeString(dir.resolve(i + "-named.jsonld"), namingTheContext(written)));
    }
    String collection = jsonLd(profiles);
    documents.add(Files.writeString(dir.resolve("collection.jsonld"), collection));
    run(context, documents);

    Graph all = RDFParser.fromString(turtle(profiles), Lang.TURTLE).toGraph();
    Graph allRead = RDFParser.source(dir.resolve("collection.nq")).lang(Lang.NQUADS).toGraph();
    assertTrue(allRead.isIsomorphicWith(all), "seed " + SEED + ", the collection as one document");

    for (int i = 0; i < PROFILES; i++) {
      Graph turtle = RDFParser.fromString(turtle(List.of(profiles.get(i))), Lang.TURTLE).toGraph();
      for (String form : List.of("embedded", "named")) {
        DatasetGraph read =
            RDFParser.source(dir.resolve(i + "-" + form + ".nq"))
                .lang(Lang.NQUADS)
                .toDatasetGraph();
        String where = "seed " + SEED + ", profile " + i + ", context " + form;
        assertTrue(!read.listGraphNodes().hasNext(), where + ": no named graphs expected");
        Graph graph = read.getDefaultGraph();
        assertTrue(turtle.size() > 0, where);
        assertEquals(turtle.size(), graph.size(), where + ": triples");
        assertTrue(graph.isIsomorphicWith(turtle), where);
      }
    }
  }

  /** The document with its embedded context replaced by the context's IRI. */
  private static String namingTheContext(String written) {
    JsonObject document = Json.createReader(new StringReader(written)).readObject();
    assertTrue(document.containsKey("@context"));
    return Json.createObjectBuilder(document)
        .add("@context", ProfileFormat.CONTEXT)
        .build()
        .toString();
  }

  private static void run(Path context, List<Path> documents)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("node", "to-nquads.js", ProfileFormat.CONTEXT, context.toString()));
    documents.forEach(d -> command.add(d.toString()));
    Process node;
    try {
      node =
          new ProcessBuilder(command).directory(CHECK.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError("Node.js is not on the PATH: run .ci/setup-test-env", e);
    }
    String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(node.waitFor(120, TimeUnit.SECONDS), "jsonld.js did not finish: " + log);
    assertEquals(0, node.exitValue(), "jsonld.js failed (seed " + SEED + "): " + log);
  }

  private static String jsonLd(List<ClusterProfile> profiles) {
    return written(profiles, ProfileFormat.JSON_LD);
  }

  private static String turtle(List<ClusterProfile> profiles) {
    return written(profiles, ProfileFormat.TURTLE);
  }

  private static String written(List<ClusterProfile> profiles, ProfileFormat syntax) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDF.write(profiles, out, syntax);
    return out.toString(StandardCharsets.UTF_8);
  }
}
