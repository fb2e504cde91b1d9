package eu.clusterdata.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.ProfileMetadata;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.tabular.RowOutcome.Change;
import eu.clusterdata.tabular.RowOutcome.Match;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A label list in the EUCLES/ESCA layout merged into existing profiles: exact names take their
 * label, a near name and an unknown one are reported and change nothing, and a second merge changes
 * nothing. The sheet and the profiles are fictitious.
 */
class MappedMergeTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final ColumnMapping ESCA = ColumnMapping.builtIn("esca-gold-labels");

  private static ClusterProfile cluster(String id, String name, String acronym) {
    return ClusterProfile.builder(
            ClusterOrganisation.builder(
                    Iri.of("https://example.org/fictitious/" + id), MultilingualText.en(name))
                .acronym(acronym)
                .location(Location.of(CountryCode.DE, NutsCode.of("DEA")))
                .build(),
            ProfileMetadata.of(
                Instant.parse("2026-01-01T00:00:00Z"), List.of(Source.system("test")), "en"))
        .build();
  }

  private static final List<ClusterProfile> PROFILES =
      List.of(
          cluster("photonics", "Fictitious Photonics Cluster", "FPC"),
          cluster("kunststoff", "Fiktiver Kunststoff-Cluster", null),
          cluster("hydrogen", "Fictitious Hydrogen Cluster", null));

  private static List<MappedRow> rows() throws URISyntaxException {
    Path sheet = Path.of(MappedMergeTest.class.getResource("/esca/gold-by-country.csv").toURI());
    return ClusterTables.create().read(sheet, ESCA);
  }

  @Test
  void exactNamesTakeTheirLabelAndTheRestIsReported() throws Exception {
    MergeResult result = ProfileMerge.merge(PROFILES, rows(), ESCA, NOW);
    List<RowOutcome> rows = result.rows();
    assertEquals(5, rows.size());

    assertEquals(Match.EXACT, rows.get(0).match());
    assertEquals(Change.ADDED, rows.get(0).change());
    assertEquals("level gold, validUntil 2027-01-31, scheme eucles", rows.get(0).detail());
    assertEquals(Match.EXACT, rows.get(1).match(), "Deutschland is DE too");
    assertEquals(Match.NEAR, rows.get(2).match(), "a misspelt name is not guessed");
    assertEquals(PROFILES.get(2).organisation().id(), rows.get(2).cluster());
    assertEquals(Match.UNMATCHED, rows.get(3).match());
    assertEquals(Match.UNREADABLE, rows.get(4).match());
    assertTrue(
        rows.get(4)
            .problems()
            .get(0)
            .toString()
            .startsWith(
                "Label valid until: \"31.13.2027\" is not a date of the form dd.MM.yyyy at gold-by-country!D6"),
        rows.get(4).problems().toString());
    assertTrue(!result.isComplete());

    assertEquals(2, result.changed().size());
    ClusterProfile photonics = result.changed().get(0);
    assertEquals(
        List.of(
            new Label(
                LabelLevel.GOLD, null, LocalDate.of(2027, 1, 31), null, LabelScheme.EUCLES, null)),
        photonics.organisation().labels());
    assertEquals(NOW, photonics.metadata().lastModified());
    assertTrue(
        photonics.metadata().sources().stream()
            .anyMatch(
                s -> s.title().equals("EUCLES/ESCA list of Gold-labelled cluster organisations")));
    assertEquals(PROFILES.get(2), result.profiles().get(2), "the near match is left alone");

    MergeResult again = ProfileMerge.merge(result.profiles(), rows(), ESCA, NOW);
    assertEquals(List.of(), again.changed(), "merging twice changes nothing");
    assertEquals(Change.UNCHANGED, again.rows().get(0).change());
  }

  @Test
  void theShippedMappingFollowsItsSchemaAndABrokenOneSaysWhy() throws IOException {
    var schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ColumnMapping.schema());
    try (InputStream in =
        ColumnMapping.class.getResourceAsStream(
            "/eu/clusterdata/tabular/mappings/esca-gold-labels.mapping.json")) {
      assertEquals(List.of(), schema.validate(new ObjectMapper().readTree(in)));
    }
    String broken =
        "{\"mappingVersion\": \"1.0\", \"into\": \"labels\", \"match\": [\"name\"],"
            + " \"columns\": {\"Name\": \"cluster.name\", \"Until\": \"validUntill\"}}";
    TableException e =
        assertThrows(
            TableException.class,
            () ->
                ColumnMapping.read(
                    new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "m.json"));
    assertEquals("tabular.mapping", e.code());
    assertTrue(
        e.getMessage()
            .contains(
                "the mapping names the field \"validUntill\", which the sheet labels does not have"),
        e.getMessage());
    assertTrue(
        !schema.validate(new ObjectMapper().readTree("{\"mappingVersion\": \"2.0\"}")).isEmpty());

    ColumnMapping inCode =
        new ColumnMapping(
            "1.0",
            null,
            "labels",
            null,
            List.of("name"),
            java.util.Map.of("Name", "cluster.nam"),
            null,
            null,
            null,
            null);
    TableException unchecked =
        assertThrows(
            TableException.class, () -> ProfileMerge.merge(PROFILES, List.of(), inCode, NOW));
    assertTrue(unchecked.getMessage().contains("\"cluster.nam\""), unchecked.getMessage());
  }
}
