package eu.clusterdata.tabular;

import eu.clusterdata.model.problem.Problem;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of a sheet read through a {@link ColumnMapping}: the fields that find its cluster and the
 * record it becomes, or why it could not become one.
 *
 * @param row the row in the sheet, counted from 1 (the header is row 1)
 * @param cluster the row's cluster fields ({@code id}, {@code name}, {@code country}, {@code
 *     website}) as given, the country as an ISO code where the name was known
 * @param record the record for the mapping's {@code into} sheet, or {@code null}
 * @param problems every wrong cell, with its sheet, row and column; empty when the record was made
 */
public record MappedRow(
    int row, Map<String, String> cluster, @Nullable Object record, List<Problem> problems) {

  public MappedRow {
    cluster = Map.copyOf(cluster);
    problems = List.copyOf(problems);
  }

  /** Returns whether the row became a record. */
  public boolean isRead() {
    return record != null;
  }
}
