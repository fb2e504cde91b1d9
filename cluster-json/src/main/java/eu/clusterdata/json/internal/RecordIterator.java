package eu.clusterdata.json.internal;

import eu.clusterdata.json.ClusterJsonException;
import eu.clusterdata.json.ProfileReader;
import eu.clusterdata.json.ProfileRecord;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.ProfileValidator;
import java.util.NoSuchElementException;

/**
 * What the collection readers share: the iterator protocol over records that are read ahead one at
 * a time, record numbering, and validation of what was read.
 */
abstract class RecordIterator implements ProfileReader {

  private final ProfileValidator validator;
  private ProfileRecord next;
  private long index;
  private boolean done;

  RecordIterator(ProfileValidator validator) {
    this.validator = validator;
  }

  /**
   * Returns the next record, null for something to skip (such as a blank line), or calls {@link
   * #end()}.
   */
  abstract ProfileRecord advance();

  /** Marks the end of the collection. */
  final void end() {
    done = true;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public final ProfileRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ProfileRecord record = next;
    next = null;
    return record;
  }

  /** Returns the record of a profile read at {@code line}, validated if this reader validates. */
  final ProfileRecord read(ClusterProfile profile, long line) {
    return new ProfileRecord(
        index++,
        line,
        profile,
        null,
        validator == null ? null : ReportPaths.toJsonPaths(validator.validate(profile)));
  }

  /** Returns the record of one that could not be read. */
  final ProfileRecord failed(ClusterJsonException error, long line) {
    return new ProfileRecord(index++, line, null, error, null);
  }
}
