package eu.clusterdata.tabular.internal;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.FormatRequirements;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The module's work behind {@link eu.clusterdata.tabular.ClusterTables}. */
public final class Tables {

  private Tables() {}

  /** Every sheet with its columns, for profiles with texts in German and English. */
  public static Map<String, List<String>> layout() {
    Map<String, List<String>> layout = new LinkedHashMap<>();
    new ProfileSheets().sheets().forEach(sheet -> layout.put(sheet.name, sheet.header));
    return Collections.unmodifiableMap(layout);
  }

  /** Writes the profiles as the layout's sheets. */
  public static void write(
      Iterable<ClusterProfile> profiles, OutputStream out, ProfileFormat format, char separator)
      throws IOException {
    requireTables(format);
    ProfileSheets sheets = new ProfileSheets();
    profiles.forEach(p -> sheets.add(FormatRequirements.require(p, format)));
    if (format == ProfileFormat.XLSX) {
      Workbooks.write(sheets.sheets(), out);
    } else {
      CsvFiles.writeZip(sheets.sheets(), out, separator);
    }
  }

  /**
   * Returns {@code format} if it is a form of tables.
   *
   * @throws IllegalArgumentException naming the format if it is not
   */
  public static ProfileFormat requireTables(ProfileFormat format) {
    if (!format.isTabular()) {
      throw new IllegalArgumentException(
          "the tables module reads and writes Excel workbooks and zips of CSV files, not "
              + format.title());
    }
    return format;
  }

  /** Writes the profiles into {@code folder}, one CSV file per sheet. */
  public static void writeFolder(Iterable<ClusterProfile> profiles, Path folder, char separator)
      throws IOException {
    ProfileSheets sheets = new ProfileSheets();
    profiles.forEach(sheets::add);
    Files.createDirectories(folder);
    for (SheetData sheet : sheets.sheets()) {
      try (OutputStream out = Files.newOutputStream(folder.resolve(sheet.name + ".csv"))) {
        CsvFiles.write(sheet, out, separator);
      }
    }
  }

  /** Reads the profiles of a workbook or archive. */
  public static List<ProfileRecord> read(InputStream in, ProfileFormat format) throws IOException {
    return ProfileAssembly.read(
        requireTables(format) == ProfileFormat.XLSX ? Workbooks.read(in) : CsvFiles.readZip(in));
  }

  /** Reads the profiles of a folder of CSV files; files not ending in {@code .csv} are ignored. */
  public static List<ProfileRecord> readFolder(Path folder) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.csv")) {
      entries.forEach(files::add);
    }
    files.sort(null);
    List<SheetData> sheets = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      try (InputStream in = Files.newInputStream(file)) {
        sheets.add(CsvFiles.read(name.substring(0, name.length() - 4), in));
      }
    }
    return ProfileAssembly.read(sheets);
  }
}
