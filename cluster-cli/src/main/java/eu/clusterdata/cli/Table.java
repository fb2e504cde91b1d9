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

/** Rows of text printed as an aligned table, as CSV (RFC 4180) or as a JSON array of objects. */
final class Table {

  private final List<String> columns;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... columns) {
    this.columns = List.of(columns);
  }

  void add(Object... values) {
    List<String> row = new ArrayList<>();
    for (Object value : values) {
      row.add(value == null ? "" : value.toString());
    }
    rows.add(row);
  }

  int size() {
    return rows.size();
  }

  /** Prints in {@code form}: {@code table}, {@code csv} or {@code json} (see TableOutputOption). */
  void print(String form, PrintStream out) {
    switch (form) {
      case "table" -> printTable(out);
      case "csv" -> printCsv(out);
      case "json" -> printJson(out);
      default -> throw new IllegalArgumentException("no such form: " + form);
    }
    out.flush();
  }

  private void printTable(PrintStream out) {
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = columns.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    printRow(out, columns, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    printRow(out, rule, widths);
    rows.forEach(row -> printRow(out, row, widths));
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

  private void printCsv(PrintStream out) {
    out.print(csvLine(columns));
    rows.forEach(row -> out.print(csvLine(row)));
  }

  private static String csvLine(List<String> row) {
    List<String> cells = new ArrayList<>();
    for (String cell : row) {
      boolean quote =
          cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
      cells.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
    }
    return String.join(",", cells) + "\r\n";
  }

  /** The rows as objects keyed by column, as the JSON form prints them. */
  List<Map<String, String>> objects() {
    List<Map<String, String>> objects = new ArrayList<>();
    for (List<String> row : rows) {
      Map<String, String> object = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        object.put(columns.get(i), row.get(i));
      }
      objects.add(object);
    }
    return objects;
  }

  private void printJson(PrintStream out) {
    List<Map<String, String>> objects = objects();
    try {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(objects));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
