package eu.clusterdata.model.internal;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.FormatRequirements;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileWriter;
import java.util.Objects;

/**
 * What every {@link ProfileWriter} does around writing one profile: refuses to write when closed,
 * checks the profile against what the format needs before a byte of it is written, leaves out
 * personal data for a public export, counts, and finishes the output once. A format's writer
 * supplies {@link #append} and {@link #finish}.
 */
public abstract class StreamingWriter implements ProfileWriter {

  private final ProfileFormat format;
  private final boolean publicExport;
  private long count;
  private boolean closed;

  /**
   * @param format the format written, whose requirements each profile must meet
   * @param publicExport whether to leave out personal data ({@code withoutPersonalData()})
   */
  protected StreamingWriter(ProfileFormat format, boolean publicExport) {
    this.format = Objects.requireNonNull(format, "format");
    this.publicExport = publicExport;
  }

  /** The format written. */
  protected final ProfileFormat format() {
    return format;
  }

  @Override
  public final void write(ClusterProfile profile) {
    Objects.requireNonNull(profile, "profile");
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    FormatRequirements.require(profile, format);
    append(publicExport ? profile.withoutPersonalData() : profile);
    count++;
  }

  @Override
  public final long count() {
    return count;
  }

  @Override
  public final void close() {
    if (!closed) {
      closed = true;
      finish();
    }
  }

  /** Writes one profile that meets the format's requirements. */
  protected abstract void append(ClusterProfile profile);

  /** Completes the collection and closes the output. */
  protected abstract void finish();
}
