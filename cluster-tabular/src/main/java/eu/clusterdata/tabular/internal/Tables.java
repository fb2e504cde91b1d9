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
import java.util.Locale;
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

  /**
   * Writes the profiles as the layout's sheets; a workbook with the sheet that explains the columns
   * and drop-down lists on its coded columns.
   */
  public static void write(
      Iterable<ClusterProfile> profiles,
      OutputStream out,
      ProfileFormat format,
      TableOptions options)
      throws IOException {
    requireTables(format);
    ProfileSheets sheets = new ProfileSheets();
    profiles.forEach(p -> sheets.add(FormatRequirements.require(p, format)));
    List<SheetData> data = sheets.sheets(options.everySheet());
    if (format == ProfileFormat.XLSX) {
      Titles titles = Titles.of(options.titles() == null ? Locale.ENGLISH : options.titles());
      WorkbookGuide guide = new WorkbookGuide(data, titles);
      Workbooks.write(titled(data, options), guide, out);
    } else if (format == ProfileFormat.CSV) {
      // the profiles have no rows elsewhere: FormatRequirements refused those that would
      CsvFiles.write(titled(data, options).get(0), out, options.separator());
    } else {
      CsvFiles.writeZip(titled(data, options), out, options.separator());
    }
  }

  /** The sheets with titles instead of names, if the options ask for them. */
  private static List<SheetData> titled(List<SheetData> sheets, TableOptions options) {
    Locale language = options.titles();
    if (language == null) {
      return sheets;
    }
    Titles titles = Titles.of(language);
    return sheets.stream().map(titles::titled).toList();
  }

  /**
   * Returns {@code format} if it is a form of tables.
   *
   * @throws IllegalArgumentException naming the format if it is not
   */
  public static ProfileFormat requireTables(ProfileFormat format) {
    if (!format.isTabular()) {
      throw new IllegalArgumentException(
          "the tables module reads and writes Excel workbooks, zips of CSV files and CSV files,"
              + " not "
              + format.title());
    }
    return format;
  }

  /** Writes the profiles into {@code folder}, one CSV file per sheet. */
  public static void writeFolder(
      Iterable<ClusterProfile> profiles, Path folder, TableOptions options) throws IOException {
    ProfileSheets sheets = new ProfileSheets();
    profiles.forEach(sheets::add);
    Files.createDirectories(folder);
    for (SheetData sheet : titled(sheets.sheets(options.everySheet()), options)) {
      try (OutputStream out = Files.newOutputStream(folder.resolve(sheet.name + ".csv"))) {
        CsvFiles.write(sheet, out, options.separator());
      }
    }
  }

  /** Reads the profiles of a workbook or archive. */
  public static List<ProfileRecord> read(InputStream in, ProfileFormat format) throws IOException {
    return ProfileAssembly.read(
        switch (requireTables(format)) {
          case XLSX -> Workbooks.read(in);
          case CSV -> List.of(CsvFiles.read(Layout.CLUSTERS, in));
          default -> CsvFiles.readZip(in);
        });
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
