package eu.clusterdata.review;

import static eu.clusterdata.review.ApiTest.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page and what it links, without a browser: its language, its parts, the examples. */
class PageTest {

  private static ReviewServer server;

  @BeforeAll
  static void start() {
    server = ReviewServer.start(ApiTest.EXAMPLES.resolve("nrw-clusters.jsonl").toString());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void thePageSpeaksTheBrowsersLanguageOrTheOneChosen() throws Exception {
    String german = server.get("/", "Accept-Language", "de-DE,de;q=0.9,en;q=0.5").body();
    assertTrue(german.contains("<html lang=\"de\">"), german);
    assertTrue(german.contains("<h1>Clusterdaten prüfen</h1>"), german);
    assertTrue(german.contains("href=\"?lang=en\""), german);

    // A file over the limit is refused before it is sent, in the server's words.
    assertTrue(german.contains("data-max-bytes=\"52428800\""), german);
    assertTrue(german.contains("Eine Datei darf bis zu 50 MB haben"), german);

    String english = server.get("/?lang=en", "Accept-Language", "de").body();
    assertTrue(english.contains("<h1>Review cluster data</h1>"), english);
    assertTrue(server.get("/", "Accept-Language", "fr").body().contains("lang=\"en\""));
  }

  @Test
  void theStylesAndScriptsAreServedFromTheJar() throws Exception {
    for (String name : eu.clusterdata.cli.PageAssets.NAMES) {
      HttpResponse<String> file = server.get("/style/" + name);
      assertEquals(200, file.statusCode(), name);
      assertEquals(eu.clusterdata.cli.PageAssets.text(name), file.body());
    }
    assertEquals(200, server.get("/review.js").statusCode());
    assertEquals(200, server.get("/review.css").statusCode());
    assertEquals(404, server.get("/style/other.css").statusCode());
  }

  @Test
  void theExamplesGivenAtStartAreOfferedAndOnlyThey() throws Exception {
    String page = server.get("/").body();
    assertTrue(page.contains("data-name=\"nrw-clusters.jsonl\""), page);
    HttpResponse<String> example = server.get("/examples/nrw-clusters.jsonl");
    assertEquals(200, example.statusCode());
    assertEquals(
        Files.readString(ApiTest.EXAMPLES.resolve("nrw-clusters.jsonl"), StandardCharsets.UTF_8),
        example.body());
    assertEquals(404, server.get("/examples/pom.xml").statusCode());
    int traversal = server.get("/examples/..%2F..%2Fpom.xml").statusCode();
    assertTrue(traversal == 400 || traversal == 404, "refused: " + traversal);
  }

  @Test
  void theReviewHoldsReportOverviewAndDiff() throws Exception {
    byte[] nrw = Files.readAllBytes(ApiTest.EXAMPLES.resolve("nrw-clusters.jsonl"));
    String one =
        new String(
            server
                .post(
                    "/api/review",
                    Multipart.form().file("file", "nrw-clusters.jsonl", nrw).field("lang", "de"))
                .body(),
            StandardCharsets.UTF_8);
    assertTrue(one.contains("id=\"part-report\""), one);
    assertTrue(one.contains("id=\"verdict\" class=\"ok\""), one);
    assertTrue(one.contains("id=\"part-overview\""), one);
    assertTrue(!one.contains("id=\"part-diff\"") && !one.contains("<html"), one);

    String two =
        new String(
            server
                .post(
                    "/api/review",
                    Multipart.form()
                        .file("file", "nrw-clusters.jsonl", nrw)
                        .file("before", "nrw-clusters.jsonl", nrw))
                .body(),
            StandardCharsets.UTF_8);
    assertTrue(two.contains("id=\"part-diff\""), two);
    // Two uploads of one name are told apart in the report.
    assertTrue(two.contains("2-nrw-clusters.jsonl"), two);

    problem(
        server.post(
            "/api/review",
            Multipart.form().file("file", "nrw-clusters.jsonl", nrw).field("nuts", "1999")),
        400);
  }
}
