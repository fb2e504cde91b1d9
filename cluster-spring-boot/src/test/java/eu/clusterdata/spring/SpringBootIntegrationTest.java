package eu.clusterdata.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.rdf.ClusterRdf;
import eu.clusterdata.rdf.RdfSyntax;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
    assertEquals(profile, read(turtle.body(), RdfSyntax.TURTLE));

    HttpResponse<String> jsonLd = send("GET", query(profile), "application/ld+json", null, null);
    assertEquals(200, jsonLd.statusCode(), jsonLd.body());
    assertEquals(profile, read(jsonLd.body(), RdfSyntax.JSON_LD));

    ByteArrayOutputStream asTurtle = new ByteArrayOutputStream();
    RDF.write(profile, asTurtle, RdfSyntax.TURTLE);
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
    assertEquals(ProfileValidationAdvice.TYPE.toString(), detail.get("type").asString());
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

  @Test
  void aBadBodyIsAClientError() throws Exception {
    HttpResponse<String> bad =
        send(
            "PUT",
            "/profile",
            "application/json",
            "application/json",
            "{\"formatVersion\": \"1.1\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, bad.statusCode(), bad.body());
  }

  private static ClusterProfile read(String body, RdfSyntax syntax) {
    var profiles =
        RDF.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), syntax)
            .profiles();
    assertEquals(1, profiles.size());
    return profiles.get(0);
  }
}
