package eu.clusterdata.store;

import static eu.clusterdata.model.testing.TestProfiles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.store.internal.ChangeMark;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contract on a real Apache Jena Fuseki server, started on a loopback port for each test; and
 * what happens when the server goes away in the middle of a load.
 */
class FusekiStoreTest extends ProfileStoreContract {

  private DatasetGraph dataset;
  private FusekiServer server;

  @Override
  protected ProfileStore openEmpty() {
    dataset = DatasetGraphFactory.createTxnMem();
    server = start(dataset, 0);
    return ProfileStore.open(server.datasetURL("/clusters"));
  }

  private static FusekiServer start(DatasetGraph dataset, int port) {
    return FusekiServer.create()
        .port(port)
        .loopback(true)
        .add("/clusters", dataset)
        .build()
        .start();
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  private List<String> graphsOnTheServer() {
    return Txn.calculateRead(
        dataset,
        () -> {
          List<String> names = new ArrayList<>();
          // the store's change mark aside: aLargeLoadLeavesTheProfilesAndNothingElse asks for it
          dataset.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
          names.remove(ChangeMark.GRAPH.getURI());
          names.sort(null);
          return names;
        });
  }

  /** Profiles that stop the server when the load reads record {@code stopAt}. */
  private Iterable<ClusterProfile> stoppingAt(int count, int stopAt) {
    ProfileGenerator generator = ProfileGenerator.seeded(77);
    return () ->
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < count;
          }

          @Override
          public ClusterProfile next() {
            if (next++ == stopAt) {
              server.stop();
            }
            return generator.next();
          }
        };
  }

  @Test
  void anAtomicLoadLeavesTheServerAsItWasWhenTheServerStops() {
    store.put(StoreFixtures.delta());
    ProfileStoreException e =
        assertThrows(ProfileStoreException.class, () -> store.bulkLoad().from(stoppingAt(30, 25)));
    assertTrue(e.getMessage().contains("SPARQL server"), e.getMessage());
    assertEquals(List.of(id("delta").value()), graphsOnTheServer());
  }

  @Test
  void aSkipBadLoadReportsEveryRecordNotStoredWhenTheServerStops() {
    LoadReport report =
        store.bulkLoad().mode(LoadMode.SKIP_BAD).batchSize(10).from(stoppingAt(40, 25));
    assertEquals(40, report.read());
    assertEquals(20, report.stored());
    assertEquals(20, report.refused().size());
    for (int i = 0; i < 20; i++) {
      ProfileRecord problem = report.refused().get(i);
      assertEquals(21 + i, problem.location().number());
      assertTrue(
          problem.error().getMessage().startsWith("not stored: "), problem.error().getMessage());
    }
    assertEquals(20, graphsOnTheServer().size());
  }

  /**
   * A load of many megabytes goes to Fuseki as one update request, which it applies whole: every
   * profile reads back as loaded, and nothing else is left but the change mark.
   */
  @Test
  void aLargeLoadLeavesTheProfilesAndNothingElse() {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(34).stream(150).toList();
    assertEquals(150, store.bulkLoad().from(profiles).stored());
    for (ClusterProfile profile : profiles) {
      assertEquals(profile, store.get(profile.organisation().id()).orElseThrow());
    }
    assertEquals(
        profiles.stream().map(p -> p.organisation().id().value()).sorted().toList(),
        graphsOnTheServer());
    assertTrue(
        Txn.calculateRead(dataset, () -> dataset.containsGraph(ChangeMark.GRAPH)),
        "the load moved the store's change mark");
  }

  /** Another client's writes move the store's change mark, which this store's candidates follow. */
  @Test
  void partnerCandidatesFollowAnotherClientsWrites() {
    StoreFixtures.all().forEach(store::put);
    assertEquals(2, store.partnerCandidates(id("alpha"), 10).size());
    try (ProfileStore other = ProfileStore.open(server.datasetURL("/clusters"))) {
      other.put(StoreFixtures.epsilon());
      other.replace(StoreFixtures.alphaWithInterests());
    }
    assertEquals(id("epsilon"), store.partnerCandidates(id("alpha"), 10).get(0).cluster().id());
  }

  @Test
  void aStoppedServerIsNamedInTheError() {
    server.stop();
    ProfileStoreException e = assertThrows(ProfileStoreException.class, () -> store.size());
    assertTrue(e.getMessage().contains(server.datasetURL("/clusters")), e.getMessage());
  }

  @Test
  void theSameDataMovesToAServerByChangingOneSetting() {
    Node alpha = org.apache.jena.graph.NodeFactory.createURI(id("alpha").value());
    for (String location : List.of("mem:", server.datasetURL("/clusters"))) {
      try (ProfileStore other = ProfileStore.open(location)) {
        other.bulkLoad().from(StoreFixtures.all());
        assertEquals(4, other.size(), location);
      }
    }
    assertTrue(Txn.calculateRead(dataset, () -> dataset.containsGraph(alpha)));
  }
}
