package eu.clusterdata.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract on OpenLink Virtuoso, the SPARQL server EU institutions' platforms run: queries and
 * updates at {@code /sparql}, the Graph Store Protocol at {@code /sparql-graph-crud}. One server
 * for the class; before each test every graph a profile was stored in is dropped.
 *
 * <p>Needs Debian's {@code virtuoso-opensource-7-bin} (7.2.5), which {@code .ci/setup-test-env}
 * installs. Virtuoso compiles a whole update request into one SQL text and refused the 7 MB request
 * of {@code generatedProfilesSurviveABulkLoad} ("SQ074"), which is why large batches are staged
 * (see {@code RemoteBackend.begin}), as it refused 501 graphs of 1 KB each in one request
 * ("SQ200"); it gave a whole {@code xsd:decimal} back as an {@code xsd:integer}, which the reader
 * now takes for a decimal; and it never answers a query sent in a POST body, so a long one goes as
 * a form.
 */
@Tag("external") // needs Virtuoso: runs in the profile external-programs
class VirtuosoStoreTest extends ProfileStoreContract {

  @TempDir static Path directory;
  private static VirtuosoServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = VirtuosoServer.start(directory);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Override
  protected ProfileStore openEmpty() throws Exception {
    ProfileStore store =
        ProfileStore.builder().server(server.sparql(), server.sparql(), server.graphStore()).open();
    store.ids().forEach(store::delete);
    return store;
  }

  /** Virtuoso's authenticated endpoints answer a Digest challenge, with the store's login only. */
  @Test
  void theAuthenticatedEndpointsTakeTheStoresDigestLogin() {
    ClusterProfile alpha = StoreFixtures.alpha();
    try (ProfileStore dba =
            ProfileStore.builder()
                .server(server.sparqlAuth(), server.sparqlAuth(), server.graphStoreAuth())
                .credentials(StoreCredentials.password("dba", "dba".toCharArray()))
                .open();
        ProfileStore anonymous =
            ProfileStore.builder()
                .server(server.sparqlAuth(), server.sparqlAuth(), server.graphStoreAuth())
                .open()) {
      dba.replace(alpha);
      assertEquals(Optional.of(alpha), dba.get(alpha.organisation().id()));
      ProfileStoreException refused =
          assertThrows(ProfileStoreException.class, () -> anonymous.size());
      assertTrue(refused.getMessage().contains("HTTP 401"), refused.getMessage());
      assertTrue(dba.delete(alpha.organisation().id()), "the login still holds after the refusal");
    }
  }
}
