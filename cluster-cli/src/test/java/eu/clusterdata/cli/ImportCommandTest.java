package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.json.ProfileReader;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.store.ProfileStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A steward merges a label list in the EUCLES/ESCA layout into an export and into a store, first as
 * a dry run. The list is made up from generated (fictitious) profiles.
 */
class ImportCommandTest {

  private static final LocalDate UNTIL = LocalDate.of(2027, 1, 31);

  @TempDir Path dir;

  private List<ClusterProfile> profiles;
  private Path export;

  private Path sheet(boolean withUnknownCluster) throws Exception {
    profiles = SampleFiles.profiles(3);
    export = SampleFiles.jsonLines(dir, "export.jsonl", profiles);
    StringBuilder csv = new StringBuilder("Name,Country,www,Label valid until\r\n");
    csv.append(name(0)).append(",Deutschland,,31.01.2027\r\n");
    csv.append(name(1)).append(",Germany,https://x.example.org/,31.01.2027\r\n");
    if (withUnknownCluster) {
      csv.append("Nobody's Cluster,Germany,,31.01.2027\r\n");
    }
    return Files.writeString(dir.resolve("gold.csv"), csv);
  }

  private String name(int i) {
    return profiles.get(i).organisation().name().get("de").orElseThrow();
  }

  private static boolean hasGold(ClusterProfile profile) {
    return profile.organisation().labels().stream()
        .anyMatch(
            l ->
                l.level() == LabelLevel.GOLD
                    && LabelScheme.EUCLES.equals(l.scheme())
                    && UNTIL.equals(l.validUntil()));
  }

  @Test
  void aDryRunReportsAndWritesNothingAndUnmatchedRowsStopTheMerge() throws Exception {
    Path gold = sheet(true);
    byte[] before = Files.readAllBytes(export);
    Cli dry =
        Cli.run(
            "import",
            "--mapping",
            "esca-gold-labels",
            "--merge-into",
            export.toString(),
            "--dry-run",
            gold.toString());
    assertEquals(1, dry.status(), dry.toString());
    assertTrue(dry.out().contains("gold.csv row 2 (" + name(0) + ") -> "), dry.toString());
    assertTrue(
        dry.out().contains(": added (level gold, validUntil 2027-01-31, scheme eucles)"),
        dry.toString());
    assertTrue(
        dry.err().contains("row 4 (Nobody's Cluster): no cluster of this name; not applied"),
        dry.toString());
    assertTrue(dry.err().contains("nothing written"), dry.toString());
    assertArrayEquals(before, Files.readAllBytes(export));

    Cli skipping =
        Cli.run(
            "import",
            "--mapping",
            "esca-gold-labels",
            "--merge-into",
            export.toString(),
            "--skip-unmatched",
            gold.toString());
    assertEquals(1, skipping.status(), "a row was left out: " + skipping);
    List<ClusterProfile> merged = read(export);
    assertTrue(hasGold(merged.get(0)) && hasGold(merged.get(1)) && !hasGold(merged.get(2)));
    assertEquals(profiles.get(2), merged.get(2), "the others are untouched");
  }

  @Test
  void aCompleteSheetMergesAndASecondRunChangesNothing() throws Exception {
    Path gold = sheet(false);
    Cli first =
        Cli.run(
            "import",
            "--mapping",
            "esca-gold-labels",
            "--merge-into",
            export.toString(),
            gold.toString());
    assertEquals(0, first.status(), first.toString());
    assertTrue(
        first.out().contains("2 of 3 profiles change; 2 of 2 rows found their cluster"),
        first.toString());
    byte[] after = Files.readAllBytes(export);
    Cli second =
        Cli.run(
            "import",
            "--mapping",
            "esca-gold-labels",
            "--merge-into",
            export.toString(),
            gold.toString());
    assertEquals(0, second.status(), second.toString());
    assertTrue(second.out().contains(": unchanged ("), second.toString());
    assertArrayEquals(after, Files.readAllBytes(export));
  }

  @Test
  void aStoreIsMergedInOneTransaction() throws Exception {
    Path gold = sheet(false);
    String store = dir.resolve("store").toString();
    assertEquals(0, Cli.run("load", "--store", store, export.toString()).status());
    Cli merge =
        Cli.run("import", "--mapping", "esca-gold-labels", "--merge-into", store, gold.toString());
    assertEquals(0, merge.status(), merge.toString());
    try (ProfileStore opened = ProfileStore.embedded(Path.of(store))) {
      assertTrue(hasGold(opened.get(profiles.get(0).organisation().id()).orElseThrow()));
      assertEquals(profiles.get(2), opened.get(profiles.get(2).organisation().id()).orElseThrow());
    }
  }

  @Test
  void aWorkbookOfWholeProfilesReplacesAndJoinsThoseOfTheTarget() throws Exception {
    profiles = SampleFiles.profiles(3);
    export = SampleFiles.jsonLines(dir, "export.jsonl", profiles.subList(0, 2));
    ClusterProfile edited =
        profiles
            .get(1)
            .withOrganisation(profiles.get(1).organisation().toBuilder().acronym("EDITED").build());
    Path workbook = dir.resolve("edited.xlsx");
    eu.clusterdata.tabular.ClusterTables.create()
        .write(List.of(profiles.get(0), edited, profiles.get(2)), workbook);

    Cli dry =
        Cli.run("import", "--merge-into", export.toString(), "--dry-run", workbook.toString());
    assertEquals(0, dry.status(), dry.toString());
    assertTrue(
        dry.out().contains(profiles.get(0).organisation().id().value() + ": unchanged"),
        dry.toString());
    assertTrue(
        dry.out()
            .contains(
                edited.organisation().id().value()
                    + ": replaced (1 field: $.organisation.acronym)"),
        dry.toString());
    assertTrue(
        dry.out().contains(profiles.get(2).organisation().id().value() + ": added"),
        dry.toString());
    assertTrue(dry.out().contains("2 of 3 profiles change the 2 there"), dry.toString());
    assertEquals(profiles.subList(0, 2), read(export), "a dry run writes nothing");

    Cli merge = Cli.run("import", "--merge-into", export.toString(), workbook.toString());
    assertEquals(0, merge.status(), merge.toString());
    assertEquals(List.of(profiles.get(0), edited, profiles.get(2)), read(export));
  }

  private static void assertArrayEquals(byte[] expected, byte[] actual) {
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, "the file is unchanged");
  }

  private static List<ClusterProfile> read(Path jsonLines) throws Exception {
    List<ClusterProfile> read = new ArrayList<>();
    try (InputStream in = Files.newInputStream(jsonLines);
        ProfileReader reader = ClusterJson.create().reader(in, ProfileFormat.JSON_LINES)) {
      reader.forEachRemaining(record -> read.add(record.profile()));
    }
    return read;
  }
}
