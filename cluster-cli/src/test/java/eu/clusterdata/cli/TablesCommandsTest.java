package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.json.ProfileReader;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A steward's round trip through a spreadsheet, and a wrong cell found by sheet, row and column.
 */
class TablesCommandsTest {

  @TempDir Path dir;

  @Test
  void jsonLinesToWorkbookAndBackGivesTheSameProfiles() throws Exception {
    List<ClusterProfile> profiles = SampleFiles.profiles(4);
    Path source = SampleFiles.jsonLines(dir, "in.jsonl", profiles);
    for (String name : List.of("export.xlsx", "export.zip")) {
      Path tables = dir.resolve(name);
      Cli out = Cli.run("convert", source.toString(), tables.toString());
      assertEquals(0, out.status(), out.toString());
      Path back = dir.resolve(name + ".jsonl");
      Cli in = Cli.run("convert", tables.toString(), back.toString());
      assertEquals(0, in.status(), in.toString());
      assertEquals(profiles, read(back), name);
      Cli validate = Cli.run("validate", tables.toString());
      assertEquals(0, validate.status(), validate.toString());
      assertTrue(validate.err().isEmpty(), "no logging noise: " + validate.err());
    }
  }

  @Test
  void aWrongCellIsReportedBySheetRowAndColumnAndTheOtherProfilesAreRead() throws Exception {
    List<ClusterProfile> profiles = SampleFiles.profiles(3);
    Path source = SampleFiles.jsonLines(dir, "in.jsonl", profiles);
    Path zip = dir.resolve("export.zip");
    assertEquals(0, Cli.run("convert", source.toString(), zip.toString()).status());
    Path broken = dir.resolve("broken.zip");
    String second = profiles.get(1).organisation().id().value();
    rewrite(
        zip,
        broken,
        "actors.csv",
        csv -> {
          // The first actor of the second cluster becomes a kind of actor that does not exist.
          String[] lines = csv.split("\r\n", -1);
          for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith(second + ",")) {
              lines[i] =
                  lines[i].replaceFirst(
                      ",(company|university|research-organisation|public-body|intermediary|investor|civil-society),",
                      ",compny,");
              break;
            }
          }
          return String.join("\r\n", lines);
        });
    Cli validate = Cli.run("validate", broken.toString());
    assertEquals(1, validate.status(), validate.toString());
    String report = validate.out() + validate.err();
    assertTrue(report.contains("record 2"), report);
    assertTrue(report.contains("type: \"compny\" is not a code of actor type"), report);
    assertTrue(report.matches("(?s).*at actors!E\\d+ .*"), report);

    Path converted = dir.resolve("good.jsonl");
    Cli skipping = Cli.run("convert", "--skip-bad", broken.toString(), converted.toString());
    assertEquals(1, skipping.status(), skipping.toString());
    assertEquals(List.of(profiles.get(0), profiles.get(2)), read(converted));
  }

  @Test
  void aFolderOfCsvFilesIsRead() throws Exception {
    List<ClusterProfile> profiles = SampleFiles.profiles(2);
    Path source = SampleFiles.jsonLines(dir, "in.jsonl", profiles);
    Path zip = dir.resolve("export.zip");
    assertEquals(0, Cli.run("convert", source.toString(), zip.toString()).status());
    Path folder = Files.createDirectory(dir.resolve("sheets"));
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        Files.write(folder.resolve(entry.getName()), in.readAllBytes());
      }
    }
    Path back = dir.resolve("back.jsonl");
    Cli in = Cli.run("convert", folder.toString(), back.toString());
    assertEquals(0, in.status(), in.toString());
    assertEquals(profiles, read(back));
  }

  /** A workbook is for people: titles in the language of --lang; reading takes them back. */
  @Test
  void aWorkbookHasTitlesInTheLanguageOfLang() throws Exception {
    List<ClusterProfile> profiles = SampleFiles.profiles(2);
    Path source = SampleFiles.jsonLines(dir, "in.jsonl", profiles);
    Path workbook = dir.resolve("export.xlsx");
    Cli out = Cli.run("convert", "--lang", "de", source.toString(), workbook.toString());
    assertEquals(0, out.status(), out.toString());
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(workbook))) {
      assertEquals("Cluster", book.getSheetName(0));
      assertEquals("Kennung", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
    }
    Path back = dir.resolve("back.jsonl");
    assertEquals(0, Cli.run("convert", workbook.toString(), back.toString()).status());
    assertEquals(profiles, read(back));

    Path fields = dir.resolve("fields.xlsx");
    Cli named = Cli.run("convert", "--headers", "fields", source.toString(), fields.toString());
    assertEquals(0, named.status(), named.toString());
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(fields))) {
      assertEquals("clusters", book.getSheetName(0));
    }
    Cli wrong =
        Cli.run(
            "convert", "--headers", "names", source.toString(), dir.resolve("x.xlsx").toString());
    assertEquals(2, wrong.status(), wrong.toString());
    assertTrue(
        wrong.err().contains("--headers: use titles or fields, not names"), wrong.toString());
  }

  /**
   * One CSV file is the clusters sheet: profiles with lists are refused with the hint where they
   * fit, and nothing is written; a plain one makes the trip.
   */
  @Test
  void oneCsvFileHoldsTheClustersSheetAndSaysWhereTheRestFits() throws Exception {
    List<ClusterProfile> profiles = SampleFiles.profiles(2);
    Path source = SampleFiles.jsonLines(dir, "in.jsonl", profiles);
    Path csv = dir.resolve("export.csv");
    Cli refused = Cli.run("convert", source.toString(), csv.toString());
    assertEquals(1, refused.status(), refused.toString());
    assertTrue(
        refused.err().contains("format.one-sheet: A CSV file holds only the clusters sheet"),
        refused.toString());
    assertTrue(refused.err().contains("write a workbook (.xlsx)"), refused.toString());
    assertTrue(!Files.exists(csv), "nothing written");

    List<ClusterProfile> plain =
        profiles.stream()
            .map(eu.clusterdata.model.testing.TestProfiles::clustersSheetOnly)
            .toList();
    Path plainSource = SampleFiles.jsonLines(dir, "plain.jsonl", plain);
    Cli written =
        Cli.run(
            "convert",
            "--semicolons",
            "--headers",
            "titles",
            "--lang",
            "de",
            plainSource.toString(),
            csv.toString());
    assertEquals(0, written.status(), written.toString());
    assertTrue(
        Files.readString(csv).startsWith("\uFEFFKennung;Name (deutsch)"), Files.readString(csv));
    Path back = dir.resolve("back.jsonl");
    Cli in = Cli.run("convert", csv.toString(), back.toString());
    assertEquals(0, in.status(), in.toString());
    assertEquals(plain, read(back));
    Cli validate = Cli.run("validate", "--lang", "de", csv.toString());
    assertTrue(
        validate
            .out()
            .contains("als CSV gelesen, wie Excel mit deutscher Einstellung sie schreibt"),
        validate.toString());
  }

  private static List<ClusterProfile> read(Path jsonLines) throws Exception {
    List<ClusterProfile> profiles = new ArrayList<>();
    try (InputStream in = Files.newInputStream(jsonLines);
        ProfileReader reader = ClusterJson.create().reader(in, ProfileFormat.JSON_LINES)) {
      reader.forEachRemaining(record -> profiles.add(record.profile()));
    }
    return profiles;
  }

  private static void rewrite(
      Path zip, Path target, String entryName, java.util.function.UnaryOperator<String> change)
      throws Exception {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals(entryName)) {
          bytes = change.apply(new String(bytes, "UTF-8")).getBytes("UTF-8");
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
  }
}
