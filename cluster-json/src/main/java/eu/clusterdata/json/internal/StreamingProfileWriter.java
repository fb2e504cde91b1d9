package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.internal.StreamingWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes profile documents one by one, as a JSON array ({@code JSON}) or as JSON Lines. */
public final class StreamingProfileWriter extends StreamingWriter {

  private final OutputStream out;
  private final JsonGenerator generator;
  private final Codec<ClusterProfile> codec = Codecs.of(ClusterProfile.class);

  /**
   * @param pretty whether to indent a JSON array; JSON Lines is always one record per line
   * @param publicExport whether to leave out personal data ({@code withoutPersonalData()})
   */
  public StreamingProfileWriter(
      JsonIo io, OutputStream out, ProfileFormat format, boolean pretty, boolean publicExport) {
    super(format, publicExport);
    this.out = out;
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
  protected void append(ClusterProfile profile) {
    try {
      codec.write(generator, profile);
      if (format() == ProfileFormat.JSON_LINES) {
        generator.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void finish() {
    try (out) {
      if (format() == ProfileFormat.JSON) {
        generator.writeEndArray();
      }
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
