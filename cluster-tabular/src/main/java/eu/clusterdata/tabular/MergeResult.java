package eu.clusterdata.tabular;

import eu.clusterdata.model.ClusterProfile;
import java.util.List;

/**
 * The outcome of merging a mapped sheet into profiles.
 *
 * @param profiles every profile, changed or not, in the order given
 * @param changed the profiles that changed, in the order given
 * @param rows what became of each row, in sheet order
 */
public record MergeResult(
    List<ClusterProfile> profiles, List<ClusterProfile> changed, List<RowOutcome> rows) {

  public MergeResult {
    profiles = List.copyOf(profiles);
    changed = List.copyOf(changed);
    rows = List.copyOf(rows);
  }

  /** Returns whether every row found its cluster exactly and was read. */
  public boolean isComplete() {
    return rows.stream().allMatch(r -> r.match() == RowOutcome.Match.EXACT);
  }
}
