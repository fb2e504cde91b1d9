package eu.clusterdata.tabular.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one sheet as text: its header and its rows, each row with its number in the file
 * (the header is row 1). Blank cells are empty strings; rows with nothing in them are left out.
 */
final class SheetData {

  final String name;
  final List<String> header;
  final List<List<String>> rows = new ArrayList<>();
  final List<Integer> rowNumbers = new ArrayList<>();

  /** Whether numbers may have a decimal comma: a CSV file separated by semicolons. */
  boolean decimalComma;

  /** What was assumed to read it, when not the layout's own form: a {@code tabular.read-as} key. */
  @Nullable String readAs;

  /** The encoding it was read in, for the note of {@link #readAs}. */
  String encoding = "UTF-8";

  SheetData(String name, List<String> header) {
    this.name = name;
    this.header = header.stream().map(String::strip).toList();
  }

  void add(int rowNumber, List<String> cells) {
    if (cells.stream().allMatch(String::isBlank)) {
      return;
    }
    List<String> row = new ArrayList<>(cells);
    while (row.size() < header.size()) {
      row.add("");
    }
    rows.add(row);
    rowNumbers.add(rowNumber);
  }
}
