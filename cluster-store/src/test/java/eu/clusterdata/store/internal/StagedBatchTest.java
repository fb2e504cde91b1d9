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
 * A batch too large for one request is staged and then moved in one request; when the move fails,
 * the staging graphs are dropped and the target graphs were never touched. A stand-in update
 * endpoint records the requests and refuses the {@code MOVE}.
 */
class StagedBatchTest {

  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private HttpServer server;
  private URI update;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/update",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(body);
          int status = body.startsWith("MOVE") ? 500 : 204;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    update = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/update");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aFailedMoveDropsTheStagingGraphsAndTouchesNoProfile() {
    RemoteBackend backend = new RemoteBackend(update, update, update, null, null, Timeouts.DEFAULT);
    ClusterRdf rdf = ClusterRdf.create();
    Backend.Batch batch = backend.begin();
    List<ClusterProfile> profiles = ProfileGenerator.seeded(12).stream(20).toList();
    for (ClusterProfile profile : profiles) {
      batch.replace(
          NodeFactory.createURI(profile.organisation().id().value()), rdf.toGraph(profile));
    }

    assertThrows(ProfileStoreException.class, batch::commit);

    // One request per profile into its staging graph, the refused move, the drops.
    assertEquals(profiles.size() + 2, requests.size(), "requests: " + requests.size());
    List<String> stagings = new ArrayList<>();
    for (String request : requests.subList(0, profiles.size())) {
      Matcher drop =
          Pattern.compile("DROP SILENT GRAPH (<urn:clusterdata:staging:[^>]+>)").matcher(request);
      assertTrue(drop.find(), request.substring(0, 200));
      stagings.add(drop.group(1));
      for (ClusterProfile profile : profiles) {
        assertTrue(
            !request.contains("GRAPH <" + profile.organisation().id().value() + ">"),
            "a staged request touched a profile's graph");
      }
    }
    assertTrue(requests.get(profiles.size()).startsWith("MOVE SILENT GRAPH " + stagings.get(0)));
    String drops = requests.get(profiles.size() + 1);
    for (String staging : stagings) {
      assertTrue(drops.contains("DROP SILENT GRAPH " + staging + " ;"), staging);
    }
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
            .contains("DROP SILENT GRAPH <" + profile.organisation().id().value() + ">"));
  }
}
