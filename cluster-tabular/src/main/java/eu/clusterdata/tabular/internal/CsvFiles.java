package eu.clusterdata.tabular.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Sheets as CSV files (RFC 4180, UTF-8, through Commons CSV), one per sheet, named {@code
 * sheet.csv}: in a zip archive or a folder. Files are written with a byte-order mark, so that
 * spreadsheet programs read the umlauts right; one is accepted on reading, not required. Cells are
 * separated by commas, or by semicolons for Excel set to German; a reader tells which from the
 * header.
 *
 * <p>A cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * would be run as a formula by a spreadsheet program that opens the file; it is written with an
 * apostrophe before it, as spreadsheet programs themselves mark text, and the apostrophe is taken
 * off again on reading (a cell that begins with an apostrophe gets a second one), so that nothing
 * changes on the way there and back.
 */
final class CsvFiles {

  /** The most one CSV entry of an archive may hold when unpacked: a guard against zip bombs. */
  static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private CsvFiles() {}

  /** Writes one sheet as CSV, cells separated by {@code separator}. */
  static void write(SheetData sheet, OutputStream out, char separator) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, format(separator));
    printer.printRecord(sheet.header);
    for (List<String> row : sheet.rows) {
      printer.printRecord(row.stream().map(CsvFiles::guard).toList());
    }
    printer.flush();
  }

  private static CSVFormat format(char separator) {
    return FORMAT.builder().setDelimiter(separator).get();
  }

  /** The cell as written: an apostrophe before one a spreadsheet would run, or that has one. */
  static String guard(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
            || first == '\''
        ? "'" + cell
        : cell;
  }

  /** The cell as it was before {@link #guard}. */
  static String unguard(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  /** Writes the sheets as a zip archive of CSV files, with fixed entry times. */
  static void writeZip(List<SheetData> sheets, OutputStream out, char separator)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    for (SheetData sheet : sheets) {
      ZipEntry entry = new ZipEntry(sheet.name + ".csv");
      entry.setTimeLocal(ENTRY_TIME);
      zip.putNextEntry(entry);
      write(sheet, zip, separator);
      zip.closeEntry();
    }
    zip.finish();
  }

  /**
   * Reads the CSV entries of a zip archive; folders and the {@code __MACOSX} entries some archivers
   * add are passed over.
   *
   * @throws NotASheet for an entry that is not a CSV file
   */
  static List<SheetData> readZip(InputStream in) throws IOException {
    List<SheetData> sheets = new ArrayList<>();
    ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
    ZipEntry entry;
    while ((entry = zip.getNextEntry()) != null) {
      String path = entry.getName();
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (entry.isDirectory() || path.startsWith("__MACOSX/") || name.startsWith(".")) {
        continue;
      }
      if (!name.endsWith(".csv")) {
        throw new NotASheet(path);
      }
      byte[] bytes = zip.readNBytes((int) Math.min(MAX_ENTRY_BYTES + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > MAX_ENTRY_BYTES) {
        throw new IOException(path + " unpacks to more than " + MAX_ENTRY_BYTES + " bytes");
      }
      sheets.add(read(name.substring(0, name.length() - 4), new ByteArrayInputStream(bytes)));
    }
    return sheets;
  }

  /** An archive entry that is no CSV file. */
  static final class NotASheet extends IOException {
    private static final long serialVersionUID = 1L;
    final String entry;

    NotASheet(String entry) {
      super(entry);
      this.entry = entry;
    }
  }

  /**
   * Reads one CSV file as the sheet {@code name}: UTF-8, with or without a byte-order mark, or else
   * Windows-1252, as Excel writes "CSV (semicolon separated)" on a German system; cells separated
   * by commas, or by semicolons, which also allows decimal commas. What was assumed is noted on the
   * sheet ({@link SheetData#readAs}).
   */
  static SheetData read(String name, InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    int start = 0;
    String text;
    String encoding = "UTF-8";
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      start = 3;
    }
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      text = new String(bytes, WINDOWS_1252);
      encoding = "Windows-1252";
    }
    char separator = separator(text);
    try (CSVParser parser = CSVParser.parse(text, format(separator))) {
      SheetData data = null;
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>();
        record.forEach(cell -> cells.add(unguard(cell)));
        if (data == null) {
          data = new SheetData(name, cells);
        } else {
          data.add((int) record.getRecordNumber(), cells);
        }
      }
      SheetData sheet = data == null ? new SheetData(name, List.of()) : data;
      sheet.decimalComma = separator == ';';
      sheet.encoding = encoding;
      sheet.readAs =
          separator == ';'
              ? "tabular.read-as"
              : encoding.equals("UTF-8") ? null : "tabular.read-as.encoding";
      return sheet;
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new IOException(name + ".csv: " + e.getMessage(), e);
    }
  }

  private static final java.nio.charset.Charset WINDOWS_1252 =
      java.nio.charset.Charset.forName("windows-1252");

  /** The separator of the header line: a semicolon if it has more of them than commas. */
  private static char separator(String text) {
    int commas = 0;
    int semicolons = 0;
    for (int i = 0; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
      if (text.charAt(i) == ',') {
        commas++;
      } else if (text.charAt(i) == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }
}
