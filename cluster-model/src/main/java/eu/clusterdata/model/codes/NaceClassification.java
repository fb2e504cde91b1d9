package eu.clusterdata.model.codes;

import eu.clusterdata.model.internal.Csv;
import eu.clusterdata.model.internal.Suggestions;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NaceRevision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The activities of one revision of the NACE classification, as Eurostat publishes them: sections,
 * divisions, groups and classes with their English titles, and German titles for Rev. 2 (see the
 * NOTICE file for the sources). Look-ups take constant time; each revision is read from the jar
 * once, when first asked for, and only its codes are indexed at once. Immutable and thread-safe.
 */
public final class NaceClassification {

  /** The revisions read so far, by ordinal: read without a lock, as every code look-up asks. */
  private static final AtomicReferenceArray<NaceClassification> REVISIONS =
      new AtomicReferenceArray<>(NaceRevision.values().length);

  private final NaceRevision revision;
  private final Csv.Table table;

  private NaceClassification(NaceRevision revision) {
    this.revision = revision;
    this.table =
        Csv.table(
            NaceClassification.class,
            "/eu/clusterdata/model/codes/nace-rev".concat(revision.label()).concat(".csv"));
  }

  private @Nullable NaceActivity activity(String code) {
    String[] row = table.row(code);
    return row == null
        ? null
        : new NaceActivity(
            new NaceCode(revision, row[0]),
            Integer.parseInt(row[1]),
            row[2],
            row[3].isEmpty() ? null : row[3],
            row[4].isEmpty() ? null : new NaceCode(revision, row[4]));
  }

  /** Returns the activities of {@code revision}. */
  public static NaceClassification of(NaceRevision revision) {
    Objects.requireNonNull(revision, "revision");
    NaceClassification classification = REVISIONS.get(revision.ordinal());
    return classification != null ? classification : load(revision);
  }

  /** Reads {@code revision} once: the lock keeps two threads from reading the same list. */
  private static synchronized NaceClassification load(NaceRevision revision) {
    // No lambda here: see NutsClassification.load.
    NaceClassification classification = REVISIONS.get(revision.ordinal());
    if (classification == null) {
      classification = new NaceClassification(revision);
      REVISIONS.set(revision.ordinal(), classification);
    }
    return classification;
  }

  /** Returns the revision. */
  public NaceRevision revision() {
    return revision;
  }

  /** Returns the activity with this code, if the code's revision has it. */
  public Optional<NaceActivity> activity(NaceCode code) {
    return code.revision() == revision
        ? Optional.ofNullable(activity(code.code()))
        : Optional.empty();
  }

  /** Returns whether this revision has the code (of this revision). */
  public boolean contains(NaceCode code) {
    return code.revision() == revision && table.contains(code.code());
  }

  /** Returns every activity, in classification order (a section, then its divisions...). */
  public List<NaceActivity> activities() {
    return table.codes().stream().map(this::activity).toList();
  }

  /** Returns the activities of one level (1 sections, 2 divisions, 3 groups, 4 classes). */
  public List<NaceActivity> activities(int level) {
    return activities().stream().filter(a -> a.level() == level).toList();
  }

  /** Returns the activities one level down, in classification order. */
  public List<NaceActivity> children(NaceCode code) {
    return code.revision() == revision
        ? activities().stream().filter(a -> code.equals(a.parent())).toList()
        : List.of();
  }

  /**
   * Returns up to three codes of this revision close to {@code code} in spelling and of the same
   * form (section, division, group or class), closest first.
   */
  public List<NaceCode> suggestions(NaceCode code) {
    String text = code.code();
    return Suggestions.closest(
            text, table.codes().stream().filter(c -> c.length() == text.length()), 3)
        .stream()
        .map(c -> new NaceCode(revision, c))
        .toList();
  }
}
