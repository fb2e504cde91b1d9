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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A batch too large for one request is staged through the Graph Store Protocol (one TriG post to
 * the dataset, or one {@code PUT} per graph where the server takes no quads there) and then moved
 * in one request; when the move fails, the staging graphs are dropped and the target graphs were
 * never touched. A stand-in endpoint records the requests and refuses the {@code MOVE}.
 */
class StagedBatchTest {

  /** One request the stand-in received. */
  private record Request(String method, String query, String contentType, String body) {}

  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private HttpServer server;
  private URI update;

  /** Whether the stand-in takes quads posted to the dataset, as Fuseki does. */
  private volatile boolean takesQuads = true;

  /** How many staging graphs the stand-in says it holds after a post: -1 for as many as posted. */
  private volatile int holds = -1;

  private volatile int posted;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    com.sun.net.httpserver.HttpHandler handler =
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
          if (exchange.getRequestMethod().equals("GET")) { // the count of staging graphs
            byte[] answer =
                ("{\"head\":{\"vars\":[\"n\"]},\"results\":{\"bindings\":[{\"n\":"
                        + "{\"type\":\"literal\",\"datatype\":"
                        + "\"http://www.w3.org/2001/XMLSchema#integer\",\"value\":\""
                        + (holds < 0 ? posted : holds)
                        + "\"}}]}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
            return;
          }
          if (type.startsWith("application/trig")) {
            posted = body.split("GRAPH <urn:clusterdata:staging:", -1).length - 1;
          }
          requests.add(
              new Request(
                  exchange.getRequestMethod(),
                  String.valueOf(exchange.getRequestURI().getQuery()),
                  type,
                  body));
          int status =
              body.startsWith("MOVE")
                  ? 500
                  : type.startsWith("application/trig") && !takesQuads ? 415 : 204;
          exchange.sendResponseHeaders(status, -1);
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

  private List<ClusterProfile> commitRefused() {
    return commitRefused(update);
  }

  private List<ClusterProfile> commitRefused(URI graphStore) {
    RemoteBackend backend =
        new RemoteBackend(update, update, graphStore, null, null, Timeouts.DEFAULT);
    ClusterRdf rdf = ClusterRdf.create();
    Backend.Batch batch = backend.begin();
    List<ClusterProfile> profiles = ProfileGenerator.seeded(12).stream(20).toList();
    for (ClusterProfile profile : profiles) {
      batch.replace(
          NodeFactory.createURI(profile.organisation().id().value()), rdf.toGraph(profile));
    }
    assertThrows(ProfileStoreException.class, batch::commit);
    return profiles;
  }

  private static void touchesNoProfile(String staged, List<ClusterProfile> profiles) {
    for (ClusterProfile profile : profiles) {
      assertTrue(
          !staged.contains("GRAPH <" + profile.organisation().id().value() + ">"),
          "a staged request touched a profile's graph");
    }
  }

  /** The move names every staging graph, and the drops after it drop each. */
  private void movedAndDropped(List<String> stagings, int at) {
    assertTrue(requests.get(at).body().startsWith("MOVE SILENT GRAPH " + stagings.get(0)));
    String drops = requests.get(at + 1).body();
    for (String staging : stagings) {
      assertTrue(drops.contains("DROP SILENT GRAPH " + staging + " ;"), staging);
    }
    assertEquals(at + 2, requests.size());
  }

  @Test
  void aFailedMoveAfterPostedQuadsDropsTheStagingGraphsAndTouchesNoProfile() {
    List<ClusterProfile> profiles = commitRefused();

    // The staged graphs as one TriG post to the dataset (then counted), the refused move, the
    // drops.
    Request posted = requests.get(0);
    assertEquals("POST", posted.method());
    assertEquals("null", posted.query(), "posted to the dataset, not to a graph");
    assertTrue(posted.contentType().startsWith("application/trig"), posted.contentType());
    Matcher graph =
        Pattern.compile("GRAPH (<urn:clusterdata:staging:[^>]+>) \\{").matcher(posted.body());
    List<String> stagings = new ArrayList<>();
    while (graph.find()) {
      stagings.add(graph.group(1));
    }
    assertEquals(profiles.size(), stagings.size());
    touchesNoProfile(posted.body(), profiles);
    movedAndDropped(stagings, 1);
  }

  @Test
  void aServerThatAcceptsQuadsButDoesNotStageThemIsNotBelieved() {
    holds = 0; // as a server that put the document somewhere else would answer
    commitRefused();
    // The post, then no move: the drops of what may have been staged.
    assertEquals(2, requests.size());
    assertTrue(requests.get(1).body().startsWith("DROP SILENT GRAPH <urn:clusterdata:staging:"));
  }

  @Test
  void aServerWithAGraphStoreEndpointOfItsOwnGetsOneGraphAtATime() {
    List<ClusterProfile> profiles = commitRefused(update.resolve("/gsp"));
    // No post to the dataset: one PUT per staging graph, the refused move, the drops.
    for (Request put : requests.subList(0, profiles.size())) {
      assertEquals("PUT", put.method());
      assertTrue(put.body().startsWith("@prefix "), put.body().substring(0, 40));
    }
    assertEquals(profiles.size() + 2, requests.size());
  }

  @Test
  void aServerThatTakesNoQuadsGetsOneGraphAtATime() {
    takesQuads = false;
    List<ClusterProfile> profiles = commitRefused();

    // The refused post, one PUT per staging graph, the refused move, the drops.
    assertEquals("POST", requests.get(0).method());
    List<String> stagings = new ArrayList<>();
    for (Request put : requests.subList(1, profiles.size() + 1)) {
      assertEquals("PUT", put.method());
      assertTrue(put.query().startsWith("graph=urn:clusterdata:staging:"), put.query());
      assertTrue(put.contentType().startsWith("text/turtle"), put.contentType());
      stagings.add("<" + put.query().substring("graph=".length()) + ">");
      touchesNoProfile(put.body(), profiles);
    }
    movedAndDropped(stagings, profiles.size() + 1);
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
