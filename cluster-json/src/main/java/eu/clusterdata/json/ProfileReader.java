package eu.clusterdata.json;

import eu.clusterdata.model.format.ProfileRecord;
import java.io.Closeable;
import java.util.Iterator;

/**
 * Reads a collection of profiles one at a time, in constant memory whatever the collection's size.
 * Each {@link ProfileRecord} holds a profile or the error that kept it from being read; in JSON
 * Lines, reading goes on after any bad record; in a JSON array, after a record of the wrong shape,
 * but not after broken JSON, which ends the array with a record for the input as a whole. Not
 * thread-safe.
 *
 * <pre>{@code
 * try (ProfileReader reader = json.reader(in, ProfileFormat.JSON_LINES)) {
 *   while (reader.hasNext()) {
 *     ProfileRecord record = reader.next();
 *     if (!record.isRead()) System.err.println(record.location() + ": " + record.error().getMessage());
 *   }
 * }
 * }</pre>
 */
public interface ProfileReader extends Iterator<ProfileRecord>, Closeable {

  /** Closes the reader and its input. */
  @Override
  void close();
}
