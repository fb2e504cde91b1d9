package eu.clusterdata.store;

import eu.clusterdata.model.format.ProfileRecord;
import java.util.List;

/**
 * What a bulk load did: how many records it read and stored, and every record it did not store,
 * with why (the problems that kept it from being read, or the errors that refuse its profile as its
 * {@linkplain ProfileRecord#findings() findings}; {@link ProfileRecord#reasons()} gives both as
 * problems).
 *
 * @param read the records read
 * @param stored the profiles stored
 * @param refused the records not stored, in the order they were read; every record read is either
 *     stored or here
 */
public record LoadReport(long read, long stored, List<ProfileRecord> refused) {

  public LoadReport {
    refused = List.copyOf(refused);
  }

  /** Returns whether every record read was stored. */
  public boolean isComplete() {
    return refused.isEmpty() && stored == read;
  }
}
