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

  /** A user the server knows, but whom its policy does not let at the dataset. */
  private static final String STRANGER = "stranger";

  private static final String STRANGER_SECRET = "pw-" + UUID.randomUUID();

  @TempDir Path dir;
  private FusekiServer server;
  private URI dataset;

  @Override
  protected ProfileStore openEmpty() throws Exception {
    Path passwords =
        Files.writeString(
            dir.resolve("passwd"),
            USER + ": " + SECRET + "\n" + STRANGER + ": " + STRANGER_SECRET + "\n");
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
    return ProfileStore.builder()
        .server(dataset)
        .credentials(StoreCredentials.password(USER, SECRET.toCharArray()))
        .open();
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

  /** Credentials belong to the store they were given to: the open store's login is not lent. */
  @Test
  void withoutCredentialsTheServerRefusesAndSaysSo() {
    try (ProfileStore anonymous = ProfileStore.remote(dataset)) {
      String text = failureText(() -> anonymous.size());
      assertTrue(text.contains("refused the credentials (HTTP 401)"), text);
      assertFalse(text.contains(SECRET), "the secret leaked: " + text);
    }
  }

  @Test
  void twoStoresOnOneServerAskEachAsItsOwnUser() {
    try (ProfileStore stranger =
        ProfileStore.builder()
            .server(dataset)
            .credentials(StoreCredentials.password(STRANGER, STRANGER_SECRET.toCharArray()))
            .open()) {
      store.put(StoreFixtures.alpha());
      String text = failureText(() -> stranger.size());
      assertTrue(text.contains("does not allow these credentials to do this (HTTP 403)"), text);
      assertFalse(text.contains(STRANGER_SECRET), "the secret leaked: " + text);
      store.put(StoreFixtures.beta());
      assertEquals(2, store.size(), "the writer still asks as the writer");
      assertTrue(
          failureText(() -> stranger.put(StoreFixtures.gamma())).contains("HTTP 403"),
          "the stranger still asks as the stranger");
    }
    assertEquals(2, store.size());
  }

  @Test
  void aWrongPasswordIsRefusedAndNeverShown() {
    String wrong = "wrong-" + UUID.randomUUID();
    try (ProfileStore guessing =
        ProfileStore.builder()
            .server(dataset)
            .credentials(StoreCredentials.password(USER, wrong.toCharArray()))
            .open()) {
      String read = failureText(() -> guessing.size());
      String write = failureText(() -> guessing.put(StoreFixtures.alpha()));
      for (String text : new String[] {read, write, guessing.toString()}) {
        assertTrue(text.contains("HTTP 401") || text.contains("SPARQL server"), text);
        assertFalse(text.contains(wrong), "the password leaked: " + text);
        assertFalse(text.contains(SECRET), "the secret leaked: " + text);
      }
    }
    assertEquals(
        0, store.size(), "nothing was written, and the open store still asks as the writer");
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
