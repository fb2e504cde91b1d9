package eu.clusterdata.model.testing;

import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import java.util.List;
import java.util.Objects;

/**
 * Where two model values first differ, by path, for assertion messages that name the field rather
 * than print two whole profiles.
 */
public final class FirstDifference {

  private FirstDifference() {}

  /**
   * Returns {@code path: expected <a> but was <b>} for the first component where {@code a} and
   * {@code b} differ, or {@code null} if they are equal.
   */
  public static String of(Object a, Object b) {
    return of(a, b, "");
  }

  private static String of(Object a, Object b, String path) {
    if (Objects.equals(a, b)) {
      return null;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        String inner = of(x.get(i), y.get(i), path + "[" + i + "]");
        if (inner != null) {
          return inner;
        }
      }
      return path + ": " + x.size() + " elements but was " + y.size();
    }
    if (a instanceof Record r
        && b != null
        && a.getClass() == b.getClass()
        && ModelDescription.describes(r.getClass())) {
      RecordType<?> type = ModelDescription.of(r.getClass());
      for (Component c : type.components()) {
        String inner = of(c.get(a), c.get(b), path.isEmpty() ? c.name() : path + "." + c.name());
        if (inner != null) {
          return inner;
        }
      }
    }
    return (path.isEmpty() ? "(value)" : path) + ": expected <" + a + "> but was <" + b + ">";
  }
}
