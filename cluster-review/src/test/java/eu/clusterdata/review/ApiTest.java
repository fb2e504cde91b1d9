package eu.clusterdata.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.io.testing.BrokenInputs;
import eu.clusterdata.io.testing.BrokenInputs.Case;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTTP API: each endpoint, its answers in both languages, and its problems. */
class ApiTest {

  static final Path EXAMPLES = Path.of("..", "examples", "data");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ReviewServer server;
  private static byte[] nrw;

  @BeforeAll
  static void start() throws IOException {
    server = ReviewServer.start();
    nrw = Files.readAllBytes(EXAMPLES.resolve("nrw-clusters.jsonl"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode json(HttpResponse<byte[]> response) throws IOException {
    return JSON.readTree(response.body());
  }

  static List<ClusterProfile> read(byte[] bytes, String name) throws IOException {
    List<ClusterProfile> profiles = new ArrayList<>();
    try (ProfileSource source =
        ProfileSource.builder().input(new ByteArrayInputStream(bytes), name).build()) {
      while (source.hasNext()) {
        ProfileRecord record = source.next();
        assertTrue(record.isSound(), name + ": " + record.problems() + record.findings());
        profiles.add(record.profile());
      }
    }
    return profiles;
  }

  /** Asserts a problem+json answer of this status and returns it. */
  static JsonNode problem(HttpResponse<byte[]> response, int status) throws IOException {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(status, response.statusCode(), body);
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""), body);
    JsonNode problem = JSON.readTree(body);
    assertEquals(status, problem.path("status").asInt(), body);
    assertFalse(problem.path("title").asText().isEmpty(), body);
    return problem;
  }

  @Test
  void validateGivesTheCommandsReport() throws Exception {
    HttpResponse<byte[]> response =
        server.post("/api/validate", Multipart.form().file("file", "nrw-clusters.jsonl", nrw));
    assertEquals(200, response.statusCode());
    JsonNode report = json(response);
    assertTrue(report.path("conforms").asBoolean(), report.toString());
    assertEquals(28, report.path("counts").path("profiles").asInt());
    assertEquals("nrw-clusters.jsonl", report.path("records").path(0).path("file").asText());
  }

  @Test
  void validateSaysWhereABrokenFileIsBroken() throws Exception {
    Case broken =
        BrokenInputs.all().stream().filter(c -> c.file().equals("bad-iri.jsonl")).findFirst().get();
    JsonNode report =
        json(
            server.post(
                "/api/validate",
                Multipart.form().file("file", broken.file(), broken.bytes()).field("lang", "de")));
    assertFalse(report.path("conforms").asBoolean());
    JsonNode bad = report.path("records").path(1);
    assertEquals(2, bad.path("line").asInt(), report.toString());
    JsonNode problem = bad.path("problems").path(0);
    assertEquals("core.iri", problem.path("code").asText());
    assertTrue(problem.path("line").asInt() > 0, problem.toString());
  }

  @Test
  void convertWritesWhatTheCommandWrites() throws Exception {
    HttpResponse<byte[]> turtle =
        server.post(
            "/api/convert",
            Multipart.form().file("file", "nrw-clusters.jsonl", nrw).field("format", "ttl"));
    assertEquals(200, turtle.statusCode());
    assertEquals("text/turtle", turtle.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "attachment; filename=\"nrw-clusters.ttl\"",
        turtle.headers().firstValue("Content-Disposition").orElse(""));
    assertArrayEquals(Files.readAllBytes(EXAMPLES.resolve("nrw-clusters.ttl")), turtle.body());
  }

  @Test
  void aWorkbookReadsBackAsTheProfilesConverted() throws Exception {
    HttpResponse<byte[]> workbook =
        server.post(
            "/api/convert",
            Multipart.form().file("file", "nrw-clusters.jsonl", nrw).field("format", "xlsx"));
    assertEquals(200, workbook.statusCode());
    assertEquals(read(nrw, "nrw-clusters.jsonl"), read(workbook.body(), "nrw-clusters.xlsx"));
  }

  @Test
  void acceptChoosesTheFormatWhenNoneIsNamed() throws Exception {
    HttpResponse<byte[]> triples =
        server.post(
            "/api/convert",
            Multipart.form().file("file", "nrw-clusters.jsonl", nrw),
            "Accept",
            "text/html;q=0.9, application/n-triples");
    assertEquals(200, triples.statusCode());
    assertEquals("application/n-triples", triples.headers().firstValue("Content-Type").get());
    assertEquals(28, read(triples.body(), "nrw.nt").size());

    JsonNode none =
        problem(
            server.post(
                "/api/convert",
                Multipart.form().file("file", "nrw-clusters.jsonl", nrw),
                "Accept",
                "image/png"),
            406);
    assertTrue(none.path("detail").asText().contains("ttl"), none.toString());
  }

  /** A request to describe {@code bytes} as published at two addresses. */
  private static Multipart describing(String name, byte[] bytes) {
    return Multipart.form()
        .file("file", name, bytes)
        .field("dataset", "https://data.example.org/dataset/nrw")
        .field("title", "Clusters in NRW")
        .field("description", "Cluster profiles (example)")
        .field("publisher", "https://data.example.org/")
        .field("publisherName", "Example")
        .field("licence", "https://creativecommons.org/licenses/by/4.0/")
        .field("distribution", "https://data.example.org/nrw.ttl")
        .field("distribution", "https://data.example.org/nrw.jsonl");
  }

  @Test
  void describeGivesADcatApDescription() throws Exception {
    HttpResponse<byte[]> described =
        server.post("/api/describe", describing("nrw-clusters.jsonl", nrw));
    assertEquals(200, described.statusCode(), new String(described.body(), StandardCharsets.UTF_8));
    assertEquals("text/turtle", described.headers().firstValue("Content-Type").orElse(""));
    org.apache.jena.graph.Graph graph =
        org.apache.jena.riot.RDFParser.source(new ByteArrayInputStream(described.body()))
            .lang(org.apache.jena.riot.Lang.TURTLE)
            .toGraph();
    org.apache.jena.graph.Node dataset =
        org.apache.jena.graph.NodeFactory.createURI("https://data.example.org/dataset/nrw");
    assertEquals(
        2,
        graph
            .find(
                dataset,
                org.apache.jena.graph.NodeFactory.createURI(
                    "http://www.w3.org/ns/dcat#distribution"),
                org.apache.jena.graph.Node.ANY)
            .toList()
            .size());

    JsonNode unknown =
        problem(
            server.post(
                "/api/describe",
                describing("nrw-clusters.jsonl", nrw)
                    .field("distribution", "https://data.example.org/download")
                    .field("lang", "de")),
            400);
    assertEquals("Nichts wurde beschrieben", unknown.path("title").asText());
    assertTrue(
        unknown.path("detail").asText().contains("https://data.example.org/download"),
        unknown.toString());
  }

  static Stream<Case> brokenInputs() {
    return BrokenInputs.all().stream();
  }

  /**
   * Issue 33's doors: every broken input is refused with the status a request body gets from the
   * Spring Boot converter, the messages name the file, the report the code, and is not described
   * either; with skipBad, what is written is what validate accepts.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenInputs")
  void everyBrokenInputIsRefusedAsAtEveryDoor(Case broken) throws Exception {
    JsonNode refused =
        problem(
            server.post(
                "/api/convert",
                Multipart.form()
                    .file("file", broken.file(), broken.bytes())
                    .field("format", "ttl")),
            broken.verdict().httpStatus());
    assertTrue(refused.path("errors").toString().contains(broken.file()), refused.toString());
    assertTrue(refused.path("report").toString().contains(broken.code()), refused.toString());

    HttpResponse<byte[]> skipped =
        server.post(
            "/api/convert",
            Multipart.form()
                .file("file", broken.file(), broken.bytes())
                .field("format", "ttl")
                .field("skipBad", "true"));
    JsonNode undescribed =
        problem(
            server.post("/api/describe", describing(broken.file(), broken.bytes())),
            broken.verdict().httpStatus());
    assertTrue(undescribed.toString().contains(broken.file()), undescribed.toString());

    if (skipped.statusCode() == 200) {
      assertEquals("true", skipped.headers().firstValue(ApiController.LEFT_OUT).orElse(""));
      JsonNode again =
          json(
              server.post(
                  "/api/validate", Multipart.form().file("file", "skipped.ttl", skipped.body())));
      assertTrue(again.path("conforms").asBoolean(), again.toString());
    } else {
      problem(skipped, broken.verdict().httpStatus());
    }
  }

  @Test
  void overviewSumsUpAsJsonOrAPage() throws Exception {
    JsonNode overview =
        json(
            server.post("/api/overview", Multipart.form().file("file", "nrw-clusters.jsonl", nrw)));
    assertEquals(28, overview.path("clusters").asInt(), overview.toString());

    HttpResponse<byte[]> page =
        server.post(
            "/api/overview",
            Multipart.form()
                .file("file", "nrw-clusters.jsonl", nrw)
                .field("output", "html")
                .field("lang", "de"));
    String html = new String(page.body(), StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"de\">"), html);
    assertTrue(html.contains("<svg"), html);
  }

  @Test
  void diffSaysWhatChanged() throws Exception {
    String all = new String(nrw, StandardCharsets.UTF_8);
    String withoutLast = all.substring(0, all.stripTrailing().lastIndexOf('\n') + 1);
    JsonNode diff =
        json(
            server.post(
                "/api/diff",
                Multipart.form()
                    .file(
                        "before",
                        "nrw-clusters.jsonl",
                        withoutLast.getBytes(StandardCharsets.UTF_8))
                    .file("after", "nrw-clusters.jsonl", nrw)));
    assertEquals(1, diff.path("added").size(), diff.toString());
    assertEquals(0, diff.path("removed").size(), diff.toString());
    assertEquals(0, diff.path("changed").size(), diff.toString());

    // A side that cannot be read stops the diff: said, in the user's language.
    JsonNode stopped =
        problem(
            server.post(
                "/api/diff",
                Multipart.form()
                    .file("before", "nrw-clusters.jsonl", nrw)
                    .file("after", "broken.jsonl", "{".getBytes(StandardCharsets.UTF_8))
                    .field("lang", "de")),
            422);
    assertEquals("Nichts wurde verglichen", stopped.path("title").asText());
    assertTrue(stopped.path("detail").asText().contains("broken.jsonl"), stopped.toString());
  }

  @Test
  void aClientsMistakeIsAProblemInItsLanguage() throws Exception {
    JsonNode format =
        problem(
            server.post(
                "/api/convert",
                Multipart.form()
                    .file("file", "nrw-clusters.jsonl", nrw)
                    .field("format", "docx")
                    .field("lang", "de")),
            400);
    assertEquals("Unbekanntes Format docx", format.path("title").asText());
    assertEquals("https://clusterdata.eu/problems/unknown-format", format.path("type").asText());

    JsonNode rules =
        problem(
            server.post(
                "/api/validate",
                Multipart.form().file("file", "nrw-clusters.jsonl", nrw).field("rules", "iso")),
            400);
    assertEquals("Unknown rule set iso", rules.path("title").asText());
    assertTrue(rules.path("detail").asText().contains("eccp"), rules.toString());

    problem(
        server.post(
            "/api/validate",
            Multipart.form().file("file", "nrw-clusters.jsonl", nrw).field("nuts", "2013")),
        400);
    problem(
        server.post(
            "/api/validate",
            Multipart.form().file("file", "nrw-clusters.jsonl", nrw).field("lang", "fr")),
        400);
    problem(
        server.post("/api/validate", Multipart.form().file("other", "nrw-clusters.jsonl", nrw)),
        400);
    problem(server.post("/api/nothing-here", Multipart.form().field("a", "b")), 404);
  }
}
