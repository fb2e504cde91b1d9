package eu.clusterdata.model.internal;

import eu.clusterdata.model.constraints.ValidIri;
import eu.clusterdata.model.value.Iri;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
   * Whether {@code text} is {@code http://} or {@code https://}, a {@linkplain #hostEnd host name},
   * and then only unreserved and reserved characters of RFC 3986 (no brackets), well-formed percent
   * escapes and at most one {@code #}.
   */
  static boolean isPlainHttp(String text) {
    return plainHostEnd(text) >= 0;
  }

  /** Where the host of a {@linkplain #isPlainHttp plain} http(s) IRI ends, or -1 for other text. */
  private static int plainHostEnd(String text) {
    int from = hostStart(text);
    if (from < 0) {
      return -1;
    }
    int end = hostEnd(text, from);
    if (end < 0 || (end < text.length() && text.charAt(end) != '/')) {
      return -1;
    }
    return isPlainPath(text, end) ? end : -1;
  }

  /**
   * Returns the host of an http(s) IRI (as written, not lower-cased), or null if {@code text} has
   * none or is not an IRI: by the scan for a {@linkplain #isPlainHttp plain} one, else by the
   * parser.
   */
  static @Nullable String host(String text) {
    int end = plainHostEnd(text);
    if (end >= 0) {
      return text.substring(hostStart(text), end);
    }
    try {
      return new URI(text).getHost();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Where the host begins after {@code http://} or {@code https://}, or -1 for other text. */
  private static int hostStart(String text) {
    if (text.length() < 8
        || text.charAt(0) != 'h'
        || text.charAt(1) != 't'
        || text.charAt(2) != 't'
        || text.charAt(3) != 'p') {
      return -1;
    }
    int i = text.charAt(4) == 's' ? 5 : 4;
    if (text.charAt(i) != ':' || text.charAt(i + 1) != '/' || text.charAt(i + 2) != '/') {
      return -1;
    }
    return i + 3;
  }

  /**
   * Returns where the host name that begins at {@code from} ends, or -1 if what is there is not a
   * host name the parser surely accepts: dot-separated labels of ASCII letters, digits and inner
   * hyphens, the last one beginning with a letter. IP addresses, trailing dots and the like are
   * left to the parser.
   */
  private static int hostEnd(String text, int from) {
    int length = text.length();
    int label = from;
    int i = from;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c < 128 && ALPHANUMERIC[c]) {
        continue;
      }
      if (c == '.') {
        if (i == label || text.charAt(i - 1) == '-') {
          return -1;
        }
        label = i + 1;
      } else if (c == '-') {
        if (i == label) {
          return -1;
        }
      } else {
        break;
      }
    }
    boolean lastLabelOk = i > label && text.charAt(i - 1) != '-' && !isDigit(text.charAt(label));
    return lastLabelOk ? i : -1;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether {@code text} from {@code from} on, where no fragment has begun, is a path, query and
   * fragment of plain characters, well-formed percent escapes and at most one {@code #}.
   */
  private static boolean isPlainPath(String text, int from) {
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

  private static boolean isPathChar(char c) {
    return c < 128 && PATH[c];
  }

  /**
   * ASCII letters, digits and the other unreserved and reserved characters, but brackets, {@code %}
   * and {@code #}.
   */
  private static final boolean[] PATH = new boolean[128];

  /** ASCII letters and digits. */
  private static final boolean[] ALPHANUMERIC = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ALPHANUMERIC[c] = isAlphanumeric(c);
      PATH[c] = isAlphanumeric(c) || ".-/_~:?@!$&'()*+,;=".indexOf(c) >= 0;
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
