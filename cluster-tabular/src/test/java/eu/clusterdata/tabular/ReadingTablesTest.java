package eu.clusterdata.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.testing.HostileFiles;
import eu.clusterdata.model.testing.ProfileGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a steward learns from tables that are wrong: the sheet, the cell, and what to do. */
class ReadingTablesTest {

  private static final ClusterTables TABLES = ClusterTables.create();

  @TempDir Path dir;

  /** A folder of CSV files for {@code profiles}, written by the library. */
  private Path folder(List<ClusterProfile> profiles) throws IOException {
    Path folder = dir.resolve("tables");
    TABLES.write(profiles, folder);
    return folder;
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), () -> file + " lacks " + from);
    Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
  }

  private static List<Problem> structure(Path folder) {
    TableException e = assertThrows(TableException.class, () -> TABLES.read(folder));
    assertEquals("tabular.structure", e.code());
    return e.problems();
  }

  @Test
  void aMisspeltColumnIsNamedWithTheSheetsColumns() throws IOException {
    Path folder = folder(ProfileGenerator.seeded(1).stream(2).toList());
    edit(folder.resolve("actors.csv"), ",name@de,", ",naem@de,");
    Problem problem = structure(folder).get(0);
    assertEquals("actors!C1", problem.path());
    assertTrue(
        problem
            .text(Locale.ENGLISH)
            .startsWith(
                "the sheet actors has no column \"naem@de\"; its columns are cluster, id, type"),
        problem.toString());
    assertTrue(
        problem.text(Locale.GERMAN).startsWith("das Blatt actors hat keine Spalte „naem@de“"),
        problem.text(Locale.GERMAN));
  }

  @Test
  void anUnknownSheetAndRowsOfNoClusterAreRefusedNotDropped() throws IOException {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(2).stream(2).toList();
    Path folder = folder(profiles);
    Files.writeString(folder.resolve("notes.csv"), "text\r\nhello\r\n");
    assertTrue(structure(folder).get(0).toString().contains("there is no sheet \"notes\""));
    Files.delete(folder.resolve("notes.csv"));

    String cluster = profiles.get(0).organisation().id().value();
    edit(
        folder.resolve("memberships.csv"),
        "\r\n" + cluster + ",",
        "\r\nhttps://nowhere.example.org/x,");
    Problem orphan = structure(folder).get(0);
    assertTrue(orphan.path().startsWith("memberships!A"), orphan.toString());
    assertTrue(
        orphan
            .toString()
            .contains(
                "belongs to cluster https://nowhere.example.org/x, which the clusters sheet does not have"),
        orphan.toString());
  }

  @Test
  void everyWrongCellOfAProfileIsListedAndTheOthersAreRead() throws IOException {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(3).stream(3).toList();
    Path folder = folder(profiles);
    String second = profiles.get(1).organisation().id().value();
    editCells(
        folder.resolve("clusters.csv"),
        second,
        java.util.Map.of(
            "metadata.created", "31.01.2026",
            "organisation.name@de", "",
            "organisation.name@en", ""));
    List<ProfileRecord> records = TABLES.read(folder);
    assertEquals(3, records.size());
    assertTrue(records.get(0).isRead());
    assertTrue(!records.get(1).isRead());
    assertEquals(profiles.get(2), records.get(2).profile());
    List<String> problems =
        records.get(1).error().problems().stream().map(Problem::toString).toList();
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .startsWith(
                "organisation.name@de: organisation.name needs a text in at least one language: a"
                    + " column organisation.name@de, organisation.name@en... at clusters!B3 (line 3,"
                    + " column 2)"),
        problems.toString());
    assertTrue(
        problems.get(1).startsWith("metadata.created: \"31.01.2026\" is not an ISO 8601"),
        problems.toString());
  }

  /** Sets cells of the row of {@code cluster}, by column name, keeping the CSV well-formed. */
  private static void editCells(Path csv, String cluster, java.util.Map<String, String> cells)
      throws IOException {
    List<List<String>> rows = new java.util.ArrayList<>();
    try (var parser =
        org.apache.commons.csv.CSVParser.parse(
            Files.readString(csv).replace("\uFEFF", ""),
            org.apache.commons.csv.CSVFormat.RFC4180)) {
      parser.forEach(r -> rows.add(new java.util.ArrayList<>(r.toList())));
    }
    List<String> header = rows.get(0);
    for (List<String> row : rows) {
      if (row.get(0).equals(cluster)) {
        cells.forEach((column, value) -> row.set(header.indexOf(column), value));
      }
    }
    StringBuilder out = new StringBuilder();
    try (var printer =
        new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.RFC4180)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
    Files.writeString(csv, out.toString());
  }

  @Test
  void aDateTypedAsADateInExcelIsRead() throws IOException {
    // Workbooks written by others type their cells; the library reads them as their value.
    ClusterProfile profile = ProfileGenerator.seeded(4).next();
    Path workbook = dir.resolve("typed.xlsx");
    TABLES.write(List.of(profile), workbook);
    Path retyped = dir.resolve("retyped.xlsx");
    try (var in = Files.newInputStream(workbook);
        var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
        var out = Files.newOutputStream(retyped)) {
      var sheet = book.getSheet("memberships");
      var header = sheet.getRow(0);
      int start = -1;
      for (int c = 0; c < header.getLastCellNum(); c++) {
        if (header.getCell(c).getStringCellValue().equals("period.start")) {
          start = c;
        }
      }
      var style = book.createCellStyle();
      style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        var cell = sheet.getRow(r).getCell(start);
        if (cell != null && !cell.getStringCellValue().isEmpty()) {
          java.time.LocalDate day = java.time.LocalDate.parse(cell.getStringCellValue());
          cell.setBlank();
          cell.setCellValue(day);
          cell.setCellStyle(style);
        }
      }
      book.write(out);
    }
    assertEquals(
        List.of(profile), TABLES.read(retyped).stream().map(ProfileRecord::profile).toList());
  }

  @Test
  void somethingThatIsNoTablesSaysSo() throws IOException {
    Path text = Files.writeString(dir.resolve("export.xlsx"), "not a workbook");
    TableException e = assertThrows(TableException.class, () -> TABLES.read(text));
    assertEquals("tabular.file", e.code());
    assertTrue(e.getMessage().contains("cannot be read as an Excel workbook"), e.getMessage());
  }

  @Test
  void aZipBombIsRefusedAsOne() throws IOException {
    // 20 MB of blanks in 20 KB: POI's ratio check; 120 MB: more than POI allocates for a part.
    for (int megabytes : new int[] {20, 120}) {
      Path bomb = Files.write(dir.resolve("bomb.xlsx"), HostileFiles.workbookZipBomb(megabytes));
      TableException e = assertThrows(TableException.class, () -> TABLES.read(bomb));
      assertEquals(
          "tabular.too-large",
          e.problems().get(0).message().key(),
          megabytes + " MB: " + e.getMessage());
    }
  }
}
