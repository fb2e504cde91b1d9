package eu.clusterdata.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.io.testing.BrokenInputs;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.rdf.ClusterRdf;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Boot 4 application with the library on its class path, started on a free port and asked over
 * real HTTP: the library's JSON for a {@code ClusterProfile}, Turtle and JSON-LD by content
 * negotiation, each read back in a request body, and the validator and an in-memory store as beans.
 * (Started with {@code SpringApplication} rather than {@code @SpringBootTest}: Spring's test
 * support 7 needs JUnit 6, and the project's tests run on JUnit 5.14.)
 */
class SpringBootIntegrationTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ClusterJson JSON = ClusterJson.create();
  private static final ClusterRdf RDF = ClusterRdf.create();

  private static ConfigurableApplicationContext application;
  private static int port;
  private static JsonMapper mapper;

  @BeforeAll
  static void start() {
    application =
        new SpringApplicationBuilder(ProfileServiceApplication.class)
            .properties(
                "server.port=0",
                "server.address=127.0.0.1",
                "clusterdata.store.location=mem:",
                "clusterdata.rule-sets=core,eccp",
                "spring.main.banner-mode=off")
            .run();
    port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
    mapper = application.getBean(JsonMapper.class);
  }

  @AfterAll
  static void stop() {
    application.close();
  }

  /** Sends a request; {@code headers} are more header names and values, in pairs. */
  private HttpResponse<String> send(
      String method, String path, String accept, String type, byte[] body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Accept", accept);
    if (headers.length > 0) {
      request.headers(headers);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", type)
          .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String query(ClusterProfile profile) {
    return "/profile?id="
        + URLEncoder.encode(profile.organisation().id().value(), StandardCharsets.UTF_8);
  }

  @Test
  void bootsMapperWritesTheLibrarysFormat() {
    ClusterProfile profile = ProfileGenerator.seeded(11).next();
    assertEquals(JSON.writeProfile(profile), mapper.writeValueAsString(profile));
  }

  @Test
  void aProfileInAndOutAsJsonTurtleAndJsonLd() throws Exception {
    ClusterProfile profile = ProfileGenerator.seeded(12).next();
    HttpResponse<String> put =
        send(
            "PUT",
            "/profile",
            "application/json",
            "application/json",
            JSON.writeProfile(profile).getBytes(StandardCharsets.UTF_8));
    assertEquals(200, put.statusCode(), put.body());
    assertEquals(profile, JSON.readProfile(put.body()));

    HttpResponse<String> json = send("GET", query(profile), "application/json", null, null);
    assertEquals(200, json.statusCode(), json.body());
    assertEquals(JSON.writeProfile(profile), json.body());

    HttpResponse<String> turtle = send("GET", query(profile), "text/turtle", null, null);
    assertEquals(200, turtle.statusCode(), turtle.body());
    assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    assertEquals(profile, read(turtle.body(), ProfileFormat.TURTLE));

    HttpResponse<String> jsonLd = send("GET", query(profile), "application/ld+json", null, null);
    assertEquals(200, jsonLd.statusCode(), jsonLd.body());
    assertEquals(profile, read(jsonLd.body(), ProfileFormat.JSON_LD));

    ByteArrayOutputStream asTurtle = new ByteArrayOutputStream();
    RDF.write(profile, asTurtle, ProfileFormat.TURTLE);
    HttpResponse<String> back =
        send("PUT", "/profile", "application/json", "text/turtle", asTurtle.toByteArray());
    assertEquals(200, back.statusCode(), back.body());
    assertEquals(profile, JSON.readProfile(back.body()));
  }

  @Test
  void theValidatorBeanChecksTheConfiguredRuleSets() throws Exception {
    ClusterProfile profile = ProfileGenerator.builder().seed(13).members(2, 2).build().next();
    HttpResponse<String> check =
        send(
            "POST",
            "/check",
            "application/json",
            "application/json",
            JSON.writeProfile(profile).getBytes(StandardCharsets.UTF_8));
    assertEquals(200, check.statusCode(), check.body());
    assertTrue(check.body().contains("eccp.members"), check.body());
  }

  @Test
  void aValidBodyWithErrorsIsAProblemDetailListingEveryFinding() throws Exception {
    ClusterProfile thin = ProfileGenerator.builder().seed(14).members(2, 2).build().next();
    HttpResponse<String> problem =
        send(
            "POST",
            "/checked",
            "application/json",
            "application/json",
            JSON.writeProfile(thin).getBytes(StandardCharsets.UTF_8),
            "Accept-Language",
            "de");
    assertEquals(422, problem.statusCode(), problem.body());
    assertTrue(
        problem
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        problem.headers().toString());
    tools.jackson.databind.JsonNode detail = mapper.readTree(problem.body());
    assertEquals(ProfileProblemAdvice.FINDINGS.toString(), detail.get("type").asString());
    assertEquals("Das Profil ist nicht konform", detail.get("title").asString());
    assertTrue(detail.get("findings").size() > 0, problem.body());
    tools.jackson.databind.JsonNode first = detail.get("findings").get(0);
    assertTrue(first.get("rule").asString().startsWith("eccp."), problem.body());
    assertTrue(first.get("message").asString().contains("ECCP"), problem.body());

    ClusterProfile fine = ProfileGenerator.seeded(15).next();
    HttpResponse<String> accepted =
        send(
            "POST",
            "/checked",
            "application/json",
            "application/json",
            JSON.writeProfile(fine).getBytes(StandardCharsets.UTF_8));
    assertEquals(200, accepted.statusCode(), accepted.body());
  }

  /** Issue 33: every unreadable body is a 400 problem detail with the library's problems. */
  @Test
  void anUnreadableBodyOfAnyFormatIsAProblemDetailWithEveryProblem() throws Exception {
    HttpResponse<String> missing =
        send(
            "PUT",
            "/profile",
            "application/json",
            "application/json",
            "{\"formatVersion\": \"1.1\"}".getBytes(StandardCharsets.UTF_8));
    assertProblem(400, ProfileProblemAdvice.UNREADABLE, missing);
    assertTrue(
        missing.body().contains("missing required field \\\"organisation\\\""), missing.body());

    String typo =
        JSON.writeProfile(ProfileGenerator.seeded(16).next())
            .replaceFirst("\"name\":", "\"nmae\":");
    HttpResponse<String> unknown =
        send(
            "PUT",
            "/profile",
            "application/json",
            "application/json",
            typo.getBytes(StandardCharsets.UTF_8));
    tools.jackson.databind.JsonNode detail =
        assertProblem(400, ProfileProblemAdvice.UNREADABLE, unknown);
    assertTrue(
        detail.get("problems").toString().contains("did you mean \\\"name\\\"?"), unknown.body());
    assertTrue(detail.get("problems").get(0).get("line").asLong() > 0, unknown.body());

    HttpResponse<String> brokenTurtle =
        send(
            "PUT",
            "/profile",
            "application/json",
            "text/turtle",
            "@prefix x: <http://x/> .\n\nx:a x:b".getBytes(StandardCharsets.UTF_8),
            "Accept-Language",
            "de");
    detail = assertProblem(400, ProfileProblemAdvice.UNREADABLE, brokenTurtle);
    assertEquals("Das Profil ist nicht lesbar", detail.get("title").asString());
    assertEquals("rdf.syntax", detail.get("problems").get(0).get("code").asString());

    HttpResponse<String> noProfile =
        send(
            "PUT",
            "/profile",
            "application/json",
            "text/turtle",
            "<https://example.org/a> <https://schema.org/name> \"A\" ."
                .getBytes(StandardCharsets.UTF_8));
    detail = assertProblem(400, ProfileProblemAdvice.UNREADABLE, noProfile);
    assertEquals("rdf.no-profile", detail.get("problems").get(0).get("code").asString());

    HttpResponse<String> jsonAsTurtle =
        send(
            "PUT",
            "/profile",
            "application/json",
            "text/turtle",
            JSON.writeProfile(ProfileGenerator.seeded(17).next()).getBytes(StandardCharsets.UTF_8));
    detail = assertProblem(400, ProfileProblemAdvice.UNREADABLE, jsonAsTurtle);
    assertEquals("read.format", detail.get("problems").get(0).get("code").asString());
  }

  /** Issue 33: the store refuses an invalid profile, and the client hears why, not a 500. */
  @Test
  void aProfileTheStoreRefusesIsAFindingsProblem() throws Exception {
    ClusterProfile profile = ProfileGenerator.seeded(18).next();
    String unlisted =
        JSON.writeProfile(profile).replaceFirst("\"region\":\"[A-Z0-9]+\"", "\"region\":\"DEZ9\"");
    assertTrue(unlisted.contains("DEZ9"), unlisted);
    HttpResponse<String> refused =
        send(
            "PUT",
            "/profile",
            "application/json",
            "application/json",
            unlisted.getBytes(StandardCharsets.UTF_8));
    tools.jackson.databind.JsonNode detail =
        assertProblem(422, ProfileProblemAdvice.FINDINGS, refused);
    assertEquals("core.nuts.unknown", detail.get("findings").get(0).get("rule").asString());
    assertEquals(profile.organisation().id().value(), detail.get("profile").asString());
    assertEquals(404, send("GET", query(profile), "application/json", null, null).statusCode());
  }

  /** Issue 33: a client that accepts anything gets the library's JSON. */
  @Test
  void jsonIsTheAnswerWhenAnyFormatWillDo() throws Exception {
    ClusterProfile profile = ProfileGenerator.seeded(19).next();
    send(
        "PUT",
        "/profile",
        "application/json",
        "application/json",
        JSON.writeProfile(profile).getBytes(StandardCharsets.UTF_8));
    for (String accept :
        List.of(
            "*/*",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "application/*")) {
      HttpResponse<String> any = send("GET", query(profile), accept, null, null);
      assertEquals(200, any.statusCode(), accept + ": " + any.body());
      assertTrue(
          any.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
          accept + ": " + any.headers());
      assertEquals(profile, JSON.readProfile(any.body()));
    }
    HttpResponse<String> none =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + query(profile))).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(profile, JSON.readProfile(none.body()));
  }

  /** The broken inputs every door answers alike, as request bodies of one profile each. */
  static java.util.stream.Stream<BrokenInputs.Case> brokenBodies() {
    // A body holds one profile: a repeated identifier across records, and names that declare a
    // format (a JSON array named .jsonl, a workbook named .csv), have no body of their own.
    Set<String> notABody =
        Set.of("duplicate-profile.jsonl", "array-named-lines.jsonl", "workbook.csv");
    return BrokenInputs.all().stream().filter(c -> !notABody.contains(c.file()));
  }

  /** Issue 33: a request body gets the verdict every other door gives its content. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenBodies")
  void aBrokenBodyGetsTheVerdictOfEveryDoor(BrokenInputs.Case broken) throws Exception {
    byte[] body = broken.bytes();
    String type = ProfileFormat.forFileName(broken.file()).orElseThrow().mediaType();
    if (broken.file().endsWith(".jsonl")) {
      // The broken record, the input's last line, is a JSON document of its own.
      String[] lines = new String(body, StandardCharsets.ISO_8859_1).split("\n");
      body =
          lines.length == 0
              ? new byte[0]
              : lines[lines.length - 1].getBytes(StandardCharsets.ISO_8859_1);
      type = "application/json";
    }
    HttpResponse<String> answer = send("PUT", "/profile", "application/json", type, body);
    tools.jackson.databind.JsonNode detail =
        assertProblem(
            broken.verdict().httpStatus(),
            broken.verdict() == BrokenInputs.Verdict.REFUSED
                ? ProfileProblemAdvice.FINDINGS
                : ProfileProblemAdvice.UNREADABLE,
            answer);
    String code =
        broken.verdict() == BrokenInputs.Verdict.REFUSED
            ? detail.get("findings").get(0).get("rule").asString()
            : detail.get("problems").get(0).get("code").asString();
    assertEquals(broken.code(), code, answer.body());
  }

  private tools.jackson.databind.JsonNode assertProblem(
      int status, URI type, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().toString());
    tools.jackson.databind.JsonNode detail = mapper.readTree(response.body());
    assertEquals(type.toString(), detail.get("type").asString(), response.body());
    return detail;
  }

  private static ClusterProfile read(String body, ProfileFormat syntax) {
    var profiles =
        RDF.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), syntax)
            .profiles();
    assertEquals(1, profiles.size());
    return profiles.get(0);
  }
}
