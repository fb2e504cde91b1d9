package eu.clusterdata.json.internal;

import eu.clusterdata.json.ClusterJsonException;
import eu.clusterdata.json.ProfileReader;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.format.RecordLocation;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * What the collection readers share: the iterator protocol over records that are read ahead one at
 * a time, and record numbering from 1.
 */
abstract class RecordIterator implements ProfileReader {

  private final Closeable input;
  private @Nullable ProfileRecord next;
  private long number;
  private boolean done;

  /** A reader of {@code input}, which {@link #close()} closes. */
  RecordIterator(Closeable input) {
    this.input = input;
  }

  /**
   * Returns the next record, null for something to skip (such as a blank line), or calls {@link
   * #end()}.
   */
  abstract @Nullable ProfileRecord advance();

  @Override
  public final void close() {
    try {
      input.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
    ProfileRecord record = hasNext() ? next : null;
    if (record == null) {
      throw new NoSuchElementException();
    }
    next = null;
    return record;
  }

  /** Returns the record of a profile read at {@code line}. */
  final ProfileRecord read(ClusterProfile profile, long line) {
    return ProfileRecord.read(RecordLocation.record(++number, line), profile);
  }

  /** Returns the record of one that could not be read. */
  final ProfileRecord failed(ClusterJsonException error, long line) {
    return ProfileRecord.unreadable(RecordLocation.record(++number, line), error);
  }

  /**
   * Returns what stops the whole collection (broken JSON, the wrong kind of document), which is no
   * record of its own.
   */
  final ProfileRecord stopped(ClusterJsonException error) {
    end();
    return ProfileRecord.unreadable(RecordLocation.wholeInput(), error);
  }
}
