package eu.clusterdata.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract on a Fuseki server that requires a password for everything, with HTTP Digest (as
 * Virtuoso's authenticated endpoint does); and the failure paths, whose every word is searched for
 * the secret.
 */
class AuthenticatedFusekiStoreTest extends ProfileStoreContract {

  private static final String USER = "writer";
  private static final String SECRET = "pw-" + UUID.randomUUID();

  @TempDir Path dir;
  private FusekiServer server;
  private URI dataset;

  @Override
  protected ProfileStore openEmpty() throws Exception {
    Path passwords = Files.writeString(dir.resolve("passwd"), USER + ": " + SECRET + "\n");
    server =
        FusekiServer.create()
            .port(0)
            .loopback(true)
            .passwordFile(passwords.toString())
            .auth(AuthScheme.DIGEST)
            .serverAuthPolicy(Auth.policyAllowSpecific(USER))
            .add("/clusters", DatasetGraphFactory.createTxnMem())
            .build()
            .start();
    dataset = URI.create(server.datasetURL("/clusters"));
    return ProfileStore.remote(dataset, StoreCredentials.password(USER, SECRET.toCharArray()));
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  /** Runs {@code action}, which must fail, and returns everything the failure says. */
  private static String failureText(Runnable action) {
    ProfileStoreException e = assertThrows(ProfileStoreException.class, action::run);
    ByteArrayOutputStream trace = new ByteArrayOutputStream();
    e.printStackTrace(new PrintStream(trace, true, StandardCharsets.UTF_8));
    return e.getMessage() + "\n" + e.problems() + "\n" + trace.toString(StandardCharsets.UTF_8);
  }

  /**
   * Credentials are registered with Jena's HTTP layer per endpoint while a store is open, so the
   * tests of other credentials close the store that has the right ones first.
   */
  @Test
  void withoutCredentialsTheServerRefusesAndSaysSo() {
    store.close();
    try (ProfileStore anonymous = ProfileStore.remote(dataset)) {
      String text = failureText(() -> anonymous.size());
      assertTrue(text.contains("refused the credentials (HTTP 401)"), text);
      assertFalse(text.contains(SECRET), "the secret leaked: " + text);
    }
  }

  @Test
  void aWrongPasswordIsRefusedAndNeverShown() {
    store.close();
    String wrong = "wrong-" + UUID.randomUUID();
    try (ProfileStore guessing =
        ProfileStore.remote(dataset, StoreCredentials.password(USER, wrong.toCharArray()))) {
      String read = failureText(() -> guessing.size());
      String write = failureText(() -> guessing.put(StoreFixtures.alpha()));
      for (String text : new String[] {read, write, guessing.toString()}) {
        assertTrue(text.contains("HTTP 401") || text.contains("SPARQL server"), text);
        assertFalse(text.contains(wrong), "the password leaked: " + text);
        assertFalse(text.contains(SECRET), "the secret leaked: " + text);
      }
    }
    try (ProfileStore right =
        ProfileStore.remote(dataset, StoreCredentials.password(USER, SECRET.toCharArray()))) {
      assertEquals(0, right.size(), "nothing was written");
    }
  }

  @Test
  void aServerThatIsGoneIsAClearErrorWithoutTheSecret() {
    server.stop();
    String text = failureText(() -> store.size());
    assertTrue(text.contains("could not query the SPARQL server at " + dataset), text);
    assertFalse(text.contains(SECRET), "the secret leaked: " + text);
  }

  @Test
  void anAddressWithAPasswordInItIsRefusedWithoutRepeatingIt() {
    String withPassword =
        dataset.toString().replace("http://", "http://" + USER + ":" + SECRET + "@");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProfileStore.open(withPassword));
    assertTrue(e.getMessage().contains("StoreCredentials"), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }

  @Test
  void credentialsNeverShowTheirSecret() {
    StoreCredentials credentials = StoreCredentials.password(USER, SECRET.toCharArray());
    assertEquals("StoreCredentials[password of writer]", credentials.toString());
    assertFalse(store.toString().contains(SECRET), store.toString());
    assertEquals(
        "StoreCredentials[bearer token]", StoreCredentials.bearer(SECRET.toCharArray()).toString());
  }
}
