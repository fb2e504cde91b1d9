package eu.clusterdata.model.internal;

import eu.clusterdata.model.Iri;
import eu.clusterdata.model.constraints.ValidIri;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Checks {@link ValidIri}: an absolute http, https or urn IRI; http(s) IRIs need a host. */
public final class IriValidator implements ConstraintValidator<ValidIri, Iri> {

  private static final Set<String> SCHEMES = Set.of("http", "https", "urn");

  @Override
  public boolean isValid(Iri iri, ConstraintValidatorContext context) {
    return iri == null || isValid(iri.value());
  }

  /** Returns whether {@code text} is an identifier this model accepts. */
  static boolean isValid(String text) {
    if (text.isEmpty() || text.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x20)) {
      return false;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
        return false;
      }
      return scheme.equalsIgnoreCase("urn") ? uri.isOpaque() : uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
