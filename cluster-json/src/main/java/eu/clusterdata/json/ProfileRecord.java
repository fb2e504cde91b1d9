package eu.clusterdata.json;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.ValidationReport;

/**
 * One record of a collection being read: the profile, or the error that kept it from being read. A
 * bad record does not stop the good ones after it.
 *
 * @param index the record's position in the collection, counting from 0
 * @param line the line the record starts on, counting from 1
 * @param profile the profile, or {@code null} if the record could not be read
 * @param error why the record could not be read, or {@code null}
 * @param report the validation report, if the reader validates and the record was read; its paths
 *     are relative to the record ({@code $.memberships[3].actor})
 */
public record ProfileRecord(
    long index,
    long line,
    ClusterProfile profile,
    ClusterJsonException error,
    ValidationReport report) {

  /** Returns whether the record was read. */
  public boolean isRead() {
    return profile != null;
  }
}
