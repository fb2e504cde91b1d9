package eu.clusterdata.tabular;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The forms a set of profile tables takes: one workbook, or one CSV file per sheet. */
public enum TableFormat {
  /** An Excel workbook (Office Open XML), one sheet per kind of row. */
  XLSX,
  /** A zip archive with one CSV file per sheet, named after it ({@code actors.csv}). */
  CSV_ZIP,
  /** A folder with one CSV file per sheet, named after it ({@code actors.csv}). */
  CSV_DIRECTORY;

  /**
   * Returns the format of {@code path}: a folder is {@link #CSV_DIRECTORY}, a name ending in {@code
   * .xlsx} is {@link #XLSX}, one ending in {@code .zip} is {@link #CSV_ZIP}.
   */
  public static Optional<TableFormat> of(Path path) {
    if (Files.isDirectory(path)) {
      return Optional.of(CSV_DIRECTORY);
    }
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsx")) {
      return Optional.of(XLSX);
    } else if (lower.endsWith(".zip")) {
      return Optional.of(CSV_ZIP);
    }
    return Optional.empty();
  }
}
