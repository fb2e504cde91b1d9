package eu.clusterdata.model.testing;

import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.description.ValueKind;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Walks profiles through the model description, for tests that must hold for every field of the
 * model: that a generator or a data set gives each component a value, or that every statement of a
 * data set carries its citations. Names a component as {@code Record.component}.
 */
public final class ModelCoverage {

  private ModelCoverage() {}

  /** Returns every component of every record type of the model. */
  public static Set<String> allComponents() {
    Set<String> all = new TreeSet<>();
    for (RecordType<?> record : ModelDescription.records()) {
      for (Component component : record.components()) {
        all.add(name(record, component));
      }
    }
    return all;
  }

  /**
   * Returns the components that some record under {@code values} gives a value other than its empty
   * value ({@code false} counts as empty).
   */
  public static Set<String> componentsGiven(Collection<?> values) {
    Set<String> seen = new TreeSet<>();
    values.forEach(v -> visit(v, "$", (path, record) -> given(record, seen)));
    return seen;
  }

  /**
   * Calls {@code action} with the JSON path and the value of every model record under {@code
   * value}, {@code value} first, parents before their parts.
   */
  public static void visit(Object value, String path, BiConsumer<String, Record> action) {
    if (!ModelDescription.describes(value.getClass())) {
      return;
    }
    Record record = (Record) value;
    action.accept(path, record);
    RecordType<?> type = ModelDescription.of(record.getClass());
    for (Component component : type.components()) {
      Object part = component.get(value);
      if (part == null || component.valueKind() != ValueKind.RECORD) {
        continue;
      }
      String at = path + "." + component.name();
      if (part instanceof Collection<?> parts) {
        int i = 0;
        for (Object p : parts) {
          visit(p, at + "[" + i++ + "]", action);
        }
      } else {
        visit(part, at, action);
      }
    }
  }

  private static void given(Record value, Set<String> seen) {
    RecordType<?> record = ModelDescription.of(value.getClass());
    for (Component component : record.components()) {
      Object part = component.get(value);
      if (part != null && !component.isEmptyValue(part) && !Boolean.FALSE.equals(part)) {
        seen.add(name(record, component));
      }
    }
  }

  private static String name(RecordType<?> record, Component component) {
    return record.javaType().getSimpleName() + "." + component.name();
  }
}
