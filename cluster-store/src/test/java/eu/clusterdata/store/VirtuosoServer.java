package eu.clusterdata.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An OpenLink Virtuoso server (Debian's {@code virtuoso-opensource-7-bin}, installed by {@code
 * .ci/setup-test-env}) with a database of its own in a directory, on loopback ports, with SPARQL
 * Update granted to the anonymous SPARQL user, as a platform would configure it for a writer. Stops
 * when closed. Public for the store benchmark ({@code StoreBenchmark virtuoso}).
 */
public final class VirtuosoServer implements AutoCloseable {

  private static final Path BINARY = Path.of("/usr/bin/virtuoso-t");
  private static final Path ISQL = Path.of("/usr/bin/isql-vt");

  private final Process process;
  private final int sqlPort;
  private final int httpPort;
  private final Path directory;

  private VirtuosoServer(Process process, int sqlPort, int httpPort, Path directory) {
    this.process = process;
    this.sqlPort = sqlPort;
    this.httpPort = httpPort;
    this.directory = directory;
  }

  /** Starts a server with an empty database in {@code directory}, sized for tests. */
  static VirtuosoServer start(Path directory) throws IOException, InterruptedException {
    return start(directory, 10_000, 120);
  }

  /**
   * Starts a server with an empty database in {@code directory}, sized as Virtuoso's sample
   * configuration sizes it for a machine with 4 GB to give it (340,000 buffers of 8 KiB), with no
   * limit on a request's time: a platform's server for loads of thousands of profiles.
   */
  public static VirtuosoServer startForLoads(Path directory)
      throws IOException, InterruptedException {
    return start(directory, 340_000, 0);
  }

  /**
   * Starts a server with {@code buffers} pages for its buffer pool (three fifths of them allowed to
   * be dirty) that stops a request after {@code requestSeconds} (0: never).
   */
  private static VirtuosoServer start(Path directory, int buffers, int requestSeconds)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(BINARY) || !Files.isExecutable(ISQL)) {
      throw new IllegalStateException(
          "Virtuoso is not installed (" + BINARY + ", " + ISQL + "): run .ci/setup-test-env");
    }
    int sqlPort = freePort();
    int httpPort = freePort();
    String dir = directory.toAbsolutePath().toString();
    Files.writeString(
        directory.resolve("virtuoso.ini"),
        String.join(
            "\n",
            "[Database]",
            "DatabaseFile = " + dir + "/virtuoso.db",
            "ErrorLogFile = " + dir + "/virtuoso.log",
            "LockFile = " + dir + "/virtuoso.lck",
            "TransactionFile = " + dir + "/virtuoso.trx",
            "xa_persistent_file = " + dir + "/virtuoso.pxa",
            "FileExtend = 200",
            "Striping = 0",
            "TempStorage = TempDatabase",
            "",
            "[TempDatabase]",
            "DatabaseFile = " + dir + "/virtuoso-temp.db",
            "TransactionFile = " + dir + "/virtuoso-temp.trx",
            "Striping = 0",
            "",
            "[Parameters]",
            "ServerPort = 127.0.0.1:" + sqlPort,
            "NumberOfBuffers = " + buffers,
            // A load is one transaction: let it log more than the 50 MB Virtuoso allows by default.
            "TransactionAfterImageLimit = 1500000000",
            "MaxDirtyBuffers = " + buffers * 3 / 5,
            "CheckpointInterval = 0",
            "DirsAllowed = ., " + dir,
            "",
            "[HTTPServer]",
            "ServerPort = 127.0.0.1:" + httpPort,
            "ServerRoot = " + dir,
            "MaxClientConnections = 8",
            "ServerThreads = 8",
            "",
            "[SPARQL]",
            "ResultSetMaxRows = 1000000",
            "MaxQueryExecutionTime = " + requestSeconds,
            "DefaultQuery = SELECT * WHERE { ?s ?p ?o } LIMIT 1",
            ""));
    Process process =
        new ProcessBuilder(BINARY.toString(), "+foreground", "+configfile", "virtuoso.ini")
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("console.log").toFile())
            .start();
    VirtuosoServer server = new VirtuosoServer(process, sqlPort, httpPort, directory);
    try {
      server.awaitSparql();
      server.sql(
          "GRANT SPARQL_UPDATE TO \"SPARQL\";", "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);");
    } catch (IOException | RuntimeException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The SPARQL endpoint, for queries and updates. */
  public URI sparql() {
    return URI.create("http://127.0.0.1:" + httpPort + "/sparql");
  }

  /** The Graph Store Protocol endpoint. */
  public URI graphStore() {
    return URI.create("http://127.0.0.1:" + httpPort + "/sparql-graph-crud");
  }

  /** The SPARQL endpoint that wants a login (HTTP Digest), for queries and updates. */
  URI sparqlAuth() {
    return URI.create("http://127.0.0.1:" + httpPort + "/sparql-auth");
  }

  /** The Graph Store Protocol endpoint that wants a login. */
  URI graphStoreAuth() {
    return URI.create("http://127.0.0.1:" + httpPort + "/sparql-graph-crud-auth");
  }

  /** Runs SQL statements as the database administrator, with Virtuoso's command-line client. */
  void sql(String... statements) throws IOException, InterruptedException {
    Process isql =
        new ProcessBuilder(
                ISQL.toString(),
                "127.0.0.1:" + sqlPort,
                "dba",
                "dba",
                "exec=" + String.join(" ", statements))
            .redirectErrorStream(true)
            .start();
    String out = new String(isql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!isql.waitFor(60, TimeUnit.SECONDS) || isql.exitValue() != 0 || out.contains("*** Error")) {
      throw new IllegalStateException("Virtuoso refused " + List.of(statements) + ":\n" + out);
    }
  }

  private void awaitSparql() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Virtuoso stopped at start-up:\n" + log());
      }
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(URI.create(sparql() + "?query=ASK%7B%7D")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("Virtuoso did not answer within 120 s:\n" + log());
  }

  private String log() throws IOException {
    Path console = directory.resolve("console.log");
    return Files.exists(console) ? Files.readString(console) : "(no log)";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
