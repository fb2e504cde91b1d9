package eu.clusterdata.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.validation.InvalidProfileException;
import eu.clusterdata.model.validation.Rule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook a steward fills in: titles in the chosen language, the clusters first with one row
 * each, only the sheets the data uses, drop-down lists on coded columns, a sheet that explains the
 * columns; and CSV as Excel set to German writes it, with semicolons, decimal commas and
 * Windows-1252.
 */
class WorkbookForPeopleTest {

  private static final Path SHOWCASE = Path.of("..", "examples", "data", "showcase.json");

  @TempDir Path dir;

  private static final Path NRW = Path.of("..", "examples", "data", "nrw-clusters.jsonl");

  private static List<ClusterProfile> showcase() throws IOException {
    return read(SHOWCASE, ProfileFormat.JSON);
  }

  private static List<ClusterProfile> read(Path file, ProfileFormat format) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      List<ClusterProfile> profiles = new ArrayList<>();
      ClusterJson.create()
          .reader(in, format)
          .forEachRemaining(r -> profiles.add(r.requireProfile()));
      return profiles;
    }
  }

  private static byte[] workbook(List<ClusterProfile> profiles, ClusterTables tables)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    tables.write(profiles, out, ProfileFormat.XLSX);
    return out.toByteArray();
  }

  @Test
  void aGermanWorkbookHasTitlesTheClustersFirstAndOnlyTheSheetsItUses() throws Exception {
    List<ClusterProfile> profiles = read(NRW, ProfileFormat.JSON_LINES);
    byte[] bytes = workbook(profiles, ClusterTables.builder().titles(Locale.GERMAN).build());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet clusters = book.getSheetAt(0);
      assertEquals("Cluster", clusters.getSheetName());
      assertEquals(profiles.size(), clusters.getLastRowNum(), "one row per cluster");
      List<String> header = new ArrayList<>();
      clusters.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertEquals("Kennung", header.get(0), header.toString());
      assertTrue(
          header.contains("Name (deutsch)") && header.contains("NUTS-Region"), header.toString());
      Set<String> names = new HashSet<>();
      for (int s = 1; s < book.getNumberOfSheets(); s++) {
        Sheet sheet = book.getSheetAt(s);
        names.add(sheet.getSheetName());
        if (book.getSheetVisibility(s) == SheetVisibility.VISIBLE
            && !sheet.getSheetName().equals("Erläuterungen")) {
          assertTrue(sheet.getLastRowNum() > 0, sheet.getSheetName() + " is empty");
        }
      }
      assertTrue(names.contains("Angebote") && names.contains("Erläuterungen"), names.toString());
      assertTrue(names.size() < ClusterTables.layout().size(), "not every sheet: " + names);
      assertEquals(
          SheetVisibility.VERY_HIDDEN, book.getSheetVisibility(book.getSheetIndex("Codelisten")));
    }
    List<ProfileRecord> back =
        ClusterTables.create().read(new ByteArrayInputStream(bytes), ProfileFormat.XLSX);
    assertEquals(profiles, back.stream().map(ProfileRecord::requireProfile).toList());
  }

  @Test
  void codedColumnsHaveDropDownsClosedListsStopOpenListsWarn() throws Exception {
    byte[] bytes = workbook(showcase(), ClusterTables.builder().titles(Locale.ENGLISH).build());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Map<String, DataValidation> actors = validations(book.getSheet("Actors"));
      assertEquals(DataValidation.ErrorStyle.STOP, actors.get("Type").getErrorStyle());
      assertTrue(
          actors.get("Type").getValidationConstraint().getFormula1().startsWith("'Code lists'!$"),
          actors.get("Type").getValidationConstraint().getFormula1());
      assertTrue(actors.get("Type").getShowErrorBox());
      // Excel and LibreOffice hide the in-cell list when showDropDown is set
      Path file = Files.write(dir.resolve("dropdowns.xlsx"), bytes);
      try (var zip = new java.util.zip.ZipFile(file.toFile())) {
        for (var entry : java.util.Collections.list(zip.entries())) {
          String xml =
              new String(
                  zip.getInputStream(entry).readAllBytes(),
                  java.nio.charset.StandardCharsets.UTF_8);
          assertFalse(xml.matches("(?s).*showDropDown=\"(true|1)\".*"), entry.getName());
        }
      }
      assertFalse(actors.containsKey("Sectors (NACE)"), "several codes in a cell: no list");
      Map<String, DataValidation> counts = validations(book.getSheet("Member counts"));
      assertEquals(DataValidation.ErrorStyle.WARNING, counts.get("Type").getErrorStyle());
      Sheet codes = book.getSheet("Code lists");
      List<String> listed = new ArrayList<>();
      String formula = actors.get("Type").getValidationConstraint().getFormula1();
      int column = formula.charAt(formula.indexOf("!$") + 2) - 'A';
      for (Row row : codes) {
        if (row.getCell(column) != null) {
          listed.add(row.getCell(column).getStringCellValue());
        }
      }
      assertEquals(
          List.of(
              "company",
              "university",
              "research-organisation",
              "public-body",
              "intermediary",
              "investor",
              "civil-society"),
          listed);
    }
  }

  /** The drop-downs of a sheet by the title of their column. */
  private static Map<String, DataValidation> validations(Sheet sheet) {
    Map<String, DataValidation> byColumn = new HashMap<>();
    for (var validation : ((XSSFSheet) sheet).getDataValidations()) {
      int column = validation.getRegions().getCellRangeAddress(0).getFirstColumn();
      byColumn.put(sheet.getRow(0).getCell(column).getStringCellValue(), validation);
    }
    return byColumn;
  }

  @Test
  void theExplanationSaysWhatGoesIntoEveryColumn() throws Exception {
    byte[] bytes = workbook(showcase(), ClusterTables.builder().titles(Locale.GERMAN).build());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet about = book.getSheet("Erläuterungen");
      Map<String, List<String>> rows = new HashMap<>();
      for (Row row : about) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(c.getStringCellValue()));
        rows.put(cells.get(2), cells);
      }
      assertEquals(
          List.of("Blatt", "Spalte", "Feld", "Was hineingehört", "Pflicht"), rows.get("Feld"));
      List<String> region = rows.get("clusters!organisation.location.region");
      assertEquals(
          List.of("Cluster", "NUTS-Region", "clusters!organisation.location.region"),
          region.subList(0, 3));
      assertEquals("NUTS-Regionscode (DEA2)", region.get(3));
      assertEquals("ja", rows.get("clusters!organisation.id").get(4));
      assertTrue(
          rows.get("actors!type").get(3).startsWith("Ein Code: company, university"),
          rows.get("actors!type").toString());
      int columns = 0;
      for (int s = 0; s < book.getNumberOfSheets(); s++) {
        if (book.getSheetVisibility(s) == SheetVisibility.VISIBLE
            && !book.getSheetName(s).equals("Erläuterungen")) {
          columns += book.getSheetAt(s).getRow(0).getLastCellNum();
        }
      }
      assertEquals(columns, about.getLastRowNum(), "a row for every column of every sheet");
    }
  }

  @Test
  void headersMayBePathsOrTitlesInEitherLanguage() throws Exception {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(3).stream(2).toList();
    Path folder = dir.resolve("mixed");
    ClusterTables.builder().titles(Locale.GERMAN).build().write(profiles, folder);
    // a steward renames one sheet to its English title and one column back to its path
    Files.move(folder.resolve("Akteure.csv"), folder.resolve("actors.csv"));
    Path clusters = folder.resolve("Cluster.csv");
    Files.writeString(
        clusters,
        Files.readString(clusters)
            .replaceFirst("Kennung", "organisation.id")
            .replace("Kürzel", "ACRONYM "));
    List<ProfileRecord> back = ClusterTables.create().read(folder);
    assertEquals(profiles, back.stream().map(ProfileRecord::requireProfile).toList());
  }

  @Test
  void aTemplateHasEverySheet() throws Exception {
    byte[] bytes =
        workbook(
            List.of(), ClusterTables.builder().titles(Locale.ENGLISH).everySheet(true).build());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      // every sheet of the layout, the explanation and the hidden code lists
      assertEquals(ClusterTables.layout().size() + 2, book.getNumberOfSheets());
    }
  }

  @Test
  void aGermanExcelCsvReadsWithTheRightNumbersAndSaysHow() throws Exception {
    ClusterProfile profile = ProfileGenerator.seeded(7).stream(1).findFirst().orElseThrow();
    ClusterProfile plain = TestProfiles.clustersSheetOnly(profile);
    Path csv = dir.resolve("clusters.csv");
    ClusterTables.builder()
        .titles(Locale.GERMAN)
        .csvSeparator(';')
        .build()
        .write(List.of(plain), csv);
    // as Excel saves "CSV (Trennzeichen-getrennt)" on a German system: Windows-1252, no mark,
    // and the team size with a decimal comma
    String text = Files.readString(csv).replace("\uFEFF", "");
    List<String> lines = new ArrayList<>(text.lines().toList());
    List<String> header = List.of(lines.get(0).split(";", -1));
    int team = header.indexOf("Teamgröße (VZÄ)");
    List<String> cells = new ArrayList<>(List.of(lines.get(1).split(";", -1)));
    cells.set(team, "2,5");
    lines.set(1, String.join(";", cells));
    Files.write(
        csv, (String.join("\r\n", lines) + "\r\n").getBytes(Charset.forName("windows-1252")));

    List<ProfileRecord> records = ClusterTables.create().read(csv);
    ClusterProfile read = records.get(0).requireProfile();
    assertEquals(
        new BigDecimal("2.5"), read.organisation().management().teamSizeFte(), read.toString());
    assertEquals(plain.organisation().name(), read.organisation().name(), "umlauts as written");
    assertEquals(
        List.of(Rule.TABULAR_READ_AS),
        records.get(0).findings().stream().map(f -> f.rule()).toList());
    assertEquals(
        "clusters.csv wurde als CSV gelesen, wie Excel mit deutscher Einstellung sie schreibt:"
            + " Zellen durch Semikolons getrennt, Zahlen mit Dezimalkomma, kodiert in Windows-1252",
        records.get(0).findings().get(0).message(Locale.GERMAN));
  }

  @Test
  void aDecimalCommaWithCommasSaysWhyItIsNoNumber() throws Exception {
    ClusterProfile profile = ProfileGenerator.seeded(7).stream(1).findFirst().orElseThrow();
    ClusterProfile plain = TestProfiles.clustersSheetOnly(profile);
    Path csv = dir.resolve("clusters.csv");
    ClusterTables.create().write(List.of(plain), csv);
    List<String> lines = new ArrayList<>(Files.readString(csv).lines().toList());
    int team = List.of(lines.get(0).split(",", -1)).indexOf("organisation.management.teamSizeFte");
    List<String> cells = new ArrayList<>(List.of(lines.get(1).split(",", -1)));
    cells.set(team, "\"2,5\"");
    lines.set(1, String.join(",", cells));
    Files.writeString(csv, String.join("\r\n", lines) + "\r\n");
    ProfileRecord record = ClusterTables.create().read(csv).get(0);
    assertFalse(record.isRead());
    assertTrue(
        record.error().getMessage().contains("a decimal comma is read only from CSV files"),
        record.error().getMessage());
  }

  @Test
  void oneCsvFileIsTheClustersSheetAndRefusesWhatItCannotHold() throws Exception {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(9).stream(2).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InvalidProfileException refused =
        assertThrows(
            InvalidProfileException.class,
            () -> ClusterTables.create().write(profiles, out, ProfileFormat.CSV));
    assertTrue(
        refused.findings().stream().allMatch(f -> f.rule() == Rule.FORMAT_ONE_SHEET),
        refused.findings().toString());
    assertTrue(
        refused.getMessage().contains("write a workbook (.xlsx) or a zip of CSV files (.zip)"),
        refused.getMessage());

    List<ClusterProfile> plain = profiles.stream().map(TestProfiles::clustersSheetOnly).toList();
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    ClusterTables.create().write(plain, written, ProfileFormat.CSV);
    List<ProfileRecord> back =
        ClusterTables.create()
            .read(new ByteArrayInputStream(written.toByteArray()), ProfileFormat.CSV);
    assertEquals(plain, back.stream().map(ProfileRecord::requireProfile).toList());
  }

  /**
   * A CSV file LibreOffice saved as Excel set to German does (semicolons, decimal comma,
   * Windows-1252; see the README beside it) reads with the right numbers and umlauts.
   */
  @Test
  void aGermanCsvLibreOfficeSavedReadsWithTheRightNumbers() throws Exception {
    Path csv =
        Path.of(WorkbookForPeopleTest.class.getResource("/libreoffice/german-excel.csv").toURI());
    List<ProfileRecord> records = ClusterTables.create().read(csv);
    assertEquals(2, records.size(), records.toString());
    ClusterProfile first = records.get(0).requireProfile();
    assertEquals(new BigDecimal("2.5"), first.organisation().management().teamSizeFte());
    assertEquals(
        "Fiktiver Cluster Müßiggang (fiktiv)", first.organisation().name().get("de").orElseThrow());
    assertEquals(
        new BigDecimal("12"),
        records
            .get(1)
            .requireProfile()
            .organisation()
            .management()
            .teamSizeFte()
            .stripTrailingZeros());
    assertEquals(Rule.TABULAR_READ_AS, records.get(0).findings().get(0).rule());
  }

  /** A date-time typed into a workbook's cell (no zone, as Excel stores it) is read as UTC. */
  @Test
  void aDateTimeCellOfAWorkbookIsReadAsUtc() throws Exception {
    ClusterProfile profile = TestProfiles.clustersSheetOnly(ProfileGenerator.seeded(4).next());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClusterTables.create().write(List.of(profile), out, ProfileFormat.XLSX);
    ByteArrayOutputStream edited = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet clusters = book.getSheet("clusters");
      var style = book.createCellStyle();
      style.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      for (var heading : clusters.getRow(0)) {
        if (heading.getStringCellValue().startsWith("metadata.")
            && (heading.getStringCellValue().endsWith("created")
                || heading.getStringCellValue().endsWith("lastModified"))) {
          // a new cell, as a person typing a date-time makes: a number with a date format
          Row row = clusters.getRow(1);
          row.removeCell(row.getCell(heading.getColumnIndex()));
          var cell = row.createCell(heading.getColumnIndex());
          cell.setCellValue(java.time.LocalDateTime.of(2026, 12, 6, 10, 0));
          cell.setCellStyle(style);
        }
      }
      book.write(edited);
    }
    ClusterProfile read =
        ClusterTables.create()
            .read(new ByteArrayInputStream(edited.toByteArray()), ProfileFormat.XLSX)
            .get(0)
            .requireProfile();
    assertEquals(java.time.Instant.parse("2026-12-06T10:00:00Z"), read.metadata().created());
  }
}
