package eu.clusterdata.model.internal;

import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NaceRevision;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The shapes of the model's codes and the checks of its strings: the one place that defines them,
 * read by the model description (and through it by the validator, the JSON Schema and the SHACL
 * shapes) and by the Bean Validation constraint validators.
 */
public final class Syntax {

  /** A NUTS code: two letters, then up to three letters or digits ({@code DEA1}). */
  public static final Pattern NUTS = Pattern.compile("[A-Z]{2}[A-Z0-9]{0,3}");

  /** A code of an open code list: lower-case letters and digits joined by single hyphens. */
  public static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** A NACE Rev. 2 section, division, group or class (sections A to U). */
  public static final Pattern NACE_2 = Pattern.compile("[A-U]|(0[1-9]|[1-9][0-9])(\\.[0-9]{1,2})?");

  /** A NACE Rev. 2.1 section, division, group or class (sections A to V). */
  public static final Pattern NACE_2_1 =
      Pattern.compile("[A-V]|(0[1-9]|[1-9][0-9])(\\.[0-9]{1,2})?");

  private static final Pattern EMAIL_LOCAL =
      Pattern.compile(
          "[a-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]+)*",
          Pattern.CASE_INSENSITIVE);

  private static final String DOMAIN_CHAR = "[a-z\\u0080-\\uFFFF0-9!#$%&'*+/=?^_`{|}~]";
  private static final String DOMAIN_LABEL = "(?:" + DOMAIN_CHAR + "-*)*" + DOMAIN_CHAR + "+";
  private static final Pattern EMAIL_DOMAIN =
      Pattern.compile(
          DOMAIN_LABEL
              + "+(?:\\."
              + DOMAIN_LABEL
              + "+)*|\\[[0-9]{1,3}(\\.[0-9]{1,3}){3}\\]|\\[IPv6:[0-9a-f:.]+\\]",
          Pattern.CASE_INSENSITIVE);

  private Syntax() {}

  private static final java.util.Set<String> ISO_COUNTRIES =
      java.util.Set.of(Locale.getISOCountries());

  /** Returns whether {@code code} is an ISO 3166-1 alpha-2 code of the list the JDK ships. */
  public static boolean isCountryCode(String code) {
    return ISO_COUNTRIES.contains(code);
  }

