package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.clusterdata.json.internal.ProfileSchema;
import eu.clusterdata.model.testing.GeneratedFiles;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema shipped in the jar describes exactly what the reader reads. */
class SchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ClusterJson JSON = ClusterJson.create();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(ClusterJson.schema());

  @Test
  @Tag("generated")
  void shippedSchemaIsTheGeneratedOne() {
    GeneratedFiles.check(
        "cluster-json/src/main/resources" + ClusterJson.SCHEMA_RESOURCE, ProfileSchema.generate());
  }

  @Test
  void theSchemaNamesItsDialectAndItsId() throws IOException {
    JsonNode schema = MAPPER.readTree(ClusterJson.schema());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertEquals(
        "https://clusterdata.eu/schema/json/1.1/profile.schema.json", schema.get("$id").asText());
  }

  static LongStream seeds() {
    return LongStream.range(0, 50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyGeneratedDocumentConformsToTheSchema(long seed) throws IOException {
    ProfileGenerator generator = ProfileGenerator.seeded(seed);
    for (int i = 0; i < 40; i++) {
      String json = JSON.writeProfile(generator.next());
      List<Error> errors = SCHEMA.validate(MAPPER.readTree(json));
      assertEquals(List.of(), errors, "seed " + seed + ", profile " + i + ": " + json);
    }
  }

  /**
   * A change to a valid document that both the schema and the library reject: the reader with a
   * shape error, or the validator with an error finding.
   */
  record Breakage(String name, Consumer<ObjectNode> change) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> breakages() {
    return Stream.of(
            new Breakage("no formatVersion", d -> d.remove("formatVersion")),
            new Breakage("future formatVersion", d -> d.put("formatVersion", "2.0")),
            new Breakage("no organisation", d -> d.remove("organisation")),
            new Breakage("organisation without id", d -> org(d).remove("id")),
            new Breakage("organisation without name", d -> org(d).remove("name")),
            new Breakage("name without languages", d -> org(d).putObject("name")),
            new Breakage("blank name", d -> org(d).putObject("name").put("de", " ")),
            new Breakage(
                "language tag with underscore", d -> org(d).putObject("name").put("de_DE", "x")),
            new Breakage("id without scheme", d -> org(d).put("id", "www.example.org")),
            new Breakage(
                "lower-case NUTS",
                d -> org(d).withObjectProperty("location").put("region", "dea1")),
            new Breakage(
                "unknown country", d -> org(d).withObjectProperty("location").put("country", "XX")),
            new Breakage(
                "NACE code with three digits",
                d ->
                    org(d)
                        .withObjectProperty("focus")
                        .putArray("sectors")
                        .addObject()
                        .put("revision", "2")
                        .put("code", "21.100")),
            new Breakage(
                "unknown NACE revision",
                d ->
                    org(d)
                        .withObjectProperty("focus")
                        .putArray("sectors")
                        .addObject()
                        .put("revision", "3")
                        .put("code", "21")),
            new Breakage(
                "unknown ecosystem",
                d -> org(d).withObjectProperty("focus").putArray("ecosystems").add("space")),
            new Breakage(
                "technology code with spaces",
                d ->
                    org(d)
                        .withObjectProperty("focus")
                        .putArray("technologies")
                        .add("Artificial Intelligence")),
            new Breakage(
                "negative team size",
                d -> org(d).withObjectProperty("management").put("teamSizeFte", -1)),
            new Breakage(
                "score above 100",
                d ->
                    org(d)
                        .withArrayProperty("labels")
                        .addObject()
                        .put("level", "gold")
                        .put("validUntil", "2027-01-31")
                        .put("scorePercent", 101)),
            new Breakage(
                "unknown label level",
                d -> org(d).withArrayProperty("labels").addObject().put("level", "platinum")),
            new Breakage(
                "date in another format",
                d ->
                    org(d)
                        .withArrayProperty("labels")
                        .addObject()
                        .put("level", "gold")
                        .put("validUntil", "31.01.2027")),
            new Breakage(
                "malformed e-mail",
                d ->
                    org(d)
                        .withArrayProperty("contacts")
                        .addObject()
                        .put("email", "info(at)example.org")),
            new Breakage(
                "telephone in words",
                d -> org(d).withArrayProperty("contacts").addObject().put("telephone", "call us")),
            new Breakage("unknown field", d -> org(d).put("colour", "blue")),
            new Breakage(
                "membership without actor",
                d -> d.withArrayProperty("memberships").addObject().put("role", "member")),
            new Breakage(
                "unknown role",
                d -> ((ObjectNode) d.withArrayProperty("memberships").get(0)).put("role", "chair")),
            new Breakage(
                "actor type as number",
                d -> ((ObjectNode) d.withArrayProperty("actors").get(0)).put("type", 3)),
            new Breakage("services not an array", d -> d.putObject("services")),
            new Breakage("null in a list", d -> d.withArrayProperty("memberships").addNull()),
            new Breakage(
                "negative budget",
                d -> project(d).putObject("budget").put("amount", -5).put("currency", "EUR")),
            new Breakage(
                "currency in lower case",
                d -> project(d).putObject("budget").put("amount", 5).put("currency", "eur")))
        .map(Arguments::of);
  }

  /** Adds a minimal project and returns it. */
  private static ObjectNode project(ObjectNode document) {
    ObjectNode project = document.withArrayProperty("projects").addObject();
    project.put("id", "https://example.org/project");
    project.putObject("name").put("en", "Project");
    return project;
  }

  private static ObjectNode org(ObjectNode document) {
    return (ObjectNode) document.get("organisation");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void schemaRejectsWhatTheLibraryRejects(Breakage breakage) throws IOException {
    ObjectNode document = (ObjectNode) MAPPER.readTree(JSON.writeProfile(TestProfiles.valid()));
    assertEquals(List.of(), SCHEMA.validate(document), "the fixture itself must conform");
    breakage.change().accept(document);
    assertFalse(SCHEMA.validate(document).isEmpty(), "the schema accepts: " + breakage);
    String json = MAPPER.writeValueAsString(document);
    boolean libraryRejects;
    try {
      ValidationReport report =
          JSON.readAndValidate(
                  new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
              .report();
      libraryRejects = !report.conforms();
    } catch (ClusterJsonException e) {
      libraryRejects = true;
    }
    assertTrue(libraryRejects, "the library accepts: " + breakage);
  }

  @Test
  void nullInAListIsAShapeError() throws IOException {
    ObjectNode document = (ObjectNode) MAPPER.readTree(JSON.writeProfile(TestProfiles.valid()));
    document.withArrayProperty("memberships").addNull();
    JsonShapeException e =
        assertThrows(
            JsonShapeException.class, () -> JSON.readProfile(MAPPER.writeValueAsString(document)));
    assertEquals("$.memberships[16]", e.problems().get(0).path());
  }
}
