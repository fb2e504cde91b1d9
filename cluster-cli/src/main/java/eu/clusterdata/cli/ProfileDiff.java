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
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The fields in which two profiles of one cluster differ, by JSON path, with old and new values.
 * Profiles are compared in their JSON form, in which sets are sorted and formatting carries no
 * meaning, so only what means something differs. Lists are aligned, not compared position by
 * position: elements equal on both sides are kept, and of the rest, those with the same identifier
 * ({@code id}, or the {@code actor}, {@code impulse} or {@code transformation} they are about) are
 * compared field by field; so one service removed from the front of a list is one change, not a
 * change in every service after it. An absent list is an empty one.
 */
final class ProfileDiff {

  /**
   * One difference.
   *
   * @param path where, as a JSON path of the profile document ({@code $.organisation.website})
   * @param before the old value, or {@code null} where there was none
   * @param after the new value, or {@code null} where there is none
   */
  record Change(String path, @Nullable JsonNode before, @Nullable JsonNode after) {}

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

  private static void compare(
      @Nullable JsonNode before, @Nullable JsonNode after, String path, List<Change> changes) {
    if (before == null && after != null && after.isArray()) {
      compareLists(JSON.createArrayNode(), after, path, changes);
    } else if (after == null && before != null && before.isArray()) {
      compareLists(before, JSON.createArrayNode(), path, changes);
    } else if (before == null || after == null) {
      if (before != after) {
        changes.add(new Change(path, before, after));
      }
    } else if (before.isObject() && after.isObject()) {
      for (String name : names(before, after)) {
        compare(before.get(name), after.get(name), path + "." + name, changes);
      }
    } else if (before.isArray() && after.isArray()) {
      compareLists(before, after, path, changes);
    } else if (!before.equals(after)) {
      changes.add(new Change(path, before, after));
    }
  }

  /** The fields that identify a list element, in the order they are tried. */
  private static final List<String> KEYS = List.of("id", "actor", "impulse", "transformation");

  /**
   * Aligns two lists on their longest common run of equal elements; between two kept elements, the
   * old ones and the new ones with the same key (or, for elements without one, in their order) are
   * compared field by field, and the others are removed (at their old position) or added (at their
   * new one).
   */
  private static void compareLists(
      JsonNode before, JsonNode after, String path, List<Change> changes) {
    int n = before.size();
    int m = after.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] =
            before.get(i).equals(after.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Integer> removed = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && before.get(i).equals(after.get(j))) {
        gap(before, after, removed, added, path, changes);
        i++;
        j++;
      } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
        added.add(j++);
      } else {
        removed.add(i++);
      }
    }
    gap(before, after, removed, added, path, changes);
  }

  /** Reports the elements between two kept ones, and empties the lists. */
  private static void gap(
      JsonNode before,
      JsonNode after,
      List<Integer> removed,
      List<Integer> added,
      String path,
      List<Change> changes) {
    // Each change with the position it is at, so that the gap's changes come in document order.
    TreeMap<Integer, List<Change>> at = new TreeMap<>();
    List<Integer> unpaired = new ArrayList<>(added);
    for (int old : removed) {
      String key = key(before.get(old));
      Integer partner = null;
      for (int candidate : unpaired) {
        String other = key(after.get(candidate));
        if (key == null ? other == null : key.equals(other)) {
          partner = candidate;
          break;
        }
      }
      List<Change> here =
          at.computeIfAbsent(partner != null ? partner : old, k -> new ArrayList<>());
      if (partner != null) {
        unpaired.remove(partner);
        compare(before.get(old), after.get(partner), path + "[" + partner + "]", here);
      } else {
        here.add(new Change(path + "[" + old + "]", before.get(old), null));
      }
    }
    for (int index : unpaired) {
      at.computeIfAbsent(index, k -> new ArrayList<>())
          .add(new Change(path + "[" + index + "]", null, after.get(index)));
    }
    at.values().forEach(changes::addAll);
    removed.clear();
    added.clear();
  }

  /** What identifies a list element, such as a service's {@code id}; {@code null} if nothing. */
  private static @Nullable String key(JsonNode element) {
    if (element.isObject()) {
      for (String field : KEYS) {
        if (element.path(field).isTextual()) {
          return field + "=" + element.get(field).asText();
        }
      }
    }
    return null;
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
