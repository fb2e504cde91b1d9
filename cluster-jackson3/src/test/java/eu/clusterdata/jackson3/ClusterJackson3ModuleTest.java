package eu.clusterdata.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.value.Iri;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A Jackson 3 mapper with the module writes and reads exactly the library's format. */
class ClusterJackson3ModuleTest {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new ClusterJackson3Module()).build();
  private static final ClusterJson JSON = ClusterJson.create();

  /** An application's own type, with model values inside. */
  record Reply(
      String note, ClusterProfile profile, List<Service> services, Iri id, Transformation t) {}

  @Test
  void writesTheLibrarysFormatByteForByte() {
    ProfileGenerator.seeded(3).stream(20)
        .forEach(
            profile ->
                assertEquals(JSON.writeProfile(profile), MAPPER.writeValueAsString(profile)));
  }

  @Test
  void readsBackWhatEitherWrote() {
    ProfileGenerator.seeded(4).stream(20)
        .forEach(
            profile -> {
              assertEquals(
                  profile,
                  MAPPER.readValue(MAPPER.writeValueAsString(profile), ClusterProfile.class));
              assertEquals(
                  profile, MAPPER.readValue(JSON.writeProfile(profile), ClusterProfile.class));
              assertEquals(profile, JSON.readProfile(MAPPER.writeValueAsString(profile)));
            });
  }

  @Test
  void modelValuesInsideTheApplicationsOwnTypes() {
    ClusterProfile profile = ProfileGenerator.seeded(5).next();
    Reply reply =
        new Reply(
            "ok",
            profile,
            profile.services(),
            profile.organisation().id(),
            Transformation.DECARBONISATION);
    String json = MAPPER.writeValueAsString(reply);
    JsonNode tree = MAPPER.readTree(json);
    assertEquals("decarbonisation", tree.get("t").asString());
    assertEquals(profile.organisation().id().value(), tree.get("id").asString());
    assertEquals("1.1", tree.get("profile").get("formatVersion").asString());
    assertEquals(reply, MAPPER.readValue(json, Reply.class));
    List<ClusterProfile> list = List.of(profile, ProfileGenerator.seeded(6).next());
    assertEquals(
        list,
        MAPPER.readValue(
            MAPPER.writeValueAsString(list), new TypeReference<List<ClusterProfile>>() {}));
    Map<String, Service> byName = Map.of("first", profile.services().get(0));
    assertEquals(
        byName,
        MAPPER.readValue(
            MAPPER.writeValueAsString(byName), new TypeReference<Map<String, Service>>() {}));
  }

  @Test
  void indentationOfTheMapperApplies() {
    ClusterProfile profile = ProfileGenerator.seeded(7).next();
    String pretty =
        MAPPER
            .rebuild()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writeValueAsString(profile);
    assertTrue(pretty.contains("\n  \"organisation\" : {"), pretty);
    assertEquals(profile, JSON.readProfile(pretty));
  }

  @Test
  void aBadProfileSaysWhatAndWhere() {
    String json =
        "{\"note\": \"x\", \"profile\": {\"formatVersion\": \"1.1\", \"organisation\": {\"id\":"
            + " \"https://example.org/c\"}}}";
    DatabindException e =
        assertThrows(DatabindException.class, () -> MAPPER.readValue(json, Reply.class));
    assertTrue(e.getMessage().contains("name"), e.getMessage());
    assertTrue(e.getMessage().contains("profile"), "Jackson names the property: " + e.getMessage());
  }

  @Test
  void foundByTheServiceLoader() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    ClusterProfile profile = ProfileGenerator.seeded(8).next();
    assertEquals(JSON.writeProfile(profile), found.writeValueAsString(profile));
  }
}
