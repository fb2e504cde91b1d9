package eu.clusterdata.tabular.internal;

import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.description.ValueKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The tabular layout of profiles, worked out once from the model description, so that a field added
 * to the model is a column here without a line of this module changing.
 *
 * <ul>
 *   <li>The {@code clusters} sheet has one row per profile. Every list of records (actors,
 *       services, the organisation's labels, a project's funding...) is a sheet of its own, named
 *       by its path from the profile ({@code actors}, {@code projects.funding}; the organisation's
 *       lists without {@code organisation.}: {@code labels}), whose rows name their cluster in the
 *       {@code cluster} column.
 *   <li>A row of a sheet nested in another list names its parent by number: {@code projects#} is
 *       the {@code #} of the project row of the same cluster.
 *   <li>A nested record's components are columns with its name as prefix ({@code
 *       location.address.street}, {@code period.start}); a multilingual text is one column per
 *       language ({@code name@de}); a set or list of codes is one cell, values separated by {@code
 *       |}; a platform's extensions are one cell holding a JSON object.
 * </ul>
 */
final class Layout {

  /** The sheet with one row per profile. */
  static final String CLUSTERS = "clusters";

  /** The column of every other sheet that names the row's cluster by its organisation id. */
  static final String CLUSTER = "cluster";

  /**
   * The column that numbers the rows of a list sheet within their cluster, where children refer.
   */
  static final String NUMBER = "#";

  /**
   * Dropped from the names of the organisation's lists: {@code labels}, not {@code
   * organisation.labels}.
   */
  private static final String ORGANISATION = "organisation.";

  /** The longest name a sheet may have in a workbook. */
  static final int MAX_SHEET_NAME = 31;

  /** How one component lies in a row. */
  sealed interface Slot permits Cell, Text, Json, Nested, Child {
    Component component();
  }

  /** A simple value, or a set or list of them, in one cell. */
  record Cell(Component component, String column) implements Slot {}

  /** A multilingual text: one column per language, {@code column@tag}. */
  record Text(Component component, String column) implements Slot {}

  /** A platform's extensions: one cell of JSON. */
  record Json(Component component, String column) implements Slot {}

  /** A single nested record: its slots, their columns prefixed with its name. */
  record Nested(Component component, List<Slot> slots) implements Slot {}

  /** A list or set of records: a sheet of its own. */
  record Child(Component component, Sheet sheet) implements Slot {}

  /**
   * One sheet: the records at one path of the model.
   *
   * @param name the sheet's name, the path of its list from the profile
   * @param record the records its rows hold
   * @param parents the names of the list sheets it is nested in, outermost first (not {@code
   *     clusters})
   * @param slots how the record's components lie in a row
   * @param numbered whether its rows carry a {@code #}, because another sheet refers to them
   */
  record Sheet(
      String name, RecordType<?> record, List<String> parents, List<Slot> slots, boolean numbered) {

    /** The columns that say whose row this is: {@code cluster}, then {@code parent#} for each. */
    List<String> keyColumns() {
      if (name.equals(CLUSTERS)) {
        return List.of();
      }
      List<String> keys = new ArrayList<>(List.of(CLUSTER));
      parents.forEach(p -> keys.add(p + NUMBER));
      if (numbered) {
        keys.add(NUMBER);
      }
      return keys;
    }
  }

  private static final Layout INSTANCE = new Layout();

  private final Map<String, Sheet> sheets = new LinkedHashMap<>();
  private final Sheet root;

  private Layout() {
    root = sheet(CLUSTERS, ModelDescription.root(), List.of());
  }

  static Layout get() {
    return INSTANCE;
  }

  /** The {@code clusters} sheet. */
  Sheet root() {
    return root;
  }

  /** Every sheet by name, {@code clusters} first, each before the sheets nested in it. */
  Map<String, Sheet> sheets() {
    return Collections.unmodifiableMap(sheets);
  }

  private Sheet sheet(String name, RecordType<?> record, List<String> parents) {
    if (name.length() > MAX_SHEET_NAME) {
      throw new IllegalStateException(
          "the sheet " + name + " has a longer name than a workbook allows; shorten it in Layout");
    }
    boolean isRoot = name.equals(CLUSTERS);
    sheets.put(name, null); // holds the sheet's place before those nested in it
    List<String> childParents = new ArrayList<>(parents);
    if (!isRoot) {
      childParents.add(name);
    }
    List<Slot> slots = slots(record, "", isRoot ? "" : name + ".", List.copyOf(childParents));
    boolean numbered = !isRoot && slots.stream().anyMatch(Layout::hasChild);
    Sheet sheet = new Sheet(name, record, List.copyOf(parents), List.copyOf(slots), numbered);
    sheets.put(name, sheet);
    return sheet;
  }

  /**
   * Visits the slots that are columns of a row ({@link Cell}, {@link Text}, {@link Json}) in order,
   * those of nested records in their place; the sheets of lists are not visited.
   */
  static void columns(List<Slot> slots, Consumer<Slot> visit) {
    for (Slot slot : slots) {
      if (slot instanceof Nested nested) {
        columns(nested.slots(), visit);
      } else if (!(slot instanceof Child)) {
        visit.accept(slot);
      }
    }
  }

  private static boolean hasChild(Slot slot) {
    return slot instanceof Child
        || (slot instanceof Nested nested && nested.slots().stream().anyMatch(Layout::hasChild));
  }

  private List<Slot> slots(
      RecordType<?> record, String prefix, String sheetPrefix, List<String> parents) {
    List<Slot> slots = new ArrayList<>();
    for (Component component : record.components()) {
      String column = prefix + component.name();
      Class<?> type = component.valueType();
      if (component.valueKind() == ValueKind.TEXT) {
        slots.add(new Text(component, column));
      } else if (component.valueKind() == ValueKind.EXTENSIONS) {
        slots.add(new Json(component, column));
      } else if (Cells.isSimple(type)) {
        slots.add(new Cell(component, column));
      } else if (component.isCollection()) {
        RecordType<?> element = ModelDescription.of(type.asSubclass(Record.class));
        String sheet = sheetPrefix + column;
        if (sheet.startsWith(ORGANISATION)) {
          sheet = sheet.substring(ORGANISATION.length()); // the organisation is the cluster
        }
        slots.add(new Child(component, sheet(sheet, element, parents)));
      } else {
        RecordType<?> nested = ModelDescription.of(type.asSubclass(Record.class));
        slots.add(new Nested(component, slots(nested, column + ".", sheetPrefix, parents)));
      }
    }
    return slots;
  }
}
