package eu.clusterdata.io;

import eu.clusterdata.model.ClusterDataException;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Severity;
import java.util.List;

/**
 * One record of a {@link ProfileSource}: a profile, or why the record could not be read; and what
 * reading it found besides: triples of an RDF input that no profile took ({@code rdf.unmapped}),
 * identifiers it shares with an earlier record ({@code collection.*}).
 *
 * @param index the record's position in the source, counting from 0; -1 for the source as a whole
 * @param line the line the record starts on, counting from 1, or 0 if the source has no lines
 * @param profile the profile, or {@code null} if the record could not be read
 * @param error why the record could not be read, with its problems as data (code, path, line,
 *     column, message), or {@code null} if the record was read
 * @param findings what reading found about the record, at paths in its profile; errors among them
 *     mean that storing or converting the record would lose data
 */
public record SourceRecord(
    long index,
    long line,
    ClusterProfile profile,
    ClusterDataException error,
    List<Finding> findings) {

  public SourceRecord {
    if ((profile == null) == (error == null)) {
      throw new IllegalArgumentException(
          "a record has a profile or a problem, not both or neither");
    }
    findings = List.copyOf(findings);
  }

  /** A record that was read. */
  public static SourceRecord of(long index, long line, ClusterProfile profile) {
    return new SourceRecord(index, line, profile, null, List.of());
  }

  /** A record that could not be read. */
  public static SourceRecord bad(long index, long line, ClusterDataException error) {
    return new SourceRecord(index, line, null, error, List.of());
  }

  /** Returns this record with {@code more} findings after its own. */
  public SourceRecord withFindings(List<Finding> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Finding> all = new java.util.ArrayList<>(findings);
    all.addAll(more);
    return new SourceRecord(index, line, profile, error, all);
  }

  /** Returns the record's number as people count, from 1; 0 for the source as a whole. */
  public long number() {
    return index + 1;
  }

  /**
   * Returns whether the record can be stored or converted without loss: it was read and reading
   * found no error.
   */
  public boolean isSound() {
    return error == null && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Returns what is wrong and where, in English words, or {@code null} if the record was read. */
  public String problem() {
    return error == null ? null : error.getMessage();
  }
}
