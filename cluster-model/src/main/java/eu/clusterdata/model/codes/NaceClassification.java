package eu.clusterdata.model.codes;

import eu.clusterdata.model.NaceCode;
import eu.clusterdata.model.NaceRevision;
import eu.clusterdata.model.internal.Csv;
import eu.clusterdata.model.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The activities of one revision of the NACE classification, as Eurostat publishes them: sections,
 * divisions, groups and classes with their English titles, and German titles for Rev. 2 (see the
 * NOTICE file for the sources). Look-ups take constant time; each revision is read from the jar
 * once, when first asked for. Immutable and thread-safe.
 */
public final class NaceClassification {

  private static final Map<NaceRevision, NaceClassification> REVISIONS =
      Collections.synchronizedMap(new EnumMap<>(NaceRevision.class));

  private final NaceRevision revision;
  private final Map<String, NaceActivity> activities;
  private final Map<String, List<NaceActivity>> children = new HashMap<>();

  private NaceClassification(NaceRevision revision) {
    this.revision = revision;
    Map<String, NaceActivity> byCode = new LinkedHashMap<>();
    String file = "/eu/clusterdata/model/codes/nace-rev" + revision.label() + ".csv";
    for (String[] row : Csv.rows(NaceClassification.class, file)) {
      NaceActivity activity =
          new NaceActivity(
              new NaceCode(revision, row[0]),
              Integer.parseInt(row[1]),
              row[2],
              row[3].isEmpty() ? null : row[3],
              row[4].isEmpty() ? null : new NaceCode(revision, row[4]));
      byCode.put(row[0], activity);
      if (activity.parent() != null) {
        children.computeIfAbsent(row[4], k -> new ArrayList<>()).add(activity);
      }
    }
    this.activities = Collections.unmodifiableMap(byCode);
  }

  /** Returns the activities of {@code revision}. */
  public static NaceClassification of(NaceRevision revision) {
    Objects.requireNonNull(revision, "revision");
    return REVISIONS.computeIfAbsent(revision, NaceClassification::new);
  }

  /** Returns the revision. */
  public NaceRevision revision() {
    return revision;
  }

  /** Returns the activity with this code, if the code's revision has it. */
  public Optional<NaceActivity> activity(NaceCode code) {
    return code.revision() == revision
        ? Optional.ofNullable(activities.get(code.code()))
        : Optional.empty();
  }

  /** Returns whether this revision has the code (of this revision). */
  public boolean contains(NaceCode code) {
    return code.revision() == revision && activities.containsKey(code.code());
  }

  /** Returns every activity, in classification order (a section, then its divisions...). */
  public List<NaceActivity> activities() {
    return List.copyOf(activities.values());
  }

  /** Returns the activities of one level (1 sections, 2 divisions, 3 groups, 4 classes). */
  public List<NaceActivity> activities(int level) {
    return activities.values().stream().filter(a -> a.level() == level).toList();
  }

  /** Returns the activities one level down, in classification order. */
  public List<NaceActivity> children(NaceCode code) {
    return code.revision() == revision
        ? List.copyOf(children.getOrDefault(code.code(), List.of()))
        : List.of();
  }

  /**
   * Returns up to three codes of this revision close to {@code code} in spelling and of the same
   * form (section, division, group or class), closest first.
   */
  public List<NaceCode> suggestions(NaceCode code) {
    String text = code.code();
    return Suggestions.closest(
            text, activities.keySet().stream().filter(c -> c.length() == text.length()), 3)
        .stream()
        .map(c -> new NaceCode(revision, c))
        .toList();
  }
}
