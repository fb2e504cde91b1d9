package eu.clusterdata.spring;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.rdf.ClusterRdf;
import eu.clusterdata.rdf.RdfDocument;
import eu.clusterdata.rdf.RdfSyntax;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes and reads a {@link ClusterProfile} as linked data, chosen by content negotiation: Turtle
 * ({@code text/turtle}), JSON-LD ({@code application/ld+json}), N-Triples ({@code
 * application/n-triples}) and RDF/XML ({@code application/rdf+xml}), with the library's mapping. A
 * request body must hold exactly one profile. Thread-safe.
 */
public final class ProfileRdfHttpMessageConverter
    extends AbstractHttpMessageConverter<ClusterProfile> {

  /** The media types, each with its syntax; the first is written when any will do. */
  private static final Map<MediaType, RdfSyntax> SYNTAXES = new LinkedHashMap<>();

  static {
    SYNTAXES.put(MediaType.parseMediaType("text/turtle"), RdfSyntax.TURTLE);
    SYNTAXES.put(MediaType.parseMediaType("application/ld+json"), RdfSyntax.JSON_LD);
    SYNTAXES.put(MediaType.parseMediaType("application/n-triples"), RdfSyntax.N_TRIPLES);
    SYNTAXES.put(MediaType.parseMediaType("application/rdf+xml"), RdfSyntax.RDF_XML);
  }

  private final ClusterRdf rdf;

  /** A converter with the library's default RDF reader and writer. */
  public ProfileRdfHttpMessageConverter() {
    this(ClusterRdf.create());
  }

  /** A converter with {@code rdf}, for instance one that writes the public export. */
  public ProfileRdfHttpMessageConverter(ClusterRdf rdf) {
    super(SYNTAXES.keySet().toArray(MediaType[]::new));
    this.rdf = rdf;
  }

  @Override
  protected boolean supports(Class<?> type) {
    return ClusterProfile.class.isAssignableFrom(type);
  }

  @Override
  protected ClusterProfile readInternal(
      Class<? extends ClusterProfile> type, HttpInputMessage input) throws IOException {
    RdfDocument document = rdf.read(input.getBody(), syntax(input.getHeaders().getContentType()));
    List<ClusterProfile> profiles = document.profiles();
    if (profiles.size() != 1) {
      throw new HttpMessageNotReadableException(
          "expected one cluster profile in the body but found " + profiles.size(), input);
    }
    return profiles.get(0);
  }

  @Override
  protected void writeInternal(ClusterProfile profile, HttpOutputMessage output)
      throws IOException {
    rdf.write(profile, output.getBody(), syntax(output.getHeaders().getContentType()));
  }

  private static RdfSyntax syntax(MediaType type) {
    if (type != null) {
      for (Map.Entry<MediaType, RdfSyntax> entry : SYNTAXES.entrySet()) {
        if (entry.getKey().isCompatibleWith(type) && !type.isWildcardSubtype()) {
          return entry.getValue();
        }
      }
    }
    return RdfSyntax.TURTLE;
  }
}
