package eu.clusterdata.benchmarks;

import eu.clusterdata.review.ReviewApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The review server under load, on loopback, in this process: clients upload a file to an endpoint
 * as fast as they are answered, for a time or a number of requests, and the run prints requests,
 * throughput, latency (p50, p99, max), errors (any answer but 200) and the peak heap. Commands are
 * in {@code docs/performance.md}.
 *
 * <pre>
 * ReviewLoad [--clients 8] [--seconds 60 | --requests N] [--path /api/review] FILE
 * </pre>
 */
public final class ReviewLoad {

  private static final String BOUNDARY = "----clusterdata-load-boundary";

  private ReviewLoad() {}

  public static void main(String[] args) throws Exception {
    int clients = 8;
    long seconds = 60;
    long requests = -1;
    String path = "/api/review";
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Long.parseLong(args[++i]);
        case "--requests" -> requests = Long.parseLong(args[++i]);
        case "--path" -> path = args[++i];
        default -> file = Path.of(args[i]);
      }
    }
    if (file == null) {
      System.err.println(
          "usage: ReviewLoad [--clients N] [--seconds S | --requests N] [--path P] FILE");
      System.exit(2);
    }
    ConfigurableApplicationContext server =
        SpringApplication.run(
            ReviewApplication.class, "--server.port=0", "--logging.level.root=ERROR");
    try {
      URI uri =
          URI.create(
              "http://127.0.0.1:"
                  + server.getEnvironment().getProperty("local.server.port")
                  + path);
      run(uri, file, clients, seconds, requests);
    } finally {
      server.close();
    }
  }

  private static void run(URI uri, Path file, int clients, long seconds, long requests)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String name = file.getFileName().toString();
    // Warm up: one request before the clock starts.
    send(client, uri, file, name);
    HeapUse.reset();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    AtomicLong left = new AtomicLong(requests);
    AtomicLong errors = new AtomicLong();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      running.add(
          pool.submit(
              () -> {
                while (requests >= 0 ? left.getAndDecrement() > 0 : System.nanoTime() < end) {
                  long sent = System.nanoTime();
                  int status;
                  try {
                    status = send(client, uri, file, name);
                  } catch (IOException e) {
                    status = -1;
                  }
                  latencies.add(System.nanoTime() - sent);
                  if (status != 200) {
                    errors.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%s, %s (%d KiB), %d clients: %d requests in %.1f s, %.1f requests/s;"
            + " latency p50 %.0f ms, p99 %.0f ms, max %.0f ms; %d errors;"
            + " max heap %d MiB, peak heap used %d MiB%n",
        uri.getPath(),
        name,
        file.toFile().length() >> 10,
        clients,
        sorted.size(),
        elapsed,
        sorted.size() / elapsed,
        percentile(sorted, 0.50),
        percentile(sorted, 0.99),
        sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1e6,
        errors.get(),
        Runtime.getRuntime().maxMemory() >> 20,
        HeapUse.peak() >> 20);
  }

  /** One upload, streamed from the file; returns the status. */
  private static int send(HttpClient client, URI uri, Path file, String name)
      throws IOException, InterruptedException {
    String head =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    String tail = "\r\n--" + BOUNDARY + "--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                    HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8)))
            .build();
    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
    return response.statusCode();
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
