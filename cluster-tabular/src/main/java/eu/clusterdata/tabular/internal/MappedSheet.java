package eu.clusterdata.tabular.internal;

import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.tabular.ColumnMapping;
import eu.clusterdata.tabular.MappedRow;
import eu.clusterdata.tabular.TableException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * A sheet someone else made, read through a {@link ColumnMapping}: each row's cluster fields, and
 * the record its other cells and the mapping's constants make, built as a row of the layout's
 * {@code into} sheet would be.
 */
public final class MappedSheet {

  private MappedSheet() {}

  /** Reads a workbook's sheet ({@code .xlsx}) or a CSV file through {@code mapping}. */
  public static List<MappedRow> read(InputStream in, String fileName, ColumnMapping mapping)
      throws IOException {
    SheetData sheet;
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      List<SheetData> sheets = Workbooks.read(in);
      sheet =
          sheets.stream()
              .filter(s -> mapping.sheet() == null || s.name.equals(mapping.sheet()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new TableException(
                          "tabular.structure",
                          List.of(
                              new Problem(
                                  "tabular.structure",
                                  fileName,
                                  0,
                                  0,
                                  Message.of(
                                      "tabular.mapping.no-sheet",
                                      String.valueOf(mapping.sheet()),
                                      String.join(
                                          ", ", sheets.stream().map(s -> s.name).toList())))),
                          null));
    } else {
      String name = fileName.substring(fileName.lastIndexOf('/') + 1).replaceFirst("\\.csv$", "");
      sheet = CsvFiles.read(name, in);
    }
    return rows(sheet, mapping);
  }

  private static List<MappedRow> rows(SheetData sheet, ColumnMapping mapping) {
    Layout.Sheet into = Mappings.target(mapping.into()).orElseThrow();
    List<String> fields = new ArrayList<>();
    for (String column : sheet.header) {
      fields.add(field(column, mapping));
    }
    List<String> unused = new ArrayList<>(mapping.columns().keySet());
    sheet.header.forEach(h -> unused.removeIf(c -> c.strip().equalsIgnoreCase(h)));
    if (!unused.isEmpty()) {
      throw new TableException(
          "tabular.structure",
          List.of(
              new Problem(
                  "tabular.structure",
                  sheet.name,
                  1,
                  0,
                  Message.of(
                      "tabular.mapping.missing-columns",
                      String.join(", ", unused),
                      String.join(", ", sheet.header)))),
          null);
    }
    List<String> header = new ArrayList<>();
    for (String field : fields) {
      header.add(field == null || Mappings.CLUSTER_FIELDS.contains(field) ? "" : field);
    }
    List<String> constants = new ArrayList<>(mapping.constants().keySet());
    constants.removeIf(Mappings.CLUSTER_FIELDS::contains);
    header.addAll(constants);
    SheetData records = new SheetData(sheet.name, header);
    List<Map<String, String>> clusters = new ArrayList<>();
    List<List<Problem>> problems = new ArrayList<>();
    for (int r = 0; r < sheet.rows.size(); r++) {
      List<String> cells = new ArrayList<>();
      Map<String, String> cluster = new HashMap<>();
      List<Problem> rowProblems = new ArrayList<>();
      mapping
          .constants()
          .forEach(
              (field, value) -> {
                if (Mappings.CLUSTER_FIELDS.contains(field)) {
                  cluster.put(field.substring("cluster.".length()), value);
                }
              });
      List<String> row = sheet.rows.get(r);
      for (int c = 0; c < header.size() - constants.size(); c++) {
        String field = fields.get(c);
        String text = c < row.size() ? row.get(c) : "";
        if (field == null) {
          cells.add("");
          continue;
        }
        text = translate(field, text, mapping, sheet, r, c, rowProblems);
        if (Mappings.CLUSTER_FIELDS.contains(field)) {
          cluster.put(
              field.substring("cluster.".length()),
              field.equals("cluster.country") && !text.isBlank()
                  ? Countries.code(text)
                  : text.strip());
          cells.add("");
        } else {
          cells.add(text);
        }
      }
      constants.forEach(field -> cells.add(mapping.constants().get(field)));
      records.rows.add(cells);
      records.rowNumbers.add(sheet.rowNumbers.get(r));
      clusters.add(cluster);
      problems.add(rowProblems);
    }
    List<MappedRow> mapped = new ArrayList<>();
    for (int r = 0; r < records.rows.size(); r++) {
      List<Problem> rowProblems = problems.get(r);
      Object record =
          rowProblems.isEmpty() ? ProfileAssembly.record(into, records, r, rowProblems) : null;
      mapped.add(
          new MappedRow(
              records.rowNumbers.get(r),
              clusters.get(r),
              rowProblems.isEmpty() ? record : null,
              rowProblems));
    }
    return mapped;
  }

  /** The field a column fills, or {@code null}; headers compare without case or outer spaces. */
  private static @Nullable String field(String column, ColumnMapping mapping) {
    for (Map.Entry<String, String> entry : mapping.columns().entrySet()) {
      if (entry.getKey().strip().equalsIgnoreCase(column.strip())) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static String translate(
      String field,
      String text,
      ColumnMapping mapping,
      SheetData sheet,
      int r,
      int c,
      List<Problem> problems) {
    Map<String, String> values = mapping.values().get(field);
    if (values != null && !text.isBlank()) {
      for (Map.Entry<String, String> value : values.entrySet()) {
        if (value.getKey().strip().equalsIgnoreCase(text.strip())) {
          return value.getValue();
        }
      }
    }
    String pattern = mapping.formats().get(field);
    if (pattern != null && !text.isBlank()) {
      try {
        return LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern(pattern)).toString();
      } catch (DateTimeParseException e) {
        try {
          return LocalDate.parse(text.strip()).toString(); // a cell typed as a date
        } catch (DateTimeParseException notIso) {
          int row = sheet.rowNumbers.get(r);
          problems.add(
              new Problem(
                  "tabular.cell",
                  sheet.name + "!" + CellReference.convertNumToColString(c) + row,
                  row,
                  c + 1,
                  Message.of(
                      "tabular.cell",
                      sheet.header.get(c),
                      Message.of("tabular.mapping.date", text, pattern))));
        }
      }
    }
    return text;
  }
}
