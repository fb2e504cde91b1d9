package eu.clusterdata.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.json.ProfileReader;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.testing.ProfileGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables against a spreadsheet program nobody here wrote: workbooks LibreOffice saved read as
 * meant, and a workbook this library writes opens in LibreOffice (headless, as Debian's {@code
 * libreoffice-calc-nogui}, which .ci/setup-test-env installs) with the same cells.
 */
class LibreOfficeTest {

  private static final String SOFFICE =
      System.getProperty("soffice", System.getenv().getOrDefault("SOFFICE", "/usr/bin/soffice"));

  @TempDir Path dir;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(LibreOfficeTest.class.getResource("/libreoffice/" + name).toURI());
  }

  @Test
  void anExportLibreOfficeSavedAgainReadsIntoTheSameProfiles() throws Exception {
    List<ClusterProfile> expected = new ArrayList<>();
    try (InputStream in = Files.newInputStream(fixture("nrw-three.jsonl"));
        ProfileReader reader = ClusterJson.create().reader(in, ProfileFormat.JSON_LINES)) {
      reader.forEachRemaining(r -> expected.add(r.profile()));
    }
    List<ClusterProfile> read =
        ClusterTables.create().read(fixture("nrw-three.xlsx")).stream()
            .map(ProfileRecord::profile)
            .toList();
    assertEquals(expected, read);
  }

  @Test
  void aListLibreOfficeTypedDatesInImportsThroughTheEscaMapping() throws Exception {
    List<MappedRow> rows =
        ClusterTables.create()
            .read(fixture("esca-gold.xlsx"), ColumnMapping.builtIn("esca-gold-labels"));
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("Fictitious Photonics Cluster", rows.get(0).cluster().get("name"));
    assertEquals("DE", rows.get(1).cluster().get("country"));
    assertEquals(LocalDate.of(2027, 1, 31), ((Label) rows.get(0).record()).validUntil());
    assertEquals(LocalDate.of(2026, 6, 30), ((Label) rows.get(1).record()).validUntil());
  }

  @Test
  @Tag("external") // needs LibreOffice: runs in the profile external-programs
  void aWorkbookThisLibraryWritesOpensInLibreOfficeWithTheSameCells() throws Exception {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(11).stream(3).toList();
    Path workbook = dir.resolve("export.xlsx");
    ClusterTables.create().write(profiles, workbook);
    Path out = Files.createDirectory(dir.resolve("csv"));
    // comma, double quote, UTF-8, from line 1; the last -1 writes every sheet
    String log =
        libreOffice(
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            out,
            workbook);

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    ClusterTables.create().write(profiles, zip, ProfileFormat.CSV_ZIP);
    TreeMap<String, List<List<String>>> ours = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        List<List<String>> cells = cells(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        // our CSV marks cells a spreadsheet would run ('+49 211...'); the workbook needs no mark
        cells.forEach(row -> row.replaceAll(c -> c.startsWith("'") ? c.substring(1) : c));
        ours.put(e.getName().replaceFirst("\\.csv$", ""), cells);
      }
    }
    for (String sheet : ours.keySet()) {
      Path csv = out.resolve("export-" + sheet + ".csv");
      assertTrue(Files.exists(csv), "LibreOffice wrote no " + csv.getFileName() + ": " + log);
      assertEquals(ours.get(sheet), cells(Files.readString(csv)), sheet);
    }
  }

  /**
   * The workbook written for the showcase, in German, saved again by LibreOffice: the titles, one
   * row per cluster on the first sheet, no empty list sheet, the drop-downs kept; and it reads back
   * into the same profiles.
   */
  @Test
  @Tag("external") // needs LibreOffice: runs in the profile external-programs
  void theShowcaseWorkbookOpensInLibreOfficeWithTitlesAndDropDowns() throws Exception {
    List<ClusterProfile> profiles = new ArrayList<>();
    try (InputStream in = Files.newInputStream(Path.of("..", "examples", "data", "showcase.json"));
        ProfileReader reader = ClusterJson.create().reader(in, ProfileFormat.JSON)) {
      reader.forEachRemaining(r -> profiles.add(r.profile()));
    }
    Path workbook = dir.resolve("showcase.xlsx");
    ClusterTables.builder().titles(java.util.Locale.GERMAN).build().write(profiles, workbook);
    Path out = Files.createDirectory(dir.resolve("resaved"));
    String log = libreOffice("xlsx", out, workbook);
    Path resaved = out.resolve("showcase.xlsx");
    assertTrue(Files.exists(resaved), log);

    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(resaved))) {
      assertEquals("Cluster", book.getSheetName(0));
      var clusters = book.getSheetAt(0);
      assertEquals("Kennung", clusters.getRow(0).getCell(0).getStringCellValue());
      assertEquals(profiles.size(), clusters.getLastRowNum(), "one row per cluster");
      int dropDowns = 0;
      for (int s = 0; s < book.getNumberOfSheets(); s++) {
        var sheet = book.getSheetAt(s);
        if (book.getSheetVisibility(s) != org.apache.poi.ss.usermodel.SheetVisibility.VISIBLE) {
          continue;
        }
        if (!sheet.getSheetName().equals("Erläuterungen")) {
          assertTrue(sheet.getLastRowNum() > 0, sheet.getSheetName() + " is empty");
        }
        dropDowns += sheet.getDataValidations().size();
      }
      var actors = book.getSheet("Akteure");
      assertTrue(
          actors.getDataValidations().stream()
              .anyMatch(
                  v ->
                      actors
                          .getRow(0)
                          .getCell(v.getRegions().getCellRangeAddress(0).getFirstColumn())
                          .getStringCellValue()
                          .equals("Art")),
          "a drop-down on the actor type");
      assertTrue(dropDowns > 5, "drop-downs kept: " + dropDowns);
    }
    List<ClusterProfile> back =
        ClusterTables.create().read(resaved).stream().map(ProfileRecord::profile).toList();
    assertEquals(profiles, back);
  }

  /**
   * Has LibreOffice (headless, with a profile of its own in the test's folder) convert {@code file}
   * {@code to} a format into {@code out}; returns what it printed.
   */
  private String libreOffice(String to, Path out, Path file) throws Exception {
    assertTrue(
        Files.isExecutable(Path.of(SOFFICE)),
        SOFFICE
            + " is missing: run .ci/setup-test-env (apt-get install libreoffice-calc-nogui)"
            + " or set -Dsoffice=PATH");
    Process soffice =
        new ProcessBuilder(
                SOFFICE,
                "-env:UserInstallation=file://" + dir.resolve("lo-profile").toAbsolutePath(),
                "--headless",
                "--convert-to",
                to,
                "--outdir",
                out.toString(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(soffice.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish: " + log);
    return log;
  }

  /** The cells of a CSV text, without byte-order mark and trailing empty cells. */
  private static List<List<String>> cells(String text) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text.replace("\uFEFF", ""), CSVFormat.RFC4180)) {
      parser.forEach(
          record -> {
            List<String> row = new ArrayList<>(record.toList());
            while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
              row.remove(row.size() - 1);
            }
            rows.add(row);
          });
    }
    return rows;
  }
}
