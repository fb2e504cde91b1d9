package eu.clusterdata.tabular;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.tabular.internal.MappedSheet;
import eu.clusterdata.tabular.internal.Mappings;
import eu.clusterdata.tabular.internal.TableOptions;
import eu.clusterdata.tabular.internal.Tables;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Profiles as tables: an Excel workbook, or CSV files in a zip archive or a folder, with one sheet
 * per kind of row; or one CSV file, the clusters sheet alone. Writing and reading again gives the
 * same profiles.
 *
 * <p>The {@code clusters} sheet has one row per profile; every list of the model (actors,
 * memberships, member counts, services, labels, projects, a project's funding...) has a sheet of
 * its own, named by its path ({@code actors}, {@code projects.funding}; the organisation's lists by
 * their own name, {@code labels}), whose rows name their cluster's organisation id in the column
 * {@code cluster}. Columns are the model's field names, nested ones with a prefix ({@code
 * location.region}); a multilingual text has one column per language ({@code name@de}, {@code
 * name@en}); a set of codes is one cell, values separated by {@code |}. docs/tabular-format.md
 * describes every sheet.
 *
 * <p>For people, {@link Builder#titles} writes the sheets' and columns' titles in English or German
 * instead ({@code Akteure}, {@code Name (deutsch)}); a workbook then also has a sheet that explains
 * every column and drop-down lists on coded columns. Reading takes names or titles, in either
 * language, and CSV files as Excel set to German writes them (semicolons, decimal commas,
 * Windows-1252).
 *
 * <pre>{@code
 * ClusterTables tables = ClusterTables.create();
 * tables.write(profiles, Path.of("export.xlsx"));
 * for (ProfileRecord record : tables.read(Path.of("export.xlsx"))) {
 *   if (record.isRead()) { use(record.profile()); } else { report(record.error()); }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. A workbook's sheets are read row by row from their XML and written
 * through POI's streaming writer; the rows are held as text while the profiles are assembled and
 * until they are written (docs/performance.md has the figures for 100,000 rows).
 */
public final class ClusterTables {

  private final boolean publicExport;
  private final TableOptions options;

  private ClusterTables(Builder builder) {
    this.publicExport = builder.publicExport;
    this.options = new TableOptions(builder.separator, builder.titles, builder.everySheet);
  }

  /** Returns tables that write every field, CSV files with commas. */
  public static ClusterTables create() {
    return builder().build();
  }

  /** Returns a builder of tables with other settings. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the profiles to {@code out} as a workbook ({@link ProfileFormat#XLSX}) or a zip archive
   * of CSV files ({@link ProfileFormat#CSV_ZIP}); {@code out} stays open.
   *
   * @throws IllegalArgumentException if {@code format} is not one of those
   */
  public void write(Iterable<ClusterProfile> profiles, OutputStream out, ProfileFormat format)
      throws IOException {
    Objects.requireNonNull(out, "out");
    Tables.write(published(profiles), out, Tables.requireTables(format), options);
  }

  /**
   * Writes the profiles to {@code target}: a workbook if its name ends in {@code .xlsx}, a zip
   * archive of CSV files if in {@code .zip}, otherwise a folder of CSV files. The file appears
   * whole or not at all (it is written beside and moved into place); a folder's files are written
   * one by one.
   */
  public void write(Iterable<ClusterProfile> profiles, Path target) throws IOException {
    ProfileFormat format = tableFormat(target);
    if (format == null) {
      Tables.writeFolder(published(profiles), target, options);
      return;
    }
    Path absolute = target.toAbsolutePath();
    Path temporary =
        Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        Tables.write(published(profiles), out, format, options);
      }
      Files.move(
          temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** The table format a file name tells, or {@code null} for a folder (or a name that does not). */
  private static @Nullable ProfileFormat tableFormat(Path path) {
    if (Files.isDirectory(path) || path.getFileName() == null) {
      return null;
    }
    return ProfileFormat.forFileName(path.getFileName().toString())
        .filter(ProfileFormat::isTabular)
        .orElse(null);
  }

  /**
   * Reads the profiles of a workbook ({@code .xlsx}), a zip archive of CSV files ({@code .zip}) or
   * a folder of CSV files: one record per row of the {@code clusters} sheet, numbered from 1, its
   * line the row's number.
   *
   * @throws TableException if the input cannot be read as tables of profiles at all; a profile with
   *     wrong cells is a {@link ProfileRecord} with its error (every wrong cell, with sheet, row
   *     and column), and the others are read
   */
  public List<ProfileRecord> read(Path source) {
    ProfileFormat format = tableFormat(source);
    if (format == null && !Files.isDirectory(source)) {
      throw fileError(source.toString(), Message.of("tabular.not-tables"), null);
    }
    try {
      if (format == null) {
        return Tables.readFolder(source);
      }
      try (InputStream in = Files.newInputStream(source)) {
        return Tables.read(in, format);
      }
    } catch (IOException | RuntimeException e) {
      throw translate(source.toString(), format, e);
    }
  }

  /**
   * Reads the profiles of a workbook or zip archive from {@code in}.
   *
   * @throws TableException as {@link #read(Path)} does
   * @throws IllegalArgumentException if {@code format} is not XLSX or CSV_ZIP
   */
  public List<ProfileRecord> read(InputStream in, ProfileFormat format) {
    Objects.requireNonNull(in, "in");
    Tables.requireTables(format);
    try {
      return Tables.read(in, format);
    } catch (IOException | RuntimeException e) {
      throw translate("input", format, e);
    }
  }

  /**
   * Reads a sheet someone else made, a workbook's sheet ({@code .xlsx}) or a CSV file ({@code
   * .csv}), through a column mapping: one {@link MappedRow} per row, with its cluster fields and
   * the record it makes or its wrong cells. Merge them into profiles with {@link ProfileMerge}.
   *
   * @throws TableException if the file cannot be read, or lacks a column the mapping names
   */
  public List<MappedRow> read(Path sheet, ColumnMapping mapping) {
    Mappings.require(Objects.requireNonNull(mapping, "mapping"), "mapping");
    String name = sheet.getFileName() == null ? sheet.toString() : sheet.getFileName().toString();
    ProfileFormat format =
        name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? ProfileFormat.XLSX : null;
    try (InputStream in = Files.newInputStream(sheet)) {
      return MappedSheet.read(in, name, mapping);
    } catch (IOException | RuntimeException e) {
      throw translate(sheet.toString(), format, e);
    }
  }

  /**
   * Returns the layout: every sheet, {@code clusters} first, with its columns in order as they are
   * written for texts in German and English (a text in another language adds a column {@code
   * name@fr}).
   */
  public static Map<String, List<String>> layout() {
    return Tables.layout();
  }

  private Iterable<ClusterProfile> published(Iterable<ClusterProfile> profiles) {
    if (!publicExport) {
      return profiles;
    }
    List<ClusterProfile> copies = new ArrayList<>();
    profiles.forEach(p -> copies.add(p.withoutPersonalData()));
    return copies;
  }

  private static TableException translate(
      String source, @Nullable ProfileFormat format, Exception e) {
    if (e instanceof TableException table) {
      return table;
    }
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    Message why =
        cause instanceof CharacterCodingException
            ? Message.of("tabular.not-utf8")
            : unpacksTooMuch(cause)
                ? Message.of("tabular.too-large")
                : Message.of(
                    format == ProfileFormat.XLSX ? "tabular.not-xlsx" : "tabular.not-csv",
                    String.valueOf(cause == null ? null : cause.getMessage()));
    return fileError(source, why, e);
  }

  /**
   * Whether Apache POI refused a workbook for what it unpacks to: a part larger than it allocates
   * (100 MB), or a part that inflates more than a hundredfold (its zip bomb check, which says so
   * only in its message).
   */
  private static boolean unpacksTooMuch(@Nullable Throwable cause) {
    return cause instanceof org.apache.poi.util.RecordFormatException
        || (cause instanceof java.io.IOException
            && String.valueOf(cause.getMessage()).startsWith("Zip bomb detected"));
  }

  private static TableException fileError(String source, Message why, @Nullable Throwable cause) {
    return new TableException(
        "tabular.file", List.of(new Problem("tabular.file", source, 0, 0, why)), cause);
  }

  /** Builds {@link ClusterTables}; not thread-safe. */
  public static final class Builder {
    private boolean publicExport;
    private char separator = ',';
    private @Nullable Locale titles;
    private boolean everySheet;

    private Builder() {}

    /**
     * Whether to leave out the contacts marked as personal data of natural persons when writing,
     * for a public export; {@code false} by default.
     */
    public Builder publicExport(boolean publicExport) {
      this.publicExport = publicExport;
      return this;
    }

    /**
     * The separator of the cells of CSV files written: {@code ','} (RFC 4180, the default) or
     * {@code ';'}, which Excel set to German expects. Readers tell it from the header line.
     */
    public Builder csvSeparator(char separator) {
      if (separator != ',' && separator != ';') {
        throw new IllegalArgumentException(
            "a CSV separator is ',' or ';', not '" + separator + "'");
      }
      this.separator = separator;
      return this;
    }

    /**
     * Writes the sheets' and columns' titles for people in {@code language}, English or German
     * ({@code Akteure}, {@code Name (deutsch)}), rather than the layout's names and field paths
     * ({@code actors}, {@code name@de}); {@code null}, the default, for the names. Reading takes
     * either, in either language.
     */
    public Builder titles(@Nullable Locale language) {
      this.titles = language;
      return this;
    }

    /**
     * Whether to write every sheet of the layout, even those the profiles leave empty, as a
     * template that shows every field there is; by default, {@code false}, the {@code clusters}
     * sheet and the sheets the profiles have rows for.
     */
    public Builder everySheet(boolean everySheet) {
      this.everySheet = everySheet;
      return this;
    }

    public ClusterTables build() {
      return new ClusterTables(this);
    }
  }
}
