package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials reach a store from the environment or an owner-only file, never from an option value
 * that {@code ps} shows, and nothing the command prints contains them.
 */
class StoreCredentialsCommandsTest {

  private static final String SECRET = "pw-" + UUID.randomUUID();

  @TempDir Path dir;
  private String server;

  /** An address where nothing listens: every command fails, and says so without the secret. */
  @BeforeEach
  void noServer() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    server = "http://127.0.0.1:" + port + "/clusters";
  }

  private static void assertNoSecret(Cli cli) {
    assertFalse(cli.out().contains(SECRET) || cli.err().contains(SECRET), "leaked: " + cli);
  }

  @Test
  void aPasswordInTheAddressIsRefusedWithoutRepeatingIt() {
    Cli cli =
        Cli.run("query", "--store", server.replace("http://", "http://admin:" + SECRET + "@"));
    assertEquals(2, cli.status(), cli.toString());
    assertTrue(cli.err().contains("CLUSTERDATA_STORE_USER"), cli.toString());
    assertNoSecret(cli);
  }

  @Test
  void aCredentialsFileOthersCanReadIsRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("login"), "user=admin\npassword=" + SECRET + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    Cli cli = Cli.run("query", "--store", server, "--credentials", file.toString());
    assertEquals(2, cli.status(), cli.toString());
    assertTrue(cli.err().contains("readable by its owner only"), cli.toString());
    assertNoSecret(cli);

    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    Cli down = Cli.run("query", "--store", server, "--credentials", file.toString());
    assertEquals(2, down.status(), down.toString());
    assertTrue(
        down.err().contains("could not query the SPARQL server at " + server), down.toString());
    assertNoSecret(down);
  }

  @Test
  void credentialsFromTheEnvironmentNeverShow() {
    for (Map<String, String> environment :
        java.util.List.of(
            Map.of("CLUSTERDATA_STORE_USER", "admin", "CLUSTERDATA_STORE_PASSWORD", SECRET),
            Map.of("CLUSTERDATA_STORE_TOKEN", SECRET))) {
      Cli cli = Cli.runWithEnvironment(environment, "query", "--store", server, "--region", "DEA");
      assertEquals(2, cli.status(), cli.toString());
      assertNoSecret(cli);
    }
    Cli half =
        Cli.runWithEnvironment(
            Map.of("CLUSTERDATA_STORE_USER", "admin"), "query", "--store", server);
    assertEquals(2, half.status(), half.toString());
    assertTrue(half.err().contains("set both"), half.toString());
  }
}