  /**
   * Returns whether {@code code} can be an impulse's code: ASCII letters and digits, joined by
   * single hyphens ({@code I07}). Whether a catalogue lists it is a validation rule.
   */
  public static boolean isImpulseCode(String code) {
    boolean expectAlnum = true;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '-' && !expectAlnum) {
        expectAlnum = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        expectAlnum = false;
      } else {
        return false;
      }
    }
    return !expectAlnum;
  }

  /**
   * Returns a well-formed language tag in the case BCP 47 recommends (RFC 5646, 2.1.1), in which
   * RDF stores keep it: the language in lower case, a region in upper case, a script in title case,
   * everything from the first single-letter subtag on in lower case ({@code EN-gb} is {@code
   * en-GB}, {@code zh-hant-tw} is {@code zh-Hant-TW}). Case carries no meaning in a tag, so two
   * tags that differ only in case are one language.
   */
  public static String canonicalCase(String tag) {
    if (isLowerLanguage(tag)) {
      return tag; // "de", "en": most tags are a language alone, already in its case
    }
    String[] subtags = tag.split("-", -1);
    StringBuilder canonical = new StringBuilder(tag.length());
    boolean lower = false; // after a singleton (an extension or private use) all is lower case
    for (int i = 0; i < subtags.length; i++) {
      String subtag = subtags[i];
      if (i > 0) {
        canonical.append('-');
      }
      if (i == 0 || lower || subtag.length() == 1) {
        lower |= subtag.length() == 1;
        canonical.append(subtag.toLowerCase(Locale.ROOT));
      } else if (subtag.length() == 2) {
        canonical.append(subtag.toUpperCase(Locale.ROOT));
      } else if (subtag.length() == 4 && Character.isLetter(subtag.charAt(0))) {
        canonical
            .append(Character.toUpperCase(subtag.charAt(0)))
            .append(subtag.substring(1).toLowerCase(Locale.ROOT));
      } else {
        canonical.append(subtag.toLowerCase(Locale.ROOT));
      }
    }
    return canonical.toString();
  }

  /** Whether {@code tag} is two or three lower-case letters: a language in its canonical case. */
  private static boolean isLowerLanguage(String tag) {
    if (tag.length() < 2 || tag.length() > 3) {
      return false;
    }
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * The irregular grandfathered tags of RFC 5646, which do not have the shape of a language tag:
   * deprecated, each with a preferred value ({@code i-klingon} is {@code tlh}), and dropped by
   * JSON-LD processors.
   */
  private static final java.util.Set<String> IRREGULAR =
      java.util.Set.of(
          "en-gb-oed",
          "i-ami",
          "i-bnn",
          "i-default",
          "i-enochian",
          "i-hak",
          "i-klingon",
          "i-lux",
          "i-mingo",
          "i-navajo",
          "i-pwn",
          "i-tao",
          "i-tay",
          "i-tsu",
          "sgn-be-fr",
          "sgn-be-nl",
          "sgn-ch-de");

  /**
   * Returns whether {@code tag} is a well-formed BCP 47 language tag, other than the irregular
   * grandfathered ones, which every format would not carry alike.
   */
  public static boolean isLanguageTag(String tag) {
    if (isSimpleLanguage(tag)) {
      return true; // the common case, without building a locale
    }
    if (tag.isEmpty() || IRREGULAR.contains(tag.toLowerCase(Locale.ROOT))) {
      return false;
    }
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  /** Two or three lower-case ASCII letters, such as {@code de}: checked without a regex. */
  private static boolean isSimpleLanguage(String tag) {
    int length = tag.length();
    if (length < 2 || length > 3) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = tag.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether {@code text} is an e-mail address as Jakarta Validation's {@code @Email}
   * accepts it in Hibernate Validator: the empty string, or a dot-atom local part of at most 64
   * characters, {@code @}, and a domain name or address literal of at most 255 characters. (Quoted
   * local parts are not accepted.)
   */
  public static boolean isEmail(String text) {
    if (text.isEmpty()) {
      return true;
    }
    int at = text.lastIndexOf('@');
    if (at <= 0 || at == text.length() - 1) {
      return false;
    }
    String local = text.substring(0, at);
    String domain = text.substring(at + 1);
    return local.length() <= 64
        && EMAIL_LOCAL.matcher(local).matches()
        && domain.length() <= 255
        && !domain.endsWith(".")
        && EMAIL_DOMAIN.matcher(domain).matches();
  }

  /**
   * Returns whether {@code text} matches {@link #CODE} as a whole, by a scan: codes are among the
   * most frequent values of a profile, and a regex match allocates a matcher each time.
   */
  public static boolean isCode(String text) {
    boolean expectAlnum = true; // at the start and after a hyphen
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (expectAlnum) {
          return false;
        }
        expectAlnum = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        expectAlnum = false;
      } else {
        return false;
      }
    }
    return !expectAlnum;
  }

  /** Returns whether {@code text} matches {@link #NUTS} as a whole, by a scan. */
  public static boolean isNutsShape(String text) {
    int length = text.length();
    if (length < 2 || length > 5) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (i >= 2 && c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether {@code code} has the shape of a section, division, group or class of its
   * revision ({@link #NACE_2}, {@link #NACE_2_1}), by a scan.
   */
  public static boolean isNaceShape(NaceCode code) {
    return isNaceShape(code.code(), code.revision() == NaceRevision.REV_2 ? 'U' : 'V');
  }

  /** A section letter up to {@code lastSection}, or a division 01–99 with 1 or 2 more digits. */
  public static boolean isNaceShape(String text, char lastSection) {
    int length = text.length();
    if (length == 1) {
      char c = text.charAt(0);
      return c >= 'A' && c <= lastSection;
    }
    if (length < 2 || length == 3 || length > 5) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (i == 2 ? c != '.' : (c < '0' || c > '9')) {
        return false;
      }
    }
    return text.charAt(0) != '0' || text.charAt(1) != '0';
  }

  /** Whether {@code text} is an absolute http, https or urn IRI. */
  public static boolean isAbsoluteIri(String text) {
    return IriValidator.isValid(text);
  }

  /** The host of an http(s) IRI as written, or null if it has none or is not an IRI. */
  public static @Nullable String hostOf(String iri) {
    return IriValidator.host(iri);
  }
}
