package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.testing.TestProfiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleTest {

  @Test
  void foundByServiceLoader() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertTrue(
        mapper.getRegisteredModuleIds().contains(ClusterJsonModule.class.getName()),
        mapper.getRegisteredModuleIds().toString());
  }

  @Test
  void anObjectMapperWritesAndReadsTheSameFormat() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ClusterJsonModule());
    ClusterProfile profile = ProfileGenerator.seeded(11).next();
    String json = mapper.writeValueAsString(profile);
    assertEquals(ClusterJson.create().writeProfile(profile), json);
    assertEquals(profile, mapper.readValue(json, ClusterProfile.class));
  }

  @Test
  void modelValuesInsideApplicationTypes() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ClusterJsonModule());
    Map<String, List<Actor>> byRegion = Map.of("DEA1", TestProfiles.valid().actors().subList(0, 2));
    String json = mapper.writeValueAsString(byRegion);
    assertEquals(
        byRegion, mapper.readValue(json, new TypeReference<Map<String, List<Actor>>>() {}));
    assertEquals("\"gold\"", mapper.writeValueAsString(LabelLevel.GOLD));
    assertEquals(LabelLevel.SILVER, mapper.readValue("\"silver\"", LabelLevel.class));
  }

  @Test
  void shapeErrorsBecomeMismatchedInput() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ClusterJsonModule());
    MismatchedInputException e =
        assertThrows(
            MismatchedInputException.class,
            () -> mapper.readValue("\"platinum\"", LabelLevel.class));
    assertTrue(
        e.getOriginalMessage()
            .startsWith(
                "unknown LabelLevel \"platinum\"; expected one of bronze, silver, gold at $"),
        e.getOriginalMessage());
  }

  @Test
  void theModuleNamesItsRelease() {
    com.fasterxml.jackson.core.Version version = new ClusterJsonModule().version();
    org.junit.jupiter.api.Assertions.assertFalse(version.isUnknownVersion(), version.toString());
    assertEquals("eu.clusterdata", version.getGroupId());
    assertEquals("cluster-json", version.getArtifactId());
  }
}
