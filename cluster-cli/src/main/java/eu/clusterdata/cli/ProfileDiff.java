package eu.clusterdata.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields in which two profiles of one cluster differ, by JSON path, with old and new values.
 * Profiles are compared in their JSON form, in which sets are sorted and formatting carries no
 * meaning, so only what means something differs. Lists are matched, not compared position by
 * position: elements with the same identifier ({@code id}, or the {@code actor}, {@code impulse},
 * {@code transformation} or member {@code type} they are about) are compared field by field, equal
 * elements are kept wherever they stand, and the rest are paired in their order; so a list in
 * another order is no change, and one service removed from the front of a list is one change. An
 * absent list is an empty one.
 */
final class ProfileDiff {

  /**
   * One difference.
   *
   * @param path where, as a JSON path of the profile document ({@code $.organisation.website})
   * @param before the old value, or {@code null} where there was none
   * @param after the new value, or {@code null} where there is none
   * @param list the top-level list of the element the change is in ({@code services}), or {@code
   *     null} for a change outside the lists
   * @param element that element, as it is now (as it was, for one removed), or {@code null}
   * @param field where in the element (or in the profile) the change is: {@code description}, or
   *     empty for the element as a whole
   */
  record Change(
      String path,
      @Nullable JsonNode before,
      @Nullable JsonNode after,
      @Nullable String list,
      @Nullable JsonNode element,
      String field) {

    /** Whether the change is to provenance: citations, sources, the metadata of the export. */
    boolean isProvenance() {
      return path.startsWith("$.metadata") || path.contains(".citations");
    }
  }

  /** The list element a change is in: the list's name and the element. */
  private record Within(String list, JsonNode element, String path) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ClusterJson WRITER = ClusterJson.create();

  /** The fields that identify a list element, in the order they are tried. */
  private static final List<String> KEYS =
      List.of("id", "actor", "impulse", "transformation", "type");

  private ProfileDiff() {}

  /** Returns the differences of {@code after} from {@code before}, in document order. */
  static List<Change> between(ClusterProfile before, ClusterProfile after) {
    List<Change> changes = new ArrayList<>();
    compare(tree(before), tree(after), "$", null, changes);
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
      @Nullable JsonNode before,
      @Nullable JsonNode after,
      String path,
      @Nullable Within within,
      List<Change> changes) {
    if (before == null && after != null && after.isArray()) {
      compareLists(JSON.createArrayNode(), after, path, within, changes);
    } else if (after == null && before != null && before.isArray()) {
      compareLists(before, JSON.createArrayNode(), path, within, changes);
    } else if (before == null || after == null) {
      if (before != after) {
        changes.add(change(path, before, after, within));
      }
    } else if (before.isObject() && after.isObject()) {
      for (String name : names(before, after)) {
        compare(before.get(name), after.get(name), path + "." + name, within, changes);
      }
    } else if (before.isArray() && after.isArray()) {
      compareLists(before, after, path, within, changes);
    } else if (!before.equals(after)) {
      changes.add(change(path, before, after, within));
    }
  }

  /**
   * Matches the elements of two lists: by identifier, then equal ones, then the rest in order; a
   * matched pair is compared field by field, an unmatched element is removed or added.
   */
  private static void compareLists(
      JsonNode before, JsonNode after, String path, @Nullable Within within, List<Change> changes) {
    int n = before.size();
    int m = after.size();
    // Old elements by what identifies them: their key, else themselves (JSON nodes compare by
    // value); each new element takes the first old one of its identity, the rest pair in order.
    Map<Object, ArrayDeque<Integer>> old = new HashMap<>();
    ArrayDeque<Integer> unkeyed = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      String key = key(before.get(i));
      old.computeIfAbsent(key != null ? key : before.get(i), k -> new ArrayDeque<>()).add(i);
      if (key == null) {
        unkeyed.add(i);
      }
    }
    int[] partner = new int[m]; // the old element each new one is matched with, or -1
    boolean[] taken = new boolean[n];
    boolean[] keyed = new boolean[m];
    for (int j = 0; j < m; j++) {
      String key = key(after.get(j));
      keyed[j] = key != null;
      ArrayDeque<Integer> same = old.get(key != null ? key : after.get(j));
      Integer i = same == null ? null : same.poll();
      partner[j] = i == null ? -1 : i;
      if (i != null) {
        taken[i] = true;
      }
    }
    for (int j = 0; j < m; j++) {
      if (partner[j] < 0 && !keyed[j]) {
        while (!unkeyed.isEmpty() && taken[unkeyed.peek()]) {
          unkeyed.poll();
        }
        Integer i = unkeyed.poll();
        if (i != null) {
          partner[j] = i;
          taken[i] = true;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!taken[i]) {
        String at = path + "[" + i + "]";
        changes.add(change(at, before.get(i), null, inside(within, path, before.get(i), at)));
      }
    }
    for (int j = 0; j < m; j++) {
      String at = path + "[" + j + "]";
      Within element = inside(within, path, after.get(j), at);
      if (partner[j] < 0) {
        changes.add(change(at, null, after.get(j), element));
      } else {
        compare(before.get(partner[j]), after.get(j), at, element, changes);
      }
    }
  }

  /** The element a change below {@code at} is in: the outermost list's element. */
  private static Within inside(
      @Nullable Within within, String listPath, JsonNode element, String at) {
    if (within != null) {
      return within;
    }
    String list = listPath.substring(listPath.lastIndexOf('.') + 1);
    return new Within(list, element, at);
  }

  private static Change change(
      String path, @Nullable JsonNode before, @Nullable JsonNode after, @Nullable Within within) {
    if (within == null) {
      return new Change(path, before, after, null, null, path.substring(2));
    }
    String field = path.substring(within.path().length());
    return new Change(
        path,
        before,
        after,
        within.list(),
        within.element(),
        field.startsWith(".") ? field.substring(1) : field);
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
