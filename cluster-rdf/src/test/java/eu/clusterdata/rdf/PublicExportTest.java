package eu.clusterdata.rdf;

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

  private static ClusterProfile withPerson() {
    ClusterProfile profile = TestProfiles.valid();
    return profile.withOrganisation(profile.organisation().toBuilder().addContact(PERSON).build());
  }

  @Test
  void publicExportLeavesOutPersonalDataInEverySyntax() {
    ClusterRdf published = ClusterRdf.builder().publicExport(true).build();
    for (ProfileFormat syntax : RdfFormats.all()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      published.write(List.of(withPerson()), out, syntax);
      String text = out.toString(StandardCharsets.UTF_8);
      assertFalse(text.contains("Mustermann"), syntax + ": " + text);
      assertEquals(
          List.of(TestProfiles.valid()),
          ClusterRdf.create().read(new ByteArrayInputStream(out.toByteArray()), syntax).profiles(),
          syntax.toString());
    }
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    try (ProfileWriter writer = published.streamWriter(streamed, ProfileFormat.N_QUADS)) {
      writer.write(withPerson());
    }
    assertFalse(streamed.toString(StandardCharsets.UTF_8).contains("Mustermann"));
    assertFalse(published.toGraph(withPerson()).toString().contains("Mustermann"));
  }

  @Test
  void theDefaultKeepsEverything() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClusterRdf.create().write(withPerson(), out, ProfileFormat.TURTLE);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("Mustermann"));
  }
}
