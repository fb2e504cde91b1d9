package eu.clusterdata.io;

import eu.clusterdata.model.format.ProfileRecord;
import java.util.List;

/**
 * What a {@link ProfileSink} did: how many records it was offered and wrote, and every record it
 * refused with why (the problems that kept it from being read, or the errors that refuse its
 * profile, as {@link ProfileRecord#findings()}).
 *
 * @param offered the records offered
 * @param written the profiles written
 * @param refused the records refused, in the order they were offered
 */
public record WriteReport(long offered, long written, List<ProfileRecord> refused) {

  public WriteReport {
    refused = List.copyOf(refused);
  }
}
