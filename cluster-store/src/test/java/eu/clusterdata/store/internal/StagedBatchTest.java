package eu.clusterdata.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.rdf.ClusterRdf;
import eu.clusterdata.store.ProfileStoreException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A batch goes to a server whose one dataset URL serves everything (Fuseki) as one update request
 * whatever its size. Elsewhere a batch too large for one request is staged through the Graph Store
 * Protocol (one {@code PUT} per graph) and then moved in one request; when the move fails, the
 * staging graphs are dropped and the target graphs were never touched. A stand-in endpoint records
 * the requests and refuses the move.
 */
class StagedBatchTest {

  /** One request the stand-in received. */
  private record Request(String method, String query, String contentType, String body) {}

  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private HttpServer server;
  private URI update;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    com.sun.net.httpserver.HttpHandler handler =
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
          requests.add(
              new Request(
                  exchange.getRequestMethod(),
                  String.valueOf(exchange.getRequestURI().getQuery()),
                  type,
                  body));
          boolean move = body.startsWith("DELETE") && body.contains("INSERT");
          exchange.sendResponseHeaders(move ? 500 : 204, -1);
          exchange.close();
        };
    server.createContext("/update", handler);
    server.createContext("/gsp", handler);
    server.start();
    update = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/update");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private List<ClusterProfile> commitRefused(URI graphStore) {
    Backend.Batch batch = batchOfTwenty(graphStore);
    assertThrows(ProfileStoreException.class, batch::commit);
    return PROFILES;
  }

  private static final List<ClusterProfile> PROFILES =
      ProfileGenerator.seeded(12).stream(20).toList();

  private Backend.Batch batchOfTwenty(URI graphStore) {
    RemoteBackend backend =
        new RemoteBackend(update, update, graphStore, null, null, Timeouts.DEFAULT);
    ClusterRdf rdf = ClusterRdf.create();
    Backend.Batch batch = backend.begin();
    for (ClusterProfile profile : PROFILES) {
      batch.replace(
          NodeFactory.createURI(profile.organisation().id().value()), rdf.toGraph(profile));
    }
    return batch;
  }

  private static void touchesNoProfile(String staged, List<ClusterProfile> profiles) {
    for (ClusterProfile profile : profiles) {
      assertTrue(
          !staged.contains("GRAPH <" + profile.organisation().id().value() + ">"),
          "a staged request touched a profile's graph");
    }
  }

  /**
   * The move and the drops after it read the manifest, which names every staging graph with the
   * profile's graph it replaces: their text does not grow with the batch.
   */
  private void movedAndDropped(String manifest, int at) {
    String move = requests.get(at).body();
    assertTrue(move.contains("GRAPH " + manifest + " { ?staging"), move);
    assertTrue(move.length() < 2000, "a move of any size is a short request");
    String drops = requests.get(at + 1).body();
    assertTrue(drops.contains("GRAPH " + manifest + " { ?staging"), drops);
    assertTrue(drops.contains("DROP SILENT GRAPH " + manifest), drops);
    assertEquals(at + 2, requests.size());
  }

  @Test
  void aDatasetServerGetsTheWholeBatchAsOneUpdate() {
    batchOfTwenty(update).commit();
    assertEquals(1, requests.size());
    Request only = requests.get(0);
    assertEquals("POST", only.method());
    assertTrue(only.contentType().startsWith("application/sparql-update"), only.contentType());
    assertTrue(
        only.body().length() > RemoteBackend.SINGLE_REQUEST_BYTES, "a batch to stage elsewhere");
    for (ClusterProfile profile : PROFILES) {
      assertTrue(
          only.body().contains("DROP SILENT GRAPH <" + profile.organisation().id().value() + ">"));
    }
    assertTrue(only.body().contains("<urn:clusterdata:change>"), "the mark moves with the load");
    assertTrue(!only.body().contains("urn:clusterdata:staging:"), "nothing staged");
  }

  @Test
  void aServerWithAGraphStoreEndpointOfItsOwnGetsOneGraphAtATime() {
    List<ClusterProfile> profiles = commitRefused(update.resolve("/gsp"));
    // The manifest, one PUT per staging graph, the refused move, the drops.
    Request manifest = requests.get(0);
    assertEquals("PUT", manifest.method());
    String name = "<" + manifest.query().substring("graph=".length()) + ">";
    for (Request put : requests.subList(1, profiles.size() + 1)) {
      assertEquals("PUT", put.method());
      assertTrue(put.query().startsWith("graph=urn:clusterdata:staging:"), put.query());
      assertTrue(put.contentType().startsWith("text/turtle"), put.contentType());
      assertTrue(put.body().startsWith("@prefix "), put.body().substring(0, 40));
      String staging = "<" + put.query().substring("graph=".length()) + ">";
      assertTrue(manifest.body().contains(staging + " <urn:clusterdata:replaces> "), staging);
      touchesNoProfile(put.body(), profiles);
    }
    for (ClusterProfile profile : profiles) {
      assertTrue(manifest.body().contains("<" + profile.organisation().id().value() + ">"));
    }
    movedAndDropped(name, profiles.size() + 1);
  }

  /** Virtuoso refuses a request that replaces many graphs, however small they are. */
  @Test
  void manySmallGraphsAreStagedWhereTheGraphStoreIsAnEndpointOfItsOwn() {
    RemoteBackend backend =
        new RemoteBackend(update, update, update.resolve("/gsp"), null, null, Timeouts.DEFAULT);
    Backend.Batch batch = backend.begin();
    int graphs = RemoteBackend.SINGLE_REQUEST_GRAPHS + 1;
    for (int i = 0; i < graphs; i++) {
      Graph graph = GraphFactory.createDefaultGraph();
      Node subject = NodeFactory.createURI("https://example.org/small/" + i);
      graph.add(subject, subject, NodeFactory.createLiteralString("small"));
      batch.replace(subject, graph);
    }
    assertThrows(ProfileStoreException.class, batch::commit); // the stand-in refuses every move

    // The manifest, one PUT per staging graph, the move, the drops.
    assertEquals(graphs + 3, requests.size());
    assertEquals("PUT", requests.get(1).method());
    assertTrue(requests.get(1).query().startsWith("graph=urn:clusterdata:staging:"));
  }

  @Test
  void aSmallBatchIsOneRequest() {
    RemoteBackend backend = new RemoteBackend(update, update, update, null, null, Timeouts.DEFAULT);
    Backend.Batch batch = backend.begin();
    ClusterProfile profile = ProfileGenerator.seeded(12).next();
    batch.replace(
        NodeFactory.createURI(profile.organisation().id().value()),
        ClusterRdf.create().toGraph(profile));
    batch.commit();

    assertEquals(1, requests.size());
    assertTrue(
        requests
            .get(0)
            .body()
            .contains("DROP SILENT GRAPH <" + profile.organisation().id().value() + ">"));
  }
}
