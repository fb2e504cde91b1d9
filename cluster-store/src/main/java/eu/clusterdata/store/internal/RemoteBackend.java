package eu.clusterdata.store.internal;

import eu.clusterdata.store.ProfileStoreException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.jspecify.annotations.Nullable;

/**
 * A SPARQL 1.1 server: queries by the SPARQL protocol, single graphs by the Graph Store Protocol,
 * and batches as one SPARQL Update request, which the protocol asks servers to apply whole ("each
 * request should be treated atomically"); Fuseki and Virtuoso do. A large batch to a server that
 * cannot take it as one request (Virtuoso) is staged and then made visible by one request ({@link
 * #begin()}). A batch is written to temporary files and sent from there, so its size is bounded by
 * disk, not memory.
 */
public final class RemoteBackend implements Backend {

  private final URI query;
  private final URI update;
  private final URI graphStore;
  private final HttpClient http;
  private final Duration queryTimeout;
  private final Duration updateTimeout;

  /**
   * Whether a batch of any size goes as one update request: where one dataset URL answers queries,
   * updates and the Graph Store Protocol, as Fuseki's does, which applies an update request in one
   * transaction as it reads it. A server with endpoints of their own (Virtuoso's) gets a large
   * batch staged.
   */
  private final boolean wholeUpdates;

  /**
   * A server at these endpoints.
   *
   * @param login who is asking, or {@code null} to ask anonymously; this store's only, never
   *     registered with Jena or the JVM
   * @param tls how {@code https} servers are verified, or {@code null} for the JVM's trust store
   * @param timeouts how long to wait to connect, for a query and for an update
   */
  public RemoteBackend(
      URI query,
      URI update,
      URI graphStore,
      @Nullable Login login,
      @Nullable SSLContext tls,
      Timeouts timeouts) {
    this.query = query;
    this.update = update;
    this.graphStore = graphStore;
    this.queryTimeout = timeouts.query();
    this.updateTimeout = timeouts.update();
    this.wholeUpdates = query.equals(update) && update.equals(graphStore);
    HttpClient.Builder client =
        HttpClient.newBuilder()
            .connectTimeout(timeouts.connect())
            .followRedirects(HttpClient.Redirect.NORMAL);
    if (tls != null) {
      client.sslContext(tls);
    }
    this.http = login == null ? client.build() : new LoginClient(client.build(), login);
  }

  @Override
  public String describe() {
    return "SPARQL server at " + query;
  }

  @Override
  public String changeMark() {
    List<Binding> rows = select(ChangeMark.READ);
    return rows.isEmpty() ? "" : rows.get(0).get("token").getLiteralLexicalForm();
  }

  /** Moves the change mark, after a change the server has applied. */
  private void changed() {
    send(HttpRequest.BodyPublishers.ofString(ChangeMark.update(), StandardCharsets.UTF_8));
  }

  @Override
  public List<Binding> select(Query q) {
    return read(
        "query",
        () -> {
          // A query too long for a URL goes as an HTML form post: Virtuoso never answers a query
          // in a POST body (application/sparql-query; openlink/virtuoso-opensource#842), and a
          // form is what every SPARQL server takes. A form has a limit of its own (Jetty's, and so
          // Fuseki's, is 200,000 bytes): the store keeps its queries well under it.
          try (QueryExecHTTP exec =
              QueryExecHTTP.service(query.toString())
                  .httpClient(http)
                  .timeout(queryTimeout.toMillis())
                  .query(q)
                  .sendMode(QuerySendMode.asGetWithLimitForm)
                  .build()) {
            return exec.select().materialize().stream().toList();
          }
        });
  }

