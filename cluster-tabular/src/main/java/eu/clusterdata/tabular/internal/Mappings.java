package eu.clusterdata.tabular.internal;

import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.tabular.ColumnMapping;
import eu.clusterdata.tabular.TableException;
import eu.clusterdata.tabular.internal.Layout.Cell;
import eu.clusterdata.tabular.internal.Layout.Json;
import eu.clusterdata.tabular.internal.Layout.Sheet;
import eu.clusterdata.tabular.internal.Layout.Text;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a {@link ColumnMapping} may name: checked against the layout when a mapping is read. */
public final class Mappings {

  /** The fields a row finds its cluster by, and the one it may name for the reader only. */
  public static final Set<String> CLUSTER_FIELDS =
      Set.of("cluster.id", "cluster.name", "cluster.country", "cluster.website");

  private static final Set<String> MATCH_KEYS = Set.of("id", "name", "country");

  private Mappings() {}

  /**
   * Returns {@code mapping} if nothing is wrong with it.
   *
   * @param name where it comes from, for the problems: a file name, or {@code mapping}
   * @throws TableException with code {@code tabular.mapping} naming everything that is wrong
   */
  public static ColumnMapping require(ColumnMapping mapping, String name) {
    List<Message> problems = check(mapping);
    if (!problems.isEmpty()) {
      throw new TableException(
          "tabular.mapping",
          problems.stream().map(m -> new Problem("tabular.mapping", name, 0, 0, m)).toList(),
          null);
    }
    return mapping;
  }

  /** Returns what is wrong with {@code mapping}; empty when nothing is. */
  public static List<Message> check(ColumnMapping mapping) {
    List<Message> problems = new ArrayList<>();
    if (!ColumnMapping.VERSION.equals(mapping.mappingVersion())) {
      problems.add(
          Message.of(
              "tabular.mapping.version",
              String.valueOf(mapping.mappingVersion()),
              ColumnMapping.VERSION));
    }
    Optional<Sheet> into = target(mapping.into());
    if (into.isEmpty()) {
      problems.add(
          Message.of(
              "tabular.mapping.into",
              String.valueOf(mapping.into()),
              String.join(", ", targets())));
      return problems;
    }
    Set<String> fields = fields(into.get());
    if (mapping.match().isEmpty()
        || !MATCH_KEYS.containsAll(mapping.match())
        || !(mapping.match().contains("id") || mapping.match().contains("name"))) {
      problems.add(Message.of("tabular.mapping.match", String.join(", ", mapping.match())));
    }
    List<String> named = new ArrayList<>(mapping.columns().values());
    named.addAll(mapping.values().keySet());
    named.addAll(mapping.formats().keySet());
    named.addAll(mapping.constants().keySet());
    for (String field : new LinkedHashSet<>(named)) {
      if (!CLUSTER_FIELDS.contains(field) && !isField(field, fields)) {
        problems.add(
            Message.of(
                "tabular.mapping.field",
                field,
                mapping.into(),
                String.join(", ", fields) + ", " + String.join(", ", CLUSTER_FIELDS)));
      }
    }
    for (String key : mapping.match()) {
      String field = "cluster." + key;
      if (!mapping.columns().containsValue(field) && !mapping.constants().containsKey(field)) {
        problems.add(Message.of("tabular.mapping.match-column", field));
      }
    }
    mapping
        .formats()
        .forEach(
            (field, pattern) -> {
              try {
                DateTimeFormatter.ofPattern(pattern);
              } catch (IllegalArgumentException e) {
                problems.add(Message.of("tabular.mapping.format", field, pattern));
              }
            });
    RecordType<?> record = into.get().record();
    for (String field : mapping.identity()) {
      if (record.component(field).isEmpty()) {
        problems.add(
            Message.of(
                "tabular.mapping.identity",
                field,
                String.join(", ", record.components().stream().map(Component::name).toList())));
      }
    }
    return problems;
  }

  /**
   * The sheets a mapping may fill: lists of the profile or of its organisation, with no list above.
   */
  static List<String> targets() {
    return Layout.get().sheets().values().stream()
        .filter(s -> !s.name().equals(Layout.CLUSTERS) && s.parents().isEmpty())
        .map(Sheet::name)
        .toList();
  }

  static Optional<Sheet> target(String name) {
    return name != null && targets().contains(name)
        ? Optional.ofNullable(Layout.get().sheets().get(name))
        : Optional.empty();
  }

  /** The fields of a sheet's record, as its columns are named; texts as {@code name@…}. */
  static Set<String> fields(Sheet sheet) {
    Set<String> fields = new LinkedHashSet<>();
    Layout.columns(
        sheet.slots(),
        slot -> {
          if (slot instanceof Cell cell) {
            fields.add(cell.column());
          } else if (slot instanceof Json json) {
            fields.add(json.column());
          } else {
            fields.add(((Text) slot).column() + "@…");
          }
        });
    return fields; // a nested list cannot be filled from one row: its sheet is not a field
  }

  private static boolean isField(String field, Set<String> fields) {
    if (fields.contains(field)) {
      return true;
    }
    int at = field.lastIndexOf('@');
    return at > 0 && fields.contains(field.substring(0, at) + "@…");
  }
}
