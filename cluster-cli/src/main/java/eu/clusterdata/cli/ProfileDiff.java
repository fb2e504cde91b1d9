package eu.clusterdata.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The fields in which two profiles of one cluster differ, by JSON path, with old and new values.
 * Profiles are compared in their JSON form, in which sets are sorted and formatting carries no
 * meaning, so only what means something differs; lists are compared position by position.
 */
final class ProfileDiff {

  /**
   * One difference.
   *
   * @param path where, as a JSON path of the profile document ({@code $.organisation.website})
   * @param before the old value, or {@code null} where there was none
   * @param after the new value, or {@code null} where there is none
   */
  record Change(String path, JsonNode before, JsonNode after) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ClusterJson WRITER = ClusterJson.create();

  private ProfileDiff() {}

  /** Returns the differences of {@code after} from {@code before}, in document order. */
  static List<Change> between(ClusterProfile before, ClusterProfile after) {
    List<Change> changes = new ArrayList<>();
    compare(tree(before), tree(after), "$", changes);
    return changes;
  }

  private static JsonNode tree(ClusterProfile profile) {
    try {
      JsonNode tree = JSON.readTree(WRITER.writeProfile(profile));
      ((ObjectNode) tree).remove("formatVersion"); // the document's, not the profile's
      return tree;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the library's own JSON is JSON", e);
    }
  }

  private static void compare(JsonNode before, JsonNode after, String path, List<Change> changes) {
    if (before == null || after == null) {
      if (before != after) {
        changes.add(new Change(path, before, after));
      }
    } else if (before.isObject() && after.isObject()) {
      for (String name : names(before, after)) {
        compare(before.get(name), after.get(name), path + "." + name, changes);
      }
    } else if (before.isArray() && after.isArray()) {
      for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
        compare(before.get(i), after.get(i), path + "[" + i + "]", changes);
      }
    } else if (!before.equals(after)) {
      changes.add(new Change(path, before, after));
    }
  }

  /** The field names in the order the writer puts them (the old document's, then new ones). */
  private static List<String> names(JsonNode before, JsonNode after) {
    List<String> ordered = new ArrayList<>();
    for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
      ordered.add(it.next());
    }
    for (Iterator<String> it = after.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!ordered.contains(name)) {
        ordered.add(name);
      }
    }
    return ordered;
  }
}
