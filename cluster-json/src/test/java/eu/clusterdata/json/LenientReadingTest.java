package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.TestProfiles;
import org.junit.jupiter.api.Test;

class LenientReadingTest {

  private static final ClusterJson STRICT = ClusterJson.create();
  private static final ClusterJson LENIENT =
      ClusterJson.builder().unknownFields(UnknownFields.KEEP).build();

  private static String withOrganisationField(String field) {
    return STRICT
        .writeProfile(TestProfiles.valid())
        .replace("\"acronym\":\"TCD\"", "\"acronym\":\"TCD\"," + field);
  }

  @Test
  void strictRejectsAnUnknownField() {
    assertThrows(
        JsonShapeException.class,
        () -> STRICT.readProfile(withOrganisationField("\"colour\":\"blue\"")));
  }

  @Test
  void lenientKeepsAnUnknownFieldThroughARoundTrip() {
    String json = withOrganisationField("\"colour\":{\"rgb\":[0,0,255]}");
    ClusterProfile profile = LENIENT.readProfile(json);
    assertEquals(
        "{colour={rgb=[0, 0, 255]}}", profile.organisation().extensions().values().toString());
    String written = LENIENT.writeProfile(profile);
    assertEquals(profile, LENIENT.readProfile(written));
    assertEquals(written, LENIENT.writeProfile(LENIENT.readProfile(written)));
    // Kept fields are written after the known ones, whatever their place in the input.
    assertEquals(
        true,
        written.contains("\"management\":{\"teamSizeFte\":2.5},\"colour\":{\"rgb\":[0,0,255]}}"),
        written);
  }

  @Test
  void lenientStillRejectsALikelyMisspelling() {
    JsonShapeException e =
        assertThrows(
            JsonShapeException.class,
            () ->
                LENIENT.readProfile(
                    withOrganisationField("\"websit\":\"https://x.example.org/\"")));
    assertEquals(
        "unknown field \"websit\"; did you mean \"website\"?",
        e.problems().get(0).message().text());
  }

  @Test
  void lenientCannotKeepFieldsInSmallValueObjects() {
    String json =
        STRICT
            .writeProfile(TestProfiles.valid())
            .replace("\"region\":\"DEA11\"", "\"region\":\"DEA11\",\"district\":\"Mitte\"");
    JsonShapeException e = assertThrows(JsonShapeException.class, () -> LENIENT.readProfile(json));
    assertEquals(
        "unknown field \"district\"; a Location cannot keep extra fields, expected one of country, region, address",
        e.problems().get(0).message().text());
    assertEquals("$.organisation.location.district", e.problems().get(0).path());
  }
}
