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
