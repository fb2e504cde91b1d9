package eu.clusterdata.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code https} is verified: against the JVM's trust store by default, so a server with a
 * certificate of its own is refused; against a trust store the caller gives, so the same server is
 * accepted. There is no way to switch verification off.
 */
class TlsStoreTest {

  private static final String STORE_PASSWORD = "changeit-test";

  @TempDir Path dir;
  private FusekiServer server;
  private Path keyStore;
  private URI dataset;

  @BeforeEach
  void startServerWithItsOwnCertificate() throws Exception {
    keyStore = dir.resolve("server.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                STORE_PASSWORD)
            .redirectErrorStream(true)
            .start();
    assertTrue(keytool.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, keytool.exitValue(), new String(keytool.getInputStream().readAllBytes()));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    server =
        FusekiServer.create()
            .https(port, keyStore.toString(), STORE_PASSWORD)
            .add("/clusters", DatasetGraphFactory.createTxnMem())
            .build()
            .start();
    dataset = URI.create("https://localhost:" + port + "/clusters");
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  @Test
  void aServerTheJvmDoesNotTrustIsRefused() {
    try (ProfileStore store = ProfileStore.remote(dataset)) {
      ProfileStoreException e = assertThrows(ProfileStoreException.class, store::size);
      assertTrue(
          e.getMessage().contains("could not query the SPARQL server at " + dataset),
          e.getMessage());
    }
  }

  @Test
  void aTrustStoreTheCallerGivesIsUsed() throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      trusted.load(in, STORE_PASSWORD.toCharArray());
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    try (ProfileStore store = ProfileStore.builder().server(dataset).sslContext(tls).open()) {
      store.put(StoreFixtures.alpha());
      assertEquals(1, store.size());
      assertEquals(
          StoreFixtures.alpha(),
          store.get(StoreFixtures.alpha().organisation().id()).orElseThrow());
    }
  }
}
