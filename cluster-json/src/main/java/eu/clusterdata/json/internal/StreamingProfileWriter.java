package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.clusterdata.json.ProfileWriter;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.FormatRequirements;
import eu.clusterdata.model.format.ProfileFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** Writes profile documents one by one, as a JSON array ({@code JSON}) or as JSON Lines. */
public final class StreamingProfileWriter implements ProfileWriter {

  private final OutputStream out;
  private final JsonGenerator generator;
  private final ProfileFormat format;
  private final Codec<ClusterProfile> codec = Codecs.of(ClusterProfile.class);
  private final boolean publicExport;
  private long count;
  private boolean closed;

  /**
   * @param pretty whether to indent a JSON array; JSON Lines is always one record per line
   * @param publicExport whether to leave out personal data ({@code withoutPersonalData()})
   */
  public StreamingProfileWriter(
      JsonIo io, OutputStream out, ProfileFormat format, boolean pretty, boolean publicExport) {
    this.out = out;
    this.publicExport = publicExport;
    this.format = format;
    try {
      this.generator = io.generator(out, pretty && format == ProfileFormat.JSON);
      if (format == ProfileFormat.JSON) {
        generator.writeStartArray();
      } else {
        generator.setRootValueSeparator(null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(ClusterProfile profile) {
    Objects.requireNonNull(profile, "profile");
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    FormatRequirements.require(profile, format); // before a byte of it is written
    try {
      codec.write(generator, publicExport ? profile.withoutPersonalData() : profile);
      if (format == ProfileFormat.JSON_LINES) {
        generator.writeRaw('\n');
      }
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      if (format == ProfileFormat.JSON) {
        generator.writeEndArray();
      }
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
