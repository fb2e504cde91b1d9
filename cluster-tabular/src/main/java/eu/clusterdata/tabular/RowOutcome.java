package eu.clusterdata.tabular;

import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.value.Iri;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of one row of a mapped sheet in a merge: which cluster it found, and what it changed.
 *
 * @param row the row in the sheet, counted from 1
 * @param name the cluster name the row gives, for messages
 * @param match how it found its cluster
 * @param cluster the cluster it found ({@link Match#EXACT}), or the one it nearly names ({@link
 *     Match#NEAR}); {@code null} otherwise
 * @param change what it changed, for an exact match; {@code null} otherwise
 * @param detail the record's fields, or the fields that changed with their old and new values
 * @param problems the row's wrong cells ({@link Match#UNREADABLE})
 */
public record RowOutcome(
    int row,
    String name,
    Match match,
    @Nullable Iri cluster,
    @Nullable Change change,
    String detail,
    List<Problem> problems) {

  public RowOutcome {
    problems = List.copyOf(problems);
  }

  /** How a row found its cluster. */
  public enum Match {
    /** By its id, or by its name (and country) exactly, after normalising case and accents. */
    EXACT,
    /** Not exactly, but a cluster's name is close: reported, never applied. */
    NEAR,
    /** Two or more clusters have the name: reported, never applied. */
    AMBIGUOUS,
    /** No cluster has the id or a name close to it. */
    UNMATCHED,
    /** A cell of the row is wrong, so it made no record. */
    UNREADABLE
  }

  /** What an exactly matched row did to its cluster's profile. */
  public enum Change {
    /** Its record was not in the profile and was added. */
    ADDED,
    /** A record of the same identity was there with other values, and was replaced. */
    UPDATED,
    /** The same record was already there. */
    UNCHANGED
  }
}