  @Override
  public @Nullable Graph graph(Node name) {
    try {
      return read("read graph " + name.getURI() + " from", () -> gsp(name).GET());
    } catch (ProfileStoreException e) {
      if (e.getCause() instanceof HttpException http && http.getStatusCode() == 404) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public boolean put(Node name, Graph graph) {
    boolean present = exists(name);
    write("write graph " + name.getURI() + " to", () -> gsp(name).PUT(graph));
    changed();
    return present;
  }

  /**
   * One conditional update, which the server applies whole: a graph that another client stores
   * between the check and the update is kept, never overwritten.
   */
  @Override
  public boolean add(Node name, Graph graph) {
    if (exists(name)) {
      return false;
    }
    String g = NodeFmtLib.strNT(name);
    StringBuilder update = new StringBuilder("INSERT { GRAPH ").append(g).append(" {\n");
    graph
        .find()
        .forEachRemaining(
            t ->
                update
                    .append(NodeFmtLib.strNT(t.getSubject()))
                    .append(' ')
                    .append(NodeFmtLib.strNT(t.getPredicate()))
                    .append(' ')
                    .append(NodeFmtLib.strNT(t.getObject()))
                    .append(" .\n"));
    update
        .append("} } WHERE { FILTER NOT EXISTS { GRAPH ")
        .append(g)
        .append(" { ?s ?p ?o } } } ;\n");
    update.append(ChangeMark.update());
    send(HttpRequest.BodyPublishers.ofString(update.toString(), StandardCharsets.UTF_8));
    return true;
  }

  private boolean exists(Node name) {
    Query ask =
        QueryFactory.create(
            "SELECT ?s WHERE { GRAPH " + NodeFmtLib.strNT(name) + " { ?s ?p ?o } } LIMIT 1");
    return !select(ask).isEmpty();
  }

  @Override
  public boolean delete(Node name) {
    try {
      write("delete graph " + name.getURI() + " from", () -> gsp(name).DELETE());
      changed();
      return true;
    } catch (ProfileStoreException e) {
      if (e.getCause() instanceof HttpException http && http.getStatusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  private GSP gsp(Node name) {
    return GSP.service(graphStore.toString()).httpClient(http).graphName(name);
  }

  /** Reads retry this often on a connection error, waiting 100, 200, 400 ms; writes never do. */
  private static final int READ_ATTEMPTS = 4;

  /** Runs a read: retried on a connection error, since it changes nothing. */
  private <T> T read(String what, Supplier<T> action) {
    return call(what, action, READ_ATTEMPTS);
  }

  /** Runs a write: never retried, since the server may have applied it before the error. */
  private void write(String what, Runnable action) {
    call(
        what,
        () -> {
          action.run();
          return null;
        },
        1);
  }

  private <T> T call(String what, Supplier<T> action, int attempts) {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (RuntimeException e) {
        if (attempt < attempts && isConnectionError(e)) {
          pause(100L << (attempt - 1));
          continue;
        }
        throw new ProfileStoreException(
            "could not " + what + " the SPARQL server at " + query + ": " + message(e), e);
      }
    }
  }

  /**
   * The HTTP status the server answered, as Jena's exceptions carry it (a query's or a graph store
   * request's), or 0 when the request got no answer.
   */
  private static int status(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpException http && http.getStatusCode() > 0) {
        return http.getStatusCode();
      }
      if (cause instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
        return http.getStatusCode();
      }
    }
    return 0;
  }

  /** Whether a request failed on the connection, with no HTTP status from the server. */
  private static boolean brokeWithoutAnswer(Throwable e) {
    if (status(e) > 0) {
      return false;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.io.IOException) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConnectionError(Throwable e) {
    if (status(e) > 0) {
      return false;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.ConnectException
          || cause instanceof java.net.http.HttpConnectTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProfileStoreException("interrupted while waiting to retry", e);
    }
  }

  private static String message(Throwable e) {
    int status = status(e);
    if (status == 401 || status == 403) {
      return refused(status);
    }
    if (e instanceof HttpException http && http.getStatusCode() > 0) {
      String response = http.getResponse();
      return "HTTP "
          + http.getStatusCode()
          + (response == null || response.isBlank() ? "" : " " + response.strip());
    }
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String text = cause.getMessage();
    return cause.getClass().getSimpleName() + (text == null ? "" : " " + text);
  }

  /**
   * The largest batch sent as one request to a server with endpoints of their own. Virtuoso
   * compiles a whole request into one SQL text and refuses one of 7 MB (SQ074); a larger batch is
   * staged (see {@link #begin()}).
   */
  static final long SINGLE_REQUEST_BYTES = 1L << 20;

  /**
   * The most graphs a batch sent as one request to a server with endpoints of their own replaces:
   * Virtuoso refused 501 graphs of 1 KB each in one request as too large (SQ200, "variables in
   * state over the limit"); a batch of more is staged.
   */
  static final int SINGLE_REQUEST_GRAPHS = 32;

  /**
   * A batch is written to a temporary file as one update request: per graph a {@code DROP} and the
   * {@code INSERT}s of its triples, then the change mark. Where one dataset URL serves everything
   * (Fuseki) it is sent as that request whatever its size: the server applies it in one transaction
   * as it reads it, so the load is visible whole or not at all, and nothing is copied twice (a load
   * staged and moved took 2.9 times as long into Fuseki as into TDB2 embedded, most of it the
   * {@code MOVE}). Elsewhere a batch of at most {@link #SINGLE_REQUEST_BYTES} and {@link
   * #SINGLE_REQUEST_GRAPHS} goes as that request too; a larger one is staged: every graph first
   * into a staging graph of its own ({@code urn:clusterdata:staging:<batch>:<n>}) by one Graph
   * Store Protocol {@code PUT}, then one request, which the server applies whole, replaces the
   * profiles' graphs at once, reading which staging graph replaces which profile's graph from the
   * batch's manifest graph. The store's queries never see a staging graph: they match a graph by
   * the organisation it is named after. The staging graphs of a failed load are dropped at once;
   * where the server does not let them be, the error names them to be dropped by hand.
   */
  @Override
  public Batch begin() {
    Path file;
    Path staged;
    Writer out;
    OutputStream stagedOut;
    try {
      file = Files.createTempFile("clusterdata-batch-", ".ru");
      staged = wholeUpdates ? null : Files.createTempFile("clusterdata-batch-staged-", ".ttl");
      out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
      stagedOut =
          staged == null
              ? OutputStream.nullOutputStream()
              : new BufferedOutputStream(Files.newOutputStream(staged), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for a batch", e);
    }
    String batch = UUID.randomUUID().toString();
    return new Batch() {
      private boolean empty = true;
      private final List<String> stagings = new ArrayList<>();
      private final List<String> targets = new ArrayList<>();

      /** Where each staging graph's triples start and end in the staged file. */
      private final List<long[]> ranges = new ArrayList<>();

      private final String prologue = prologue();
      private long stagedBytes;

      @Override
      public void replace(Node name, Graph graph) {
        String g = NodeFmtLib.strNT(name);
        String staging = "<urn:clusterdata:staging:" + batch + ":" + stagings.size() + ">";
        try {
          if (empty) {
            UpdateText.prologue(out);
          }
          List<String> templates = UpdateText.templates(graph); // both forms of the batch use them
          out.append("DROP SILENT GRAPH ").append(g).append(" ;\n");
          UpdateText.insert(g, templates, out);
          if (staged != null) {
            // A template is Turtle: its triples, and blank nodes fresh for the graph, since the
            // writer names them after the graph's organisation.
            long start = stagedBytes;
            for (String template : templates) {
              stagedBytes += write(stagedOut, template);
            }
            ranges.add(new long[] {start, stagedBytes});
          }
          stagings.add(staging);
          targets.add(g);
          empty = false;
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the batch to " + file, e);
        }
      }

      @Override
      public void commit() {
        try {
          if (!empty) {
            out.append(ChangeMark.update()); // a request of one, so it moves with the graphs
          }
          out.close();
          stagedOut.close();
          if (empty) {
            return;
          }
          if (wholeUpdates
              || Files.size(file) <= SINGLE_REQUEST_BYTES
                  && stagings.size() <= SINGLE_REQUEST_GRAPHS) {
            send(HttpRequest.BodyPublishers.ofFile(file));
          } else {
            commitStaged();
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the batch to " + file, e);
        } finally {
          abort();
        }
      }

      /**
       * The batch's manifest graph, {@code <urn:clusterdata:staging:<batch>>}: which staging graph
       * replaces which profile's graph. The requests that move and drop the staging graphs read it,
       * so that their text does not grow with the batch (Virtuoso refuses a request of a thousand
       * {@code MOVE}s as too large to compile, SQ156).
       */
      private final String manifest = "<urn:clusterdata:staging:" + batch + ">";

      private static final String REPLACES = "<urn:clusterdata:replaces>";

      private void commitStaged() throws IOException {
        boolean sent = false; // whether anything of the batch may be on the server
        try {
          StringBuilder pairs = new StringBuilder();
          for (int i = 0; i < stagings.size(); i++) {
            pairs.append(stagings.get(i)).append(' ').append(REPLACES).append(' ');
            pairs.append(targets.get(i)).append(" .\n");
          }
          sent = true;
          putGraph(manifest, "", pairs.toString().getBytes(StandardCharsets.UTF_8));
          try (InputStream in = new BufferedInputStream(Files.newInputStream(staged))) {
            long at = 0;
            for (int i = 0; i < stagings.size(); i++) {
              long[] range = ranges.get(i);
              in.skipNBytes(range[0] - at);
              byte[] triples = in.readNBytes(Math.toIntExact(range[1] - range[0]));
              at = range[1];
              putGraph(stagings.get(i), prologue, triples);
            }
          }
          String pair = "GRAPH " + manifest + " { ?staging " + REPLACES + " ?target } ";
          String moves =
              "DELETE { GRAPH ?target { ?s ?p ?o } } WHERE { "
                  + pair
                  + "GRAPH ?target { ?s ?p ?o } } ;\n"
                  + "INSERT { GRAPH ?target { ?s ?p ?o } } WHERE { "
                  + pair
                  + "GRAPH ?staging { ?s ?p ?o } } ;\n"
                  + drops()
                  + ChangeMark.update();
          send(HttpRequest.BodyPublishers.ofString(moves, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
          if (sent) {
            dropStagings(e);
          }
          throw e;
        }
      }

      /** The update text that drops the staging graphs and the manifest. */
      private String drops() {
        return "DELETE { GRAPH ?staging { ?s ?p ?o } } WHERE { GRAPH "
            + manifest
            + " { ?staging "
            + REPLACES
            + " ?target } GRAPH ?staging { ?s ?p ?o } } ;\nDROP SILENT GRAPH "
            + manifest
            + " ;\n";
      }

      /** Drops the staging graphs of a failed load, as far as the server lets it. */
      private void dropStagings(RuntimeException failure) {
        try {
          send(HttpRequest.BodyPublishers.ofString(drops(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
          failure.addSuppressed(
              new ProfileStoreException(
                  "the staging graphs <urn:clusterdata:staging:"
                      + batch
                      + ":...> and "
                      + manifest
                      + " could not be dropped; drop them by hand",
                  e));
        }
      }

      @Override
      public void abort() {
        try {
          out.close();
          stagedOut.close();
          Files.deleteIfExists(file);
          if (staged != null) {
            Files.deleteIfExists(staged);
          }
        } catch (IOException e) {
          // the batch is dropped either way; a leftover temporary file is harmless
        }
      }
    };
  }

  private static String prologue() {
    StringBuilder prologue = new StringBuilder();
    try {
      UpdateText.turtlePrologue(prologue);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return prologue.toString();
  }

  private static long write(OutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write(bytes);
    return bytes.length;
  }

  /** Replaces one staging graph through the Graph Store Protocol ({@code PUT ?graph=}). */
  private void putGraph(String staging, String prologue, byte[] triples) {
    String name = staging.substring(1, staging.length() - 1);
    URI target =
        URI.create(
            graphStore
                + (graphStore.getRawQuery() == null ? "?" : "&")
                + "graph="
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(updateTimeout)
            .header("Content-Type", "text/turtle; charset=utf-8")
            .PUT(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(prologue, StandardCharsets.UTF_8),
                    HttpRequest.BodyPublishers.ofByteArray(triples)))
            .build();
    accepted(
        exchange(request, "write graph " + name + " to", graphStore),
        graphStore,
        "a staging graph");
  }

  /**
   * Sends one request of a load. A server that wants a login may refuse a large body while it is
   * still being sent and close the connection, so a request that broke without an answer is sent
   * once more: every request of a load is idempotent (a graph put or dropped and inserted whole, a
   * conditional insert, a move that reads a manifest it drops).
   */
  private HttpResponse<String> exchange(HttpRequest request, String what, URI endpoint) {
    for (int attempt = 1; ; attempt++) {
      try {
        // The store's own client answers a Basic or Digest challenge with the store's login.
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ProfileStoreException("interrupted while trying to " + what, e);
      } catch (IOException | RuntimeException e) {
        if (attempt == 1 && brokeWithoutAnswer(e)) {
          pause(100);
          continue;
        }
        throw new ProfileStoreException(
            "could not " + what + " the SPARQL server at " + endpoint + ": " + message(e), e);
      }
    }
  }

  /** What a 401 or 403 means, without anything the server echoed (it may echo credentials). */
  private static String refused(int status) {
    return status == 401
        ? "the server refused the credentials (HTTP 401); give a user and password or a token"
            + " that the server accepts"
        : "the server does not allow these credentials to do this (HTTP 403); the user needs the"
            + " right to read or to update the dataset";
  }

  private void send(HttpRequest.BodyPublisher body) {
    HttpRequest request =
        HttpRequest.newBuilder(update)
            .timeout(updateTimeout)
            .header("Content-Type", "application/sparql-update; charset=utf-8")
            .POST(body)
            .build();
    accepted(exchange(request, "send an update to", update), update, "an update");
  }

  /** Throws unless the server accepted the request ({@code what}: "an update"...). */
  private static void accepted(HttpResponse<String> response, URI endpoint, String what) {
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw new ProfileStoreException(
          "the SPARQL server at " + endpoint + " refused " + what + ": " + refused(status));
    }
    if (status / 100 != 2) {
      throw new ProfileStoreException(
          "the SPARQL server at "
              + endpoint
              + " refused "
              + what
              + ": HTTP "
              + status
              + " "
              + abbreviate(response.body().strip()));
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 297) + "...";
  }

  @Override
  public void close() {
    // HttpClient has no close on Java 17; its threads end when it is unreachable, and the login
    // went with the client: nothing was registered anywhere else.
  }
}
