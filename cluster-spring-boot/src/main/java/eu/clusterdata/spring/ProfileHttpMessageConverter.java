package eu.clusterdata.spring;

import eu.clusterdata.io.ProfileSink;
import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.io.UnreadableInputException;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.validation.IntegrityPolicy;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes and reads a {@link ClusterProfile} in the formats of the registry that hold one profile as
 * text, chosen by content negotiation: the library's JSON ({@code application/json}, the default
 * when a client accepts anything), Turtle, JSON-LD, N-Triples, RDF/XML, TriG and N-Quads. It reads
 * through cluster-io's {@link ProfileSource} and writes through its {@link ProfileSink}, so a body
 * gets the verdict every other door gives: a body that cannot be read, holds no profile or more
 * than one, is an {@link HttpMessageNotReadableException} whose cause is the library's {@link
 * ClusterDataException} with every problem (which {@link ProfileProblemAdvice} answers with 400 and
 * a problem detail). Thread-safe.
 */
public final class ProfileHttpMessageConverter
    extends AbstractHttpMessageConverter<ClusterProfile> {

  /** The formats, in the order a client that accepts anything is answered. */
  private static final List<ProfileFormat> FORMATS =
      List.of(
          ProfileFormat.JSON,
          ProfileFormat.TURTLE,
          ProfileFormat.JSON_LD,
          ProfileFormat.N_TRIPLES,
          ProfileFormat.RDF_XML,
          ProfileFormat.TRIG,
          ProfileFormat.N_QUADS);

  private final boolean publicExport;

  /** A converter that writes profiles whole. */
  public ProfileHttpMessageConverter() {
    this(false);
  }

  /**
   * A converter that writes profiles as they may be published, without contacts that are personal
   * data of natural persons, if {@code publicExport}.
   */
  public ProfileHttpMessageConverter(boolean publicExport) {
    super(
        FORMATS.stream()
            .map(f -> MediaType.parseMediaType(f.mediaType()))
            .toArray(MediaType[]::new));
    this.publicExport = publicExport;
  }

  @Override
  protected boolean supports(Class<?> type) {
    return ClusterProfile.class.isAssignableFrom(type);
  }

  @Override
  protected ClusterProfile readInternal(
      Class<? extends ClusterProfile> type, HttpInputMessage input) throws IOException {
    ProfileFormat format = format(input.getHeaders().getContentType());
    ProfileRecord first = null;
    long count = 0;
    try (ProfileSource source =
        ProfileSource.builder().input(input.getBody(), null).format(format).build()) {
      while (source.hasNext()) {
        ProfileRecord record = source.next();
        if (!record.isSound()) {
          throw unreadable(record.error() != null ? record.error() : invalid(record), input);
        }
        first = first == null ? record : first;
        count++;
      }
    } catch (UnreadableInputException e) {
      throw unreadable(e, input);
    }
    if (count != 1 || first == null) {
      throw unreadable(
          new ClusterDataException(
              "read.one-profile",
              List.of(
                  new Problem("read.one-profile", "", 0, 0, Message.of("read.one-profile", count))),
              null),
          input);
    }
    return first.requireProfile(); // sound
  }

  /** The errors reading found in a record that was read, as the library's exception. */
  private static ClusterDataException invalid(ProfileRecord record) {
    return new ClusterDataException("read.invalid", record.reasons(), null);
  }

  private static HttpMessageNotReadableException unreadable(
      ClusterDataException cause, HttpInputMessage input) {
    return new HttpMessageNotReadableException(cause.message(Locale.ENGLISH), cause, input);
  }

  @Override
  protected void writeInternal(ClusterProfile profile, HttpOutputMessage output)
      throws IOException {
    // The application's own data on its way out: what the format needs is still required.
    try (ProfileSink sink =
        ProfileSink.toStream(output.getBody(), format(output.getHeaders().getContentType()))
            .policy(IntegrityPolicy.unchecked())
            .publicExport(publicExport)
            .oneProfile(true)
            .build()) {
      sink.write(profile);
      sink.finish();
    }
  }

  /** The format of a media type; JSON for none or a wildcard. */
  private static ProfileFormat format(@Nullable MediaType type) {
    if (type == null || type.isWildcardType() || type.isWildcardSubtype()) {
      return ProfileFormat.JSON;
    }
    return FORMATS.stream()
        .filter(f -> MediaType.parseMediaType(f.mediaType()).isCompatibleWith(type))
        .findFirst()
        .orElse(ProfileFormat.JSON);
  }
}
