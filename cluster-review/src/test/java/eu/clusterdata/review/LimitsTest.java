package eu.clusterdata.review;

import static eu.clusterdata.review.ApiTest.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.clusterdata.model.testing.HostileFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the server refuses to take: an upload over its size, a zip bomb, an XML entity expansion, a
 * document nested too deep; each a clear problem, never a 500 or an exhausted heap.
 */
class LimitsTest {

  private static ReviewServer server;

  @BeforeAll
  static void start() {
    server =
        ReviewServer.start(
            "--spring.servlet.multipart.max-file-size=150KB",
            "--spring.servlet.multipart.max-request-size=300KB",
            "--clusterdata.review.max-records=10");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anUploadOverTheLimitIsRefusedWithTheLimit() throws Exception {
    byte[] nrw = Files.readAllBytes(ApiTest.EXAMPLES.resolve("nrw-clusters.ttl"));
    assertTrue(nrw.length > 150 * 1024, "the NRW set is larger than the limit set here");
    JsonNode tooLarge =
        problem(
            server.post(
                "/api/validate",
                Multipart.form().file("file", "nrw-clusters.ttl", nrw),
                "Accept-Language",
                "de-DE,de;q=0.9"),
            413);
    assertEquals("Die hochgeladene Datei ist zu groß", tooLarge.path("title").asText());
    assertTrue(tooLarge.path("detail").asText().contains("150 KB"), tooLarge.toString());
  }

  @Test
  void anUploadOfMoreRecordsThanTakenIsRefusedWhole() throws Exception {
    byte[] nrw = Files.readAllBytes(ApiTest.EXAMPLES.resolve("nrw-clusters.jsonl"));
    JsonNode refused =
        problem(
            server.post(
                "/api/convert",
                Multipart.form().file("file", "nrw-clusters.jsonl", nrw).field("format", "ttl")),
            400);
    assertTrue(
        refused.path("detail").asText().contains("more than 10 records"), refused.toString());
    JsonNode report =
        ApiTest.json(
            server.post("/api/validate", Multipart.form().file("file", "nrw-clusters.jsonl", nrw)));
    assertFalse(report.path("conforms").asBoolean());
    assertEquals(10, report.path("counts").path("profiles").asInt(), report.toString());
    assertTrue(report.toString().contains("read.too-many-records"), report.toString());
  }

  @Test
  void aZipBombIsRefusedAsOne() throws Exception {
    byte[] bomb = HostileFiles.workbookZipBomb(120);
    assertTrue(bomb.length < 150 * 1024, "packed, it passes the upload limit: " + bomb.length);
    JsonNode refused =
        problem(
            server.post(
                "/api/convert",
                Multipart.form().file("file", "bomb.xlsx", bomb).field("format", "ttl")),
            400);
    assertTrue(refused.path("detail").asText().contains("zip bomb"), refused.toString());
    assertFalse(refused.toString().contains("bugzilla"), refused.toString());
  }

  @Test
  void anEntityExpansionIsRefusedAsOne() throws Exception {
    byte[] laughs = HostileFiles.entityExpansionRdfXml().getBytes(StandardCharsets.UTF_8);
    JsonNode refused =
        problem(
            server.post(
                "/api/convert",
                Multipart.form().file("file", "laughs.rdf", laughs).field("format", "ttl")),
            400);
    assertTrue(refused.path("detail").asText().contains("entity expansion"), refused.toString());
  }

  @Test
  void aDocumentNestedTooDeepIsRefused() throws Exception {
    String deep = "{\"formatVersion\":\"1.1\",\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
    JsonNode refused =
        problem(
            server.post(
                "/api/convert",
                Multipart.form()
                    .file("file", "deep.json", deep.getBytes(StandardCharsets.UTF_8))
                    .field("format", "ttl")),
            400);
    assertTrue(refused.path("detail").asText().contains("deep.json"), refused.toString());
  }
}
