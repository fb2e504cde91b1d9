package eu.clusterdata.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.tabular.RowOutcome.Match;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What spreadsheet programs do to files: run cells that look like formulas, separate CSV cells by
 * semicolons, hide sheets, compute formulas. None of it changes a profile.
 */
class SpreadsheetProgramsTest {

  @TempDir Path dir;

  private static final ProfileGenerator GENERATOR = ProfileGenerator.seeded(7);

  private static ClusterProfile withAcronym(String acronym) {
    ClusterProfile profile = GENERATOR.next();
    return profile.withOrganisation(profile.organisation().toBuilder().acronym(acronym).build());
  }

  @Test
  void cellsAFormulaWouldRunAreWrittenAsTextAndReadBackUnchanged() throws IOException {
    List<ClusterProfile> profiles =
        List.of(
            withAcronym("=HYPERLINK(\"http://evil.example.org\")"),
            withAcronym("-5"),
            withAcronym("'quoted"),
            withAcronym("@SUM(A1)"));
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    ClusterTables.create().write(profiles, zip, ProfileFormat.CSV_ZIP);
    String clusters = entry(zip.toByteArray(), "clusters.csv");
    assertTrue(clusters.contains(",\"'=HYPERLINK(\"\"http"), clusters);
    assertTrue(clusters.contains(",'-5,"), clusters);
    assertTrue(clusters.contains(",''quoted,"), clusters);
    assertEquals(
        profiles,
        ClusterTables.create()
            .read(new ByteArrayInputStream(zip.toByteArray()), ProfileFormat.CSV_ZIP)
            .stream()
            .map(ProfileRecord::profile)
            .toList());
  }

  @Test
  void semicolonsAreWrittenOnRequestAndToldOnReading() throws IOException {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(8).stream(3).toList();
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    ClusterTables.builder().csvSeparator(';').build().write(profiles, zip, ProfileFormat.CSV_ZIP);
    assertTrue(entry(zip.toByteArray(), "actors.csv").startsWith("\uFEFFcluster;id;name@de;"));
    assertEquals(
        profiles,
        ClusterTables.create()
            .read(new ByteArrayInputStream(zip.toByteArray()), ProfileFormat.CSV_ZIP)
            .stream()
            .map(ProfileRecord::profile)
            .toList());
  }

  @Test
  void aHiddenSheetIsPassedOver() throws IOException {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(9).stream(2).toList();
    Path file = dir.resolve("export.xlsx");
    ClusterTables.create().write(profiles, file);
    Path edited = dir.resolve("edited.xlsx");
    try (InputStream in = Files.newInputStream(file);
        Workbook book = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(edited)) {
      Sheet notes = book.createSheet("Notizen");
      notes.createRow(0).createCell(0).setCellValue("nur für uns");
      book.setSheetHidden(book.getSheetIndex(notes), true);
      book.write(out);
    }
    assertEquals(
        profiles,
        ClusterTables.create().read(edited).stream().map(ProfileRecord::profile).toList());
  }

  @Test
  void anEscaListInAWorkbookWithFormulasAndDateCellsImports() throws IOException {
    Path list = dir.resolve("gold.xlsx");
    try (Workbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(list)) {
      Sheet sheet = book.createSheet("Gold");
      Row header = sheet.createRow(0);
      String[] columns = {"Name", "Country", "www", "Label valid until"};
      for (int c = 0; c < columns.length; c++) {
        header.createCell(c).setCellValue(columns[c]);
      }
      var dates = book.createCellStyle();
      dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
      Row typed = sheet.createRow(1);
      typed.createCell(0).setCellValue("Fictitious Photonics Cluster");
      typed.createCell(1).setCellValue("Germany");
      typed.createCell(3).setCellValue(LocalDate.of(2027, 1, 31));
      typed.getCell(3).setCellStyle(dates);
      Row computed = sheet.createRow(2);
      computed.createCell(0).setCellFormula("\"Fictitious \"&\"Hydrogen Cluster\"");
      computed.createCell(1).setCellValue("DE");
      computed.createCell(3).setCellFormula("DATE(2026,6,30)");
      computed.getCell(3).setCellStyle(dates);
      sheet.createRow(7); // an empty trailing row
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      book.write(out);
    }
    List<MappedRow> rows =
        ClusterTables.create().read(list, ColumnMapping.builtIn("esca-gold-labels"));
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("Fictitious Hydrogen Cluster", rows.get(1).cluster().get("name"));
    assertEquals("DE", rows.get(0).cluster().get("country"));
    assertEquals(
        LocalDate.of(2026, 6, 30),
        ((eu.clusterdata.model.Label) rows.get(1).record()).validUntil());
    assertTrue(rows.stream().allMatch(MappedRow::isRead), rows.toString());
    assertEquals(
        Match.UNMATCHED,
        ProfileMerge.merge(
                List.of(), rows, ColumnMapping.builtIn("esca-gold-labels"), java.time.Instant.EPOCH)
            .rows()
            .get(0)
            .match());
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }
}
