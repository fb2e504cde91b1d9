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

  /**
   * Returns whether {@code text} is an identifier this model accepts. The common case, a plain
   * {@code https://host/path} of safe characters, is checked by a scan; anything else goes to the
   * full parser, since profiles hold many identifiers and parsing each is the validator's largest
   * single cost.
   */
  static boolean isValid(String text) {
    return isPlainHttp(text) || isValidByParser(text);
  }

  /**
   * Whether {@code text} is {@code http://} or {@code https://}, a host of letters, digits, dots
   * and hyphens, and then only unreserved and reserved characters of RFC 3986 (no brackets),
   * well-formed percent escapes and at most one {@code #}.
   */
  static boolean isPlainHttp(String text) {
    return plainPrefix(text) >= 0;
  }

  /**
   * Returns -1 if {@code text} is not {@link #isPlainHttp plain}; else the length of its longest
   * prefix that ends in a {@code /} of the path before any {@code #} (0 if there is none). Another
   * text with the same prefix is plain if {@link #isPlainPath(String, int)} from there.
   */
  static int plainPrefix(String text) {
    int start = text.startsWith("https://") ? 8 : text.startsWith("http://") ? 7 : -1;
    if (start < 0) {
      return -1;
    }
    int i = start;
    while (i < text.length() && isHostChar(text.charAt(i))) {
      i++;
    }
    if (i == start || (i < text.length() && text.charAt(i) != '/')) {
      return -1;
    }
    if (!isPlainPath(text, i)) {
      return -1;
    }
    int fragment = text.indexOf('#', i);
    int slash = text.lastIndexOf('/', fragment < 0 ? text.length() - 1 : fragment);
    return slash >= i ? slash + 1 : 0;
  }

  /**
   * Whether {@code text} from {@code from} on, where no fragment has begun, is a path, query and
   * fragment of plain characters, well-formed percent escapes and at most one {@code #}.
   */
  static boolean isPlainPath(String text, int from) {
    boolean fragment = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPathChar(c)) {
        continue;
      }
      if (c == '%') {
        if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (c == '#') {
        if (fragment) {
          return false;
        }
        fragment = true;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isHostChar(char c) {
    return c < 128 && HOST[c];
  }

  private static boolean isPathChar(char c) {
    return c < 128 && PATH[c];
  }

  /** ASCII letters, digits, dot and hyphen. */
  private static final boolean[] HOST = new boolean[128];

  /**
   * Those and the other unreserved and reserved characters, but brackets, {@code %} and {@code #}.
   */
  private static final boolean[] PATH = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      HOST[c] =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-';
      PATH[c] = HOST[c] || "/_~:?@!$&'()*+,;=".indexOf(c) >= 0;
    }
  }

  static boolean isValidByParser(String text) {
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
