package eu.clusterdata.tabular.internal;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.description.Cardinality;
import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.format.RecordLocation;
import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.tabular.TableException;
import eu.clusterdata.tabular.internal.Layout.Cell;
import eu.clusterdata.tabular.internal.Layout.Child;
import eu.clusterdata.tabular.internal.Layout.Json;
import eu.clusterdata.tabular.internal.Layout.Nested;
import eu.clusterdata.tabular.internal.Layout.Sheet;
import eu.clusterdata.tabular.internal.Layout.Slot;
import eu.clusterdata.tabular.internal.Layout.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Sheets of the {@link Layout} read back into profiles. The structure is checked first, for the
 * whole input (sheets and columns the layout has, every row belonging to a cluster); then each row
 * of the {@code clusters} sheet becomes a profile with the rows of the other sheets that name it,
 * or a record of every cell that is wrong.
 */
final class ProfileAssembly {

  private final Layout layout = Layout.get();
  private final Map<String, Columns> columns = new LinkedHashMap<>();
  private final List<Problem> structure = new ArrayList<>();

  /** For each sheet, its rows by owner: cluster id, then the numbers of the parent rows. */
  private final Map<String, Map<List<String>, List<Integer>>> owned = new HashMap<>();

  /** For each sheet, whether each row was taken into a profile. */
  private final Map<String, boolean[]> taken = new HashMap<>();

  /** One sheet's data and where its columns are. */
  private record Columns(SheetData data, Sheet sheet, Map<String, Integer> index) {

    String cell(int row, String column) {
      Integer at = index.get(column);
      return at == null ? "" : data.rows.get(row).get(at);
    }
  }

  private ProfileAssembly() {}

  /**
   * Reads the profiles that {@code sheets} hold.
   *
   * @throws TableException if the sheets do not have the layout's structure
   */
  static List<ProfileRecord> read(List<SheetData> sheets) {
    return new ProfileAssembly().assemble(sheets);
  }

