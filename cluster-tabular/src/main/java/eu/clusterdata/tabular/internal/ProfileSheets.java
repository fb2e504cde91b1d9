package eu.clusterdata.tabular.internal;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.tabular.internal.Layout.Cell;
import eu.clusterdata.tabular.internal.Layout.Child;
import eu.clusterdata.tabular.internal.Layout.Json;
import eu.clusterdata.tabular.internal.Layout.Nested;
import eu.clusterdata.tabular.internal.Layout.Sheet;
import eu.clusterdata.tabular.internal.Layout.Slot;
import eu.clusterdata.tabular.internal.Layout.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Profiles as the sheets of the {@link Layout}: filled one profile at a time, then laid out with
 * their headers: the {@code clusters} sheet and the sheets the profiles use, or every sheet of the
 * layout for a template; a text has a column for English and German and for every other language
 * used.
 */
final class ProfileSheets {

  /** Languages that always have a column, so that an empty layout shows how texts are given. */
  private static final List<String> LANGUAGES = List.of("de", "en");

  private final Layout layout = Layout.get();
  private final Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
  private final Map<String, TreeSet<String>> languages = new HashMap<>();

  ProfileSheets() {
    layout.sheets().keySet().forEach(name -> rows.put(name, new ArrayList<>()));
  }

  /** The rows of {@code sheet}, one of the layout's. */
  private List<Map<String, String>> rowsOf(String sheet) {
    return Objects.requireNonNull(rows.get(sheet), sheet);
  }

  void add(ClusterProfile profile) {
    Map<String, String> row = new HashMap<>();
    String cluster = profile.organisation().id().value();
    fill(layout.root(), layout.root().slots(), profile, row, cluster, List.of());
    rowsOf(Layout.CLUSTERS).add(row);
  }

  private void fill(
      Sheet sheet,
      List<Slot> slots,
      Object value,
      Map<String, String> row,
      String cluster,
      List<Integer> numbers) {
    for (Slot slot : slots) {
      Object part = slot.component().get(value);
      if (part == null || slot.component().isEmptyValue(part)) {
        continue;
      }
      if (slot instanceof Cell cell) {
        row.put(
            cell.column(),
            part instanceof Collection<?> values ? Cells.formatAll(values) : Cells.format(part));
      } else if (slot instanceof Text text) {
        Map<String, String> values = ((MultilingualText) part).values();
        values.forEach((language, words) -> row.put(text.column() + "@" + language, words));
        languages
            .computeIfAbsent(sheet.name() + " " + text.column(), k -> new TreeSet<>())
            .addAll(values.keySet());
      } else if (slot instanceof Json json) {
        row.put(json.column(), Cells.json((Extensions) part));
      } else if (slot instanceof Nested nested) {
        fill(sheet, nested.slots(), part, row, cluster, numbers);
      } else if (slot instanceof Child child) {
        addChildren(child.sheet(), (Collection<?>) part, cluster, numbers);
      }
    }
  }

  private void addChildren(
      Sheet sheet, Collection<?> elements, String cluster, List<Integer> numbers) {
    int n = 0;
    for (Object element : elements) {
      n++;
      Map<String, String> row = new HashMap<>();
      row.put(Layout.CLUSTER, cluster);
      for (int i = 0; i < sheet.parents().size(); i++) {
        row.put(sheet.parents().get(i) + Layout.NUMBER, Integer.toString(numbers.get(i)));
      }
      if (sheet.numbered()) {
        row.put(Layout.NUMBER, Integer.toString(n));
      }
      List<Integer> elementNumbers = new ArrayList<>(numbers);
      elementNumbers.add(n);
      fill(sheet, sheet.slots(), element, row, cluster, elementNumbers);
      rowsOf(sheet.name()).add(row);
    }
  }

  /** Returns every sheet of the layout, each with its header and rows, in the layout's order. */
  List<SheetData> sheets() {
    return sheets(true);
  }

  /**
   * Returns the sheets in the layout's order, each with its header and rows: the {@code clusters}
   * sheet and those the profiles have rows for, or with {@code everySheet} every one (a template
   * that shows every field there is).
   */
  List<SheetData> sheets(boolean everySheet) {
    List<SheetData> sheets = new ArrayList<>();
    for (Sheet sheet : layout.sheets().values()) {
      if (!everySheet && sheet != layout.root() && rowsOf(sheet.name()).isEmpty()) {
        continue;
      }
      List<String> header = new ArrayList<>(sheet.keyColumns());
      header.addAll(columns(sheet, sheet.slots()));
      SheetData data = new SheetData(sheet.name(), header);
      int number = 1;
      for (Map<String, String> row : rowsOf(sheet.name())) {
        number++;
        data.add(number, header.stream().map(c -> row.getOrDefault(c, "")).toList());
      }
      sheets.add(data);
    }
    return sheets;
  }

  private List<String> columns(Sheet sheet, List<Slot> slots) {
    List<String> columns = new ArrayList<>();
    Layout.columns(
        slots,
        slot -> {
          if (slot instanceof Cell cell) {
            columns.add(cell.column());
          } else if (slot instanceof Json json) {
            columns.add(json.column());
          } else {
            String text = ((Text) slot).column();
            TreeSet<String> used = new TreeSet<>(LANGUAGES);
            used.addAll(languages.getOrDefault(sheet.name() + " " + text, new TreeSet<>()));
            used.forEach(language -> columns.add(text + "@" + language));
          }
        });
    return columns;
  }
}
