package eu.clusterdata.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Rows printed as an aligned table, as CSV (RFC 4180, through Commons CSV; with semicolons and a
 * byte-order mark for Excel set to German on request) or as a JSON array of objects, in which
 * numbers stay numbers. A CSV cell that a spreadsheet would run as a formula (one beginning with
 * {@code =}, {@code +}, {@code -} or {@code @}) gets an apostrophe before it.
 */
final class Table {

  private final List<String> columns;
  private final List<List<Object>> rows = new ArrayList<>();

  Table(String... columns) {
    this.columns = List.of(columns);
  }

  /** Adds a row; {@code null} is an empty cell, numbers are numbers in JSON. */
  void add(@Nullable Object... values) {
    List<Object> row = new ArrayList<>();
    for (Object value : values) {
      row.add(value instanceof Number || value == null ? value : value.toString());
    }
    rows.add(row);
  }

  int size() {
    return rows.size();
  }

  /**
   * Prints in {@code form}: {@code table}, {@code csv} or {@code json} (see TableOutputOption); a
   * table for people has its headings in the language of {@code words}.
   */
  void print(String form, PrintStream out, Words words) {
    switch (form) {
      case "table" -> printTable(out, words);
      case "csv" -> printCsv(out, ',', false);
      case "json" -> printJson(out);
      default -> throw new IllegalArgumentException("no such form: " + form);
    }
    out.flush();
  }

  /** Prints CSV with semicolons and a byte-order mark, as Excel set to German reads it. */
  void printGermanCsv(PrintStream out) {
    printCsv(out, ';', true);
    out.flush();
  }

  private List<String> texts(List<Object> row) {
    return row.stream().map(v -> v == null ? "" : v.toString()).toList();
  }

  private void printTable(PrintStream out, Words words) {
    List<String> headings = columns.stream().map(words::header).toList();
    List<List<String>> cells = new ArrayList<>();
    for (List<Object> row : rows) {
      List<String> texts = texts(row);
      List<String> shown = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        shown.add(words.cell(columns.get(i), texts.get(i)));
      }
      cells.add(shown);
    }
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headings.get(i).length();
      for (List<String> row : cells) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    printRow(out, headings, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    printRow(out, rule, widths);
    cells.forEach(row -> printRow(out, row, widths));
  }

  private static void printRow(PrintStream out, List<String> row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i);
      line.append(cell);
      if (i < row.size() - 1) {
        line.append(" ".repeat(widths[i] - cell.length() + 2));
      }
    }
    out.println(line.toString().stripTrailing());
  }

  private void printCsv(PrintStream out, char separator, boolean byteOrderMark) {
    StringBuilder text = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
    try (CSVPrinter csv =
        new CSVPrinter(
            text,
            CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n").get())) {
      csv.printRecord(columns);
      for (List<Object> row : rows) {
        csv.printRecord(texts(row).stream().map(Table::guard).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.print(text);
  }

  /** A cell a spreadsheet would run as a formula, marked as text. */
  private static String guard(String cell) {
    return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /** The rows as objects keyed by column, as the JSON form prints them. */
  List<Map<String, Object>> objects() {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (List<Object> row : rows) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        object.put(columns.get(i), row.get(i) == null ? "" : row.get(i));
      }
      objects.add(object);
    }
    return objects;
  }

  private void printJson(PrintStream out) {
    try {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(objects()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
