package eu.clusterdata.io;

import eu.clusterdata.model.ClusterDataException;
import eu.clusterdata.model.ClusterProfile;

/**
 * One record of a {@link ProfileSource}: a profile, or why the record could not be read.
 *
 * @param index the record's position in the source, counting from 0
 * @param line the line the record starts on, counting from 1, or 0 if the source has no lines
 * @param profile the profile, or {@code null} if the record could not be read
 * @param error why the record could not be read, with its problems as data (code, path, line,
 *     column), or {@code null} if the record was read
 */
public record SourceRecord(
    long index, long line, ClusterProfile profile, ClusterDataException error) {

  public SourceRecord {
    if ((profile == null) == (error == null)) {
      throw new IllegalArgumentException(
          "a record has a profile or a problem, not both or neither");
    }
  }

  /** A record that was read. */
  public static SourceRecord of(long index, long line, ClusterProfile profile) {
    return new SourceRecord(index, line, profile, null);
  }

  /** A record that could not be read. */
  public static SourceRecord bad(long index, long line, ClusterDataException error) {
    return new SourceRecord(index, line, null, error);
  }

  /** Returns what is wrong and where, in words, or {@code null} if the record was read. */
  public String problem() {
    return error == null ? null : error.getMessage();
  }
}
