package eu.clusterdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.rdf.ClusterRdf;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every source checks its records together, and says what reading RDF left unread. */
class CollectionChecksTest {

  private static List<ProfileRecord> read(byte[] bytes, ProfileFormat format) throws Exception {
    List<ProfileRecord> records = new ArrayList<>();
    try (ProfileSource source =
        ProfileSource.builder()
            .input(new ByteArrayInputStream(bytes), null)
            .format(format)
            .build()) {
      source.forEachRemaining(records::add);
    }
    return records;
  }

  @Test
  void aRepeatedOrganisationMakesTheLaterRecordUnsound() throws Exception {
    ProfileGenerator generator = ProfileGenerator.seeded(5);
    ClusterProfile first = generator.next();
    ClusterProfile second = generator.next();
    ClusterProfile again =
        second.withOrganisation(
            second.organisation().toBuilder().id(first.organisation().id()).build());
    StringBuilder lines = new StringBuilder();
    for (ClusterProfile profile : List.of(first, second, again)) {
      lines.append(ClusterJson.create().writeProfile(profile)).append('\n');
    }
    List<ProfileRecord> records =
        read(lines.toString().getBytes(StandardCharsets.UTF_8), ProfileFormat.JSON_LINES);
    assertTrue(records.get(0).isSound());
    assertTrue(records.get(1).isSound());
    assertFalse(records.get(2).isSound());
    assertEquals(3, records.get(2).location().number());
    assertEquals(Rule.COLLECTION_DUPLICATE_PROFILE, records.get(2).findings().get(0).rule());
    assertTrue(
        records.get(2).findings().get(0).message().contains("record 1 (line 1)"),
        records.get(2).findings().get(0).message());
  }

  @Test
  void triplesNoProfileTookAreAWarningOnTheRecord() throws Exception {
    ClusterProfile profile = ProfileGenerator.seeded(9).next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClusterRdf.create().write(profile, out, ProfileFormat.TURTLE);
    String turtle =
        out.toString(StandardCharsets.UTF_8)
            + "\n<https://example.org/stray> <https://schema.org/name> \"stray\" .\n";
    List<ProfileRecord> records =
        read(turtle.getBytes(StandardCharsets.UTF_8), ProfileFormat.TURTLE);
    assertEquals(1, records.size());
    assertTrue(records.get(0).isSound());
    assertEquals(Rule.RDF_UNMAPPED, records.get(0).findings().get(0).rule());
    assertTrue(
        records.get(0).findings().get(0).message().startsWith("1 triples were not read"),
        records.get(0).findings().get(0).message());
  }
}
