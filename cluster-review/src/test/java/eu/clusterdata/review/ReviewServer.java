package eu.clusterdata.review;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The review application started for a test on a free loopback port, and a client for it. */
final class ReviewServer implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final int port;
  private final HttpClient client = HttpClient.newHttpClient();

  private ReviewServer(ConfigurableApplicationContext context) {
    this.context = context;
    this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
  }

  /** Starts the application with these arguments besides a free port. */
  static ReviewServer start(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--server.port=0");
    return new ReviewServer(
        SpringApplication.run(ReviewApplication.class, all.toArray(String[]::new)));
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Sends a form to a path, with headers given as name, value, name, value... */
  HttpResponse<byte[]> post(String path, Multipart form, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    context.close();
  }
}
