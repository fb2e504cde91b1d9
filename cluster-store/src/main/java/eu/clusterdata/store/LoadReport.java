package eu.clusterdata.store;

import java.util.List;

/**
 * What a bulk load did.
 *
 * @param read the records read from the source
 * @param stored the profiles stored
 * @param problems the records not stored, in source order; every record read is either stored or
 *     here
 */
public record LoadReport(long read, long stored, List<LoadProblem> problems) {

  public LoadReport {
    problems = List.copyOf(problems);
  }

  /** Returns whether every record read was stored. */
  public boolean isComplete() {
    return problems.isEmpty() && stored == read;
  }
}
