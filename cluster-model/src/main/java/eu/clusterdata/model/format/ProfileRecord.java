package eu.clusterdata.model.format;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record of an input, as every reader of the library gives it: the profile, or why it could not
 * be read (every problem found, each with where); and what reading found besides, such as triples
 * of an RDF input that no profile took ({@code rdf.unmapped}) or an identifier an earlier record of
 * the input has ({@code collection.*}). A bad record does not stop the good ones after it.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * if (!record.isRead()) {
 *   System.err.println(record.location() + ": " + record.error().getMessage());
 * }
 * }</pre>
 *
 * @param location where the record is; the input as a whole ({@link RecordLocation#isWholeInput})
 *     for a problem that stops the input, such as broken syntax
 * @param profile the profile, or {@code null} if the record could not be read
 * @param error why the record could not be read, with every problem as data, or {@code null}
 * @param findings what reading found about a record that was read, at paths in its profile; an
 *     error among them means that storing or writing the record would lose data
 */
public record ProfileRecord(
    RecordLocation location,
    @Nullable ClusterProfile profile,
    @Nullable ClusterDataException error,
    List<Finding> findings) {

  public ProfileRecord {
    Objects.requireNonNull(location, "location");
    if ((profile == null) == (error == null)) {
      throw new IllegalArgumentException(
          "a record holds a profile or an error, not both or neither");
    }
    findings = List.copyOf(findings);
  }

  /** A record that was read. */
  public static ProfileRecord read(RecordLocation location, ClusterProfile profile) {
    return new ProfileRecord(location, Objects.requireNonNull(profile, "profile"), null, List.of());
  }

  /** A record that could not be read. */
  public static ProfileRecord unreadable(RecordLocation location, ClusterDataException error) {
    return new ProfileRecord(location, null, Objects.requireNonNull(error, "error"), List.of());
  }

  /** Returns the records of profiles in memory, numbered from 1 in their order. */
  public static Iterator<ProfileRecord> numbered(Iterable<ClusterProfile> profiles) {
    Iterator<ClusterProfile> it = profiles.iterator();
    return new Iterator<>() {
      private long number;

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public ProfileRecord next() {
        return read(RecordLocation.record(++number, 0), it.next());
      }
    };
  }

  /**
   * Returns the profile of a record that was read: for code that has asked {@link #isRead()} or
   * {@link #isSound()}.
   *
   * @throws IllegalStateException if the record could not be read
   */
  public ClusterProfile requireProfile() {
    if (profile == null) {
      throw new IllegalStateException("record " + location.number() + " could not be read", error);
    }
    return profile;
  }

  /** Returns whether the record was read. */
  public boolean isRead() {
    return profile != null;
  }

  /**
   * Returns whether the record can be written or stored without loss: it was read and reading found
   * no error.
   */
  public boolean isSound() {
    return profile != null && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Returns the problems that kept the record from being read; empty if it was read. */
  public List<Problem> problems() {
    return error == null ? List.of() : error.problems();
  }

  /**
   * Returns why the record may not be written or stored: the problems that kept it from being read,
   * or its error findings, each as a problem at its path; empty for a sound record.
   */
  public List<Problem> reasons() {
    if (error != null) {
      return error.problems();
    }
    return findings.stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(Finding::asProblem)
        .toList();
  }

  /**
   * Returns the {@linkplain #reasons() reasons}, each message led by the record's location ({@code
   * export.jsonl record 3 (line 3): ...}): for a report that speaks of many records.
   */
  public List<Problem> locatedReasons() {
    return reasons().stream()
        .map(
            p ->
                new Problem(
                    p.code(),
                    p.path(),
                    p.line(),
                    p.column(),
                    Message.of("read.at", location.message(), p.message())))
        .toList();
  }

  /** Returns this record with {@code more} findings after its own. */
  public ProfileRecord withFindings(List<Finding> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(more);
    return new ProfileRecord(location, profile, error, all);
  }

  /** Returns this record at {@code location}. */
  public ProfileRecord at(RecordLocation location) {
    return new ProfileRecord(location, profile, error, findings);
  }
}
