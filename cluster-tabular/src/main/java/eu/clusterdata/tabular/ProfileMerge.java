package eu.clusterdata.tabular;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.tabular.internal.Mappings;
import eu.clusterdata.tabular.internal.Merge;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Merges the rows of a sheet read through a {@link ColumnMapping} into existing profiles, adding or
 * updating labels, member counts, services... rather than replacing profiles. Nothing is guessed: a
 * row finds its cluster by id, or by its name (and country) equal after normalising case, accents
 * and punctuation; a near name, two clusters of one name, or none are reported as such and change
 * nothing. A changed profile gets {@code now} as its modification time and the mapping's title
 * among its sources.
 *
 * <pre>{@code
 * ColumnMapping mapping = ColumnMapping.read(in, "esca-labels.mapping.json");
 * List<MappedRow> rows = ClusterTables.create().read(Path.of("labels.xlsx"), mapping);
 * MergeResult result = ProfileMerge.merge(profiles, rows, mapping, Instant.now());
 * result.rows().forEach(System.out::println);      // what each row found and changed
 * if (result.isComplete()) { store(result.changed()); }
 * }</pre>
 */
public final class ProfileMerge {

  private ProfileMerge() {}

  /**
   * Returns the profiles with the rows merged in, and what became of each row.
   *
   * @throws TableException if {@code mapping} (made in code rather than read) is not valid
   */
  public static MergeResult merge(
      List<ClusterProfile> profiles, List<MappedRow> rows, ColumnMapping mapping, Instant now) {
    return Merge.merge(
        List.copyOf(profiles),
        List.copyOf(rows),
        Mappings.require(Objects.requireNonNull(mapping, "mapping"), "mapping"),
        Objects.requireNonNull(now, "now"));
  }
}
