package eu.clusterdata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.examples.data.NrwClusters;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.tabular.ClusterTables;
import eu.clusterdata.tabular.ColumnMapping;
import eu.clusterdata.tabular.MergeResult;
import eu.clusterdata.tabular.ProfileMerge;
import eu.clusterdata.tabular.RowOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NRW data set as spreadsheets: there and back unchanged, and a label list merged in. */
class DataSetTablesTest {

  @TempDir Path dir;

  @Test
  void theDataSetGoesToWorkbookAndCsvAndBackUnchanged() throws Exception {
    List<ClusterProfile> profiles = NrwClusters.profiles();
    for (String name : List.of("nrw.xlsx", "nrw.zip", "nrw-csv")) {
      Path tables = dir.resolve(name);
      ClusterTables.create().write(profiles, tables);
      List<ClusterProfile> back =
          ClusterTables.create().read(tables).stream().map(ProfileRecord::profile).toList();
      assertEquals(profiles, back, name);
    }
  }

  /**
   * The labels in this list are made up for the test (the sources name no label of a particular
   * cluster, examples/README.md); it is not part of the data set.
   */
  @Test
  void aLabelListInTheEscaLayoutMergesIntoTheMatchingProfiles() throws Exception {
    List<ClusterProfile> profiles = NrwClusters.profiles();
    ClusterProfile clib = byAcronym(profiles, "CLIB");
    String clibName = clib.organisation().name().best(List.of("en", "de")).orElseThrow();
    Path list =
        Files.writeString(
            dir.resolve("fictitious-gold.csv"),
            "Name,Country,www,Label valid until\r\n"
                + "\""
                + clibName.toUpperCase(java.util.Locale.ROOT)
                + "\",Germany,,31.01.2027\r\n"
                + "Cluster Nowhere,Germany,,31.01.2027\r\n");
    ColumnMapping esca = ColumnMapping.builtIn("esca-gold-labels");
    Path workbook = dir.resolve("fictitious-gold.xlsx");
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = Files.newOutputStream(workbook)) {
      var sheet = book.createSheet("Gold");
      List<String> lines = Files.readAllLines(list);
      for (int r = 0; r < lines.size(); r++) {
        String[] cells = lines.get(r).replace("\"", "").split(",", -1);
        var row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
      book.write(out);
    }
    assertEquals(
        ClusterTables.create().read(list, esca).stream().map(r -> r.record()).toList(),
        ClusterTables.create().read(workbook, esca).stream().map(r -> r.record()).toList(),
        "the list as a workbook reads the same");
    MergeResult result =
        ProfileMerge.merge(
            profiles,
            ClusterTables.create().read(workbook, esca),
            esca,
            Instant.parse("2026-12-01T00:00:00Z"));
    RowOutcome first = result.rows().get(0);
    assertEquals(RowOutcome.Match.EXACT, first.match(), result.rows().toString());
    assertEquals(clib.organisation().id(), first.cluster());
    assertEquals(RowOutcome.Change.ADDED, first.change());
    assertEquals(RowOutcome.Match.UNMATCHED, result.rows().get(1).match());
    assertEquals(1, result.changed().size());
    List<Label> labels = result.changed().get(0).organisation().labels();
    assertTrue(
        labels.contains(
            new Label(
                eu.clusterdata.model.codes.LabelLevel.GOLD,
                null,
                LocalDate.of(2027, 1, 31),
                null,
                LabelScheme.EUCLES,
                null)),
        labels.toString());
  }

  private static ClusterProfile byAcronym(List<ClusterProfile> profiles, String acronym) {
    return profiles.stream()
        .filter(p -> acronym.equals(p.organisation().acronym()))
        .findFirst()
        .orElseThrow();
  }
}
