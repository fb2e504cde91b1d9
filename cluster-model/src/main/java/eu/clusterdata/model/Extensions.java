package eu.clusterdata.model;

import eu.clusterdata.model.constraints.EmptyValue;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Extra properties a platform adds to a record, which the library carries through every round trip
 * without interpreting them. Keys are namespaced by an absolute IRI, such as {@code
 * https://platform.example/ns#views}; values are plain data: {@code String}, {@code BigDecimal},
 * {@code Boolean}, {@code null}, and lists and maps of these.
 *
 * <p>Profiles, organisations, actors, services, projects and practice examples carry extensions.
 * Immutable and thread-safe: values are deep-copied and sorted by key.
 *
 * @param values the properties by key, in key order
 */
public record Extensions(@NotNull SortedMap<String, Object> values) {

  /** No extensions. */
  @EmptyValue public static final Extensions NONE = new Extensions(new TreeMap<>());

  public Extensions {
    Objects.requireNonNull(values, "values");
    values = copyMap(values, "values");
  }

  /** Returns the extensions with these properties. */
  public static Extensions of(Map<String, ?> values) {
    return new Extensions(new TreeMap<>(values));
  }

  /** Returns a copy with the property {@code key} set to {@code value}. */
  public Extensions with(String key, Object value) {
    TreeMap<String, Object> copy = new TreeMap<>(values);
    copy.put(key, value);
    return new Extensions(copy);
  }

  /** Returns whether there are no properties. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  private static SortedMap<String, Object> copyMap(Map<?, ?> map, String where) {
    try {
      return copyMap(map);
    } catch (BadValue e) {
      throw new IllegalArgumentException(where + e.path + e.problem);
    }
  }

  /**
   * A value that cannot be an extension, found while copying: where it is below the value copied
   * (built on the way out, so that a copy that succeeds makes no path at all) and what is wrong.
   */
  private static final class BadValue extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private String path;
    private final String problem;

    BadValue(String problem) {
      super(null, null, false, false);
      this.path = "";
      this.problem = problem;
    }

    BadValue below(String step) {
      path = step + path;
      return this;
    }
  }

  private static SortedMap<String, Object> copyMap(Map<?, ?> map) {
    TreeMap<String, Object> copy = new TreeMap<>();
    map.forEach(
        (key, value) -> {
          if (!(key instanceof String name)) {
            throw new BadValue(" has a key that is not a string: " + key);
          }
          try {
            copy.put(name, copyValue(value));
          } catch (BadValue e) {
            throw e.below("." + name);
          }
        });
    return Collections.unmodifiableSortedMap(copy);
  }

  private static @Nullable Object copyValue(@Nullable Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof BigDecimal number) {
      return eu.clusterdata.model.internal.Checks.decimal(number);
    }
    if (value instanceof Map<?, ?> map) {
      return copyMap(map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        try {
          copy.add(copyValue(list.get(i)));
        } catch (BadValue e) {
          throw e.below("[" + i + "]");
        }
      }
      return Collections.unmodifiableList(copy);
    }
    throw new BadValue(
        " is a "
            + value.getClass().getName()
            + "; extension values are String, BigDecimal, Boolean, null, List or Map");
  }
}
