package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.ContactPoint;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileWriter;
import eu.clusterdata.model.testing.TestProfiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicExportTest {

  private static final ContactPoint PERSON =
      new ContactPoint("Dr. Erika Mustermann", "erika.mustermann@example.org", null, null, true);
  private static final ContactPoint OFFICE =
      ContactPoint.office("Geschäftsstelle", "info@example.org");

  private static ClusterProfile withContacts() {
    ClusterProfile profile = TestProfiles.valid();
    return profile.withOrganisation(
        profile.organisation().toBuilder().addContact(PERSON).addContact(OFFICE).build());
  }

  @Test
  void publicExportLeavesOutPersonalDataFromDocumentsAndCollections() {
    ClusterJson published = ClusterJson.builder().publicExport(true).build();
    String document = published.writeProfile(withContacts());
    assertFalse(document.contains("Mustermann"), document);
    assertTrue(document.contains("info@example.org"), document);
    assertEquals(
        List.of(OFFICE), ClusterJson.create().readProfile(document).organisation().contacts());

    for (ProfileFormat format : List.of(ProfileFormat.JSON, ProfileFormat.JSON_LINES)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ProfileWriter writer = published.writer(out, format)) {
        writer.write(withContacts());
        writer.write(withContacts());
      }
      String text = out.toString(StandardCharsets.UTF_8);
      assertFalse(text.contains("Mustermann"), format + ": " + text);
      try (ProfileReader reader =
          ClusterJson.create().reader(new ByteArrayInputStream(out.toByteArray()), format)) {
        assertEquals(
            withContacts().withoutPersonalData(), reader.next().profile(), format.toString());
      }
    }
  }

  @Test
  void theDefaultKeepsEverything() {
    String document = ClusterJson.create().writeProfile(withContacts());
    assertTrue(document.contains("Mustermann"), document);
    assertTrue(document.contains("\"personalData\":true"), document);
  }
}
