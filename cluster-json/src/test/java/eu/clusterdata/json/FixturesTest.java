package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.InnovationField;
import eu.clusterdata.model.MembershipRole;
import eu.clusterdata.model.NaceCode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-written documents, as another system would write them, read as meant. */
class FixturesTest {

  private static final ClusterJson JSON = ClusterJson.create();

  private static ClusterProfile read(String name) throws IOException {
    try (InputStream in = FixturesTest.class.getResourceAsStream("/fixtures/" + name)) {
      return JSON.readProfile(in);
    }
  }

  @Test
  void profileInTwoLanguagesWithUmlauts() throws IOException {
    ClusterProfile profile = read("two-languages.json");
    assertEquals("Plastics Land NRW", profile.organisation().name().get("en").orElseThrow());
    assertEquals("Königsallee 1", profile.organisation().location().address().street());
    assertEquals(
        "Müller Präzisionsteile GmbH", profile.actors().get(0).name().get("de").orElseThrow());
    assertEquals(
        List.of(NaceCode.rev2("22.2"), NaceCode.rev21("22.2")),
        profile.organisation().focus().sectors());
    assertEquals(
        Set.of(InnovationField.MATERIALS_AND_PRODUCTION),
        profile.organisation().focus().innovationFields());
    assertEquals(MembershipRole.FOUNDING_MEMBER, profile.memberships().get(0).role());
    assertEquals(LocalDate.of(2009, 5, 1), profile.memberships().get(0).period().start());
    assertEquals(null, profile.memberships().get(1).period().end());
    assertEquals(Instant.parse("2026-02-01T08:30:00Z"), profile.metadata().lastModified());
    assertEquals(profile, JSON.readProfile(JSON.writeProfile(profile)));
  }

  @Test
  void namespacedPropertiesAreKeptAtEveryLevel() throws IOException {
    ClusterProfile profile = read("extensions.json");
    assertEquals(
        Extensions.of(Map.of("https://platform.example.org/ns#importedFrom", "actor-map")),
        profile.extensions());
    Map<String, Object> organisation = profile.organisation().extensions().values();
    assertEquals(
        Map.of("lat", new BigDecimal("51.22774"), "lon", new BigDecimal("6.77346")),
        organisation.get("https://platform.example.org/ns#position"));
    assertEquals(
        Arrays.asList("KI", "Förderung", null, true, new BigDecimal("12.5")),
        organisation.get("https://platform.example.org/ns#tags"));
    assertEquals(
        "A-17", profile.actors().get(0).extensions().values().get("urn:example:legacy-id"));
    assertEquals(Instant.parse("2026-01-15T09:00:00Z"), profile.metadata().created());
    String written = JSON.writeProfile(profile);
    assertEquals(profile, JSON.readProfile(written));
    assertEquals(
        true,
        written.contains(
            "\"https://platform.example.org/ns#tags\":[\"KI\",\"Förderung\",null,true,12.5]"),
        written);
  }
}