  /**
   * Builds the record of row {@code r} of {@code data}, whose header names fields of {@code sheet}
   * (blank for columns that are none), reporting every wrong cell to {@code problems}; returns
   * {@code null} when a cell is wrong.
   */
  static @Nullable Object record(Sheet sheet, SheetData data, int r, List<Problem> problems) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int c = 0; c < data.header.size(); c++) {
      if (!data.header.get(c).isBlank()) {
        index.putIfAbsent(data.header.get(c), c);
      }
    }
    return new ProfileAssembly()
        .build(
            new Columns(data, sheet, index), r, sheet.slots(), sheet.record(), List.of(), problems);
  }

  private List<ProfileRecord> assemble(List<SheetData> sheets) {
    for (SheetData data : sheets) {
      checkSheet(data);
    }
    if (!columns.containsKey(Layout.CLUSTERS) && structure.isEmpty()) {
      structure.add(problem("tabular.structure", "", 0, 0, Message.of("tabular.no-clusters")));
    }
    if (!structure.isEmpty()) {
      throw new TableException("tabular.structure", structure, null);
    }
    columns.values().forEach(this::index);
    if (!structure.isEmpty()) {
      throw new TableException("tabular.structure", structure, null);
    }
    Columns root = Objects.requireNonNull(columns.get(Layout.CLUSTERS));
    List<ProfileRecord> records = new ArrayList<>();
    for (int r = 0; r < root.data().rows.size(); r++) {
      List<Problem> problems = new ArrayList<>();
      String cluster = root.cell(r, "organisation.id");
      taken(Layout.CLUSTERS)[r] = true;
      Object profile =
          build(root, r, layout.root().slots(), layout.root().record(), List.of(cluster), problems);
      int row = root.data().rowNumbers.get(r);
      RecordLocation at = RecordLocation.record(r + 1, row);
      records.add(
          problems.isEmpty() && profile instanceof ClusterProfile read
              ? ProfileRecord.read(at, read)
              : ProfileRecord.unreadable(
                  at, new ClusterDataException("tabular.cell", problems, null)));
    }
    checkEveryRowTaken();
    return noted(records, sheets);
  }

  /**
   * The records with a {@link Rule#TABULAR_READ_AS} note on the first profile read for each way CSV
   * files were read that is not the layout's own, naming the files.
   */
  private static List<ProfileRecord> noted(List<ProfileRecord> records, List<SheetData> sheets) {
    Map<List<String>, List<String>> files = new LinkedHashMap<>();
    for (SheetData sheet : sheets) {
      if (sheet.readAs != null) {
        files
            .computeIfAbsent(List.of(sheet.readAs, sheet.encoding), k -> new ArrayList<>())
            .add(sheet.name + ".csv");
      }
    }
    for (int i = 0; i < records.size() && !files.isEmpty(); i++) {
      if (records.get(i).isRead()) {
        List<Finding> notes = new ArrayList<>();
        files.forEach(
            (how, names) ->
                notes.add(
                    Finding.withKey(
                        Rule.TABULAR_READ_AS,
                        how.get(0),
                        "",
                        String.join(", ", names),
                        how.get(1))));
        records.set(i, records.get(i).withFindings(notes));
        break;
      }
    }
    return records;
  }

  // ---- structure ----

  private void checkSheet(SheetData data) {
    if (Titles.isAbout(data.name)) {
      return; // the sheet that explains the columns to people
    }
    String name = Titles.sheetNamed(data.name);
    Sheet sheet = name == null ? null : layout.sheets().get(name);
    if (sheet == null) {
      structure.add(
          problem(
              "tabular.structure",
              data.name,
              0,
              0,
              Message.of(
                  "tabular.unknown-sheet",
                  data.name,
                  String.join(", ", layout.sheets().keySet()))));
      return;
    }
    if (columns.containsKey(sheet.name())) {
      structure.add(
          problem("tabular.structure", data.name, 0, 0, Message.of("tabular.duplicate-sheet")));
      return;
    }
    List<String> known = new ArrayList<>(sheet.keyColumns());
    List<String> texts = new ArrayList<>();
    Layout.columns(
        sheet.slots(),
        slot -> {
          if (slot instanceof Text text) {
            texts.add(text.column());
          } else {
            known.add(slot instanceof Cell cell ? cell.column() : ((Json) slot).column());
          }
        });
    Map<String, String> names = Titles.columnNames(sheet, known, texts);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int c = 0; c < data.header.size(); c++) {
      String label = data.header.get(c);
      String where = data.name + "!" + CellReference.convertNumToColString(c) + "1";
      if (label.isBlank()) {
        continue; // checked with the rows: a value under no header
      }
      String titled = names.get(Titles.normal(label));
      if (titled == null) {
        titled = Titles.textColumn(sheet, label, texts);
      }
      String column = titled != null ? titled : label;
      boolean isText = texts.stream().anyMatch(t -> column.startsWith(t + "@"));
      if (!known.contains(column) && !isText) {
        structure.add(
            problem(
                "tabular.structure",
                where,
                1,
                c + 1,
                Message.of(
                    "tabular.unknown-column",
                    column,
                    data.name,
                    String.join(", ", known)
                        + (texts.isEmpty() ? "" : ", " + String.join("@…, ", texts) + "@…"))));
      } else if (index.put(column, c) != null) {
        structure.add(
            problem(
                "tabular.structure",
                where,
                1,
                c + 1,
                Message.of("tabular.duplicate-column", column)));
      }
    }
    for (String key : sheet.keyColumns()) {
      if (!key.equals(Layout.NUMBER) && !index.containsKey(key)) {
        structure.add(
            problem(
                "tabular.structure",
                data.name,
                1,
                0,
                Message.of("tabular.missing-column", data.name, key)));
      }
    }
    if (sheet == layout.root() && !index.containsKey("organisation.id")) {
      structure.add(
          problem(
              "tabular.structure",
              data.name,
              1,
              0,
              Message.of("tabular.missing-column", data.name, "organisation.id")));
    }
    for (int r = 0; r < data.rows.size(); r++) {
      List<String> row = data.rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        if (!row.get(c).isBlank() && (c >= data.header.size() || data.header.get(c).isBlank())) {
          structure.add(
              cellProblem("tabular.structure", data, r, c, Message.of("tabular.no-header")));
        }
      }
    }
    columns.put(sheet.name(), new Columns(data, sheet, index));
    taken.put(sheet.name(), new boolean[data.rows.size()]);
  }

  /** Files each row of a nested sheet under its owner; a numbered sheet's rows under their #. */
  private void index(Columns sheet) {
    if (sheet.sheet() == layout.root()) {
      return;
    }
    Map<List<String>, List<Integer>> byOwner = new LinkedHashMap<>();
    Map<List<String>, Integer> numbers = new HashMap<>();
    for (int r = 0; r < sheet.data().rows.size(); r++) {
      List<String> owner = new ArrayList<>();
      owner.add(sheet.cell(r, Layout.CLUSTER));
      for (String parent : sheet.sheet().parents()) {
        owner.add(number(sheet, r, parent + Layout.NUMBER));
      }
      List<Integer> rows = byOwner.computeIfAbsent(owner, k -> new ArrayList<>());
      rows.add(r);
      if (sheet.sheet().numbered()) {
        String own = sheet.cell(r, Layout.NUMBER);
        List<String> numbered = new ArrayList<>(owner);
        numbered.add(own.isBlank() ? Integer.toString(rows.size()) : number(sheet, r, "#"));
        if (numbers.put(numbered, r) != null) {
          structure.add(
              cellProblem(
                  "tabular.structure",
                  sheet.data(),
                  r,
                  sheet.index().getOrDefault(Layout.NUMBER, -1),
                  Message.of("tabular.duplicate-number", numbered.get(numbered.size() - 1))));
        }
      }
    }
    owned.put(sheet.sheet().name(), byOwner);
  }

  private String number(Columns sheet, int r, String column) {
    String text = sheet.cell(r, column);
    try {
      return Integer.toString(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      structure.add(
          cellProblem(
              "tabular.structure",
              sheet.data(),
              r,
              sheet.index().getOrDefault(column, -1),
              Message.of("tabular.bad-number", column, text)));
      return text;
    }
  }

  /** Which rows of {@code sheet}, one of the layout's, a record has taken. */
  private boolean[] taken(String sheet) {
    return Objects.requireNonNull(taken.get(sheet), sheet);
  }

  private void checkEveryRowTaken() {
    for (Columns sheet : columns.values()) {
      boolean[] rows = taken(sheet.sheet().name());
      for (int r = 0; r < rows.length; r++) {
        if (!rows[r]) {
          List<String> owner = new ArrayList<>();
          for (String parent : sheet.sheet().parents()) {
            owner.add(parent + " # " + sheet.cell(r, parent + Layout.NUMBER));
          }
          structure.add(
              cellProblem(
                  "tabular.structure",
                  sheet.data(),
                  r,
                  sheet.index().getOrDefault(Layout.CLUSTER, -1),
                  owner.isEmpty()
                      ? Message.of("tabular.orphan", sheet.cell(r, Layout.CLUSTER))
                      : Message.of(
                          "tabular.orphan.parent",
                          sheet.cell(r, Layout.CLUSTER),
                          String.join(", ", owner))));
        }
      }
    }
    if (!structure.isEmpty()) {
      throw new TableException("tabular.structure", structure, null);
    }
  }

  // ---- records ----

  /**
   * Builds the record whose cells are in row {@code r} of {@code sheet}, with the records of its
   * nested lists from the rows their sheets file under {@code owner}; reports every wrong cell.
   */
  private @Nullable Object build(
      Columns sheet,
      int r,
      List<Slot> slots,
      RecordType<?> type,
      List<String> owner,
      List<Problem> problems) {
    Object[] args = new Object[type.components().size()];
    boolean complete = true;
    for (Slot slot : slots) {
      Component component = slot.component();
      Object value;
      try {
        value = value(sheet, r, slot, owner, problems);
      } catch (Incomplete e) {
        complete = false; // its problems are reported; a follow-on "missing" would not help
        continue;
      } catch (Cells.BadCell e) {
        problems.add(cellProblem("tabular.cell", sheet.data(), r, at(sheet, slot), e.message));
        complete = false;
        continue;
      }
      if (value == null && component.required()) {
        problems.add(
            cellProblem(
                "tabular.cell",
                sheet.data(),
                r,
                at(sheet, slot),
                slot instanceof Text text
                    ? Message.of("tabular.missing-text", text.column())
                    : Message.of("tabular.missing", firstColumn(slot))));
        complete = false;
      }
      args[component.index()] = value;
    }
    if (!complete) {
      return null;
    }
    try {
      return type.construct(args);
    } catch (InvalidValueException e) {
      problems.add(
          cellProblem("tabular.cell", sheet.data(), r, at(sheet, slots.get(0)), e.reason()));
      return null;
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(
          cellProblem(
              "tabular.cell",
              sheet.data(),
              r,
              at(sheet, slots.get(0)),
              Message.of("tabular.invalid", String.valueOf(e.getMessage()))));
      return null;
    }
  }

  private @Nullable Object value(
      Columns sheet, int r, Slot slot, List<String> owner, List<Problem> problems) {
    Component component = slot.component();
    if (slot instanceof Cell cell) {
      String text = sheet.cell(r, cell.column());
      if (text.isBlank()) {
        return component.emptyValue();
      }
      if (!component.isCollection()) {
        return Cells.parse(text, component.valueType(), sheet.data().decimalComma);
      }
      List<Object> values = new ArrayList<>();
      for (String part : Cells.split(text)) {
        values.add(Cells.parse(part, component.valueType(), sheet.data().decimalComma));
      }
      return component.cardinality() == Cardinality.SET ? new LinkedHashSet<>(values) : values;
    } else if (slot instanceof Text text) {
      Map<String, String> values = new TreeMap<>();
      sheet
          .index()
          .forEach(
              (column, at) -> {
                String value = sheet.data().rows.get(r).get(at);
                if (column.startsWith(text.column() + "@") && !value.isBlank()) {
                  values.put(column.substring(text.column().length() + 1), value);
                }
              });
      return values.isEmpty() ? component.emptyValue() : MultilingualText.of(values);
    } else if (slot instanceof Json json) {
      String text = sheet.cell(r, json.column());
      return text.isBlank() ? component.emptyValue() : Cells.extensions(text);
    } else if (slot instanceof Nested nested) {
      RecordType<?> type = ModelDescription.of(component.valueType().asSubclass(Record.class));
      if (isBlank(sheet, r, nested.slots(), owner)) {
        return component.emptyValue();
      }
      Object value = build(sheet, r, nested.slots(), type, owner, problems);
      if (value == null) {
        throw new Incomplete();
      }
      return value;
    }
    Child child = (Child) slot;
    Columns rows = columns.get(child.sheet().name());
    List<Object> elements = new ArrayList<>();
    if (rows != null) {
      List<Integer> mine =
          owned.getOrDefault(child.sheet().name(), Map.of()).getOrDefault(owner, List.of());
      for (int i = 0; i < mine.size(); i++) {
        int row = mine.get(i);
        taken(child.sheet().name())[row] = true;
        List<String> elementOwner = new ArrayList<>(owner);
        String own = rows.cell(row, Layout.NUMBER);
        elementOwner.add(own.isBlank() ? Integer.toString(i + 1) : own.strip());
        Object element =
            build(rows, row, child.sheet().slots(), child.sheet().record(), elementOwner, problems);
        if (element != null) {
          elements.add(element);
        }
      }
    }
    return elements;
  }

  /** A nested record that could not be built; its problems are already reported. */
  private static final class Incomplete extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Incomplete() {
      super(null, null, false, false);
    }
  }

  private boolean isBlank(Columns sheet, int r, List<Slot> slots, List<String> owner) {
    for (Slot slot : slots) {
      if (slot instanceof Cell cell && !sheet.cell(r, cell.column()).isBlank()) {
        return false;
      } else if (slot instanceof Json json && !sheet.cell(r, json.column()).isBlank()) {
        return false;
      } else if (slot instanceof Text text) {
        for (Map.Entry<String, Integer> column : sheet.index().entrySet()) {
          if (column.getKey().startsWith(text.column() + "@")
              && !sheet.data().rows.get(r).get(column.getValue()).isBlank()) {
            return false;
          }
        }
      } else if (slot instanceof Nested nested && !isBlank(sheet, r, nested.slots(), owner)) {
        return false;
      } else if (slot instanceof Child child
          && owned.getOrDefault(child.sheet().name(), Map.of()).containsKey(owner)) {
        return false;
      }
    }
    return true;
  }

  private static String firstColumn(Slot slot) {
    if (slot instanceof Cell cell) {
      return cell.column();
    } else if (slot instanceof Json json) {
      return json.column();
    } else if (slot instanceof Text text) {
      return text.column() + "@…";
    } else if (slot instanceof Nested nested) {
      return firstColumn(nested.slots().get(0));
    }
    return ((Child) slot).sheet().name();
  }

  /** The index of the slot's first column in the sheet, or -1. */
  private static int at(Columns sheet, Slot slot) {
    String first = firstColumn(slot);
    if (first.endsWith("@…")) {
      String prefix = first.substring(0, first.length() - 1);
      return sheet.index().entrySet().stream()
          .filter(e -> e.getKey().startsWith(prefix))
          .mapToInt(Map.Entry::getValue)
          .min()
          .orElse(-1);
    }
    return sheet.index().getOrDefault(first, -1);
  }

  private static Problem cellProblem(
      String code, SheetData data, int r, int column, Message message) {
    int row = data.rowNumbers.get(r);
    if (column < 0) {
      return problem(code, data.name + " row " + row, row, 0, message);
    }
    String where = data.name + "!" + CellReference.convertNumToColString(column) + row;
    String name = column < data.header.size() ? data.header.get(column) : "";
    return problem(
        code,
        where,
        row,
        column + 1,
        name.isBlank() ? message : Message.of("tabular.cell", name, message));
  }

  private static Problem problem(String code, String path, long line, long column, Message m) {
    return new Problem(code, path, line, column, m);
  }
}
